export type DropOverlayProps = { visible: boolean };

/** Shown while files are dragged over the window; it never takes pointer events itself. */
export function DropOverlay({ visible }: DropOverlayProps) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">Drop files or folders to import them</div>
    </div>
  );
}
