/** The largest single upload accepted over a transport; bigger files go through `loupe import`. */
export const MAX_UPLOAD_BASE64 = 96 * 1024 * 1024;
