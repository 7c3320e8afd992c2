/** Browsers look for the declaration in the first 1024 bytes; pages saved by tools sometimes push it further. */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * The charset an HTML file declares (`<meta charset>`, `http-equiv` content type, or an XML
 * declaration), read from its first bytes as ASCII. The caller checks the label is real.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, PRESCAN_BYTES);
  let ascii = '';
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    // Only the ASCII skeleton matters, and UTF-16 NULs would split every word apart.
    if (b !== 0) ascii += b < 0x80 ? String.fromCharCode(b) : '?';
  }
  const withoutComments = ascii.replace(/<!--[\s\S]*?-->/g, '');
  return META_CHARSET.exec(withoutComments)?.[1] ?? XML_ENCODING.exec(withoutComments)?.[1] ?? null;
}
