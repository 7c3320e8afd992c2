export type BriefingPreviewProps = { html: string };

/**
 * The HTML export as it will look. A sandbox with no permissions: the page runs no script,
 * submits nothing and cannot reach the app, even though everything in it is escaped anyway.
 */
export function BriefingPreview({ html }: BriefingPreviewProps) {
  return (
    <iframe
      className="briefing-preview"
      title="Briefing preview"
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={html}
    />
  );
}
