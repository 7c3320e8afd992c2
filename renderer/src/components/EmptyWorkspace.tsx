import type { RefObject } from 'react';
import { ImportButtons } from './ImportButtons';

export type EmptyWorkspaceProps = {
  onImportFiles(): void;
  onImportFolder(): void;
  focusRef?: RefObject<HTMLDivElement | null>;
};

export function EmptyWorkspace({ onImportFiles, onImportFolder, focusRef }: EmptyWorkspaceProps) {
  return (
    <div ref={focusRef} className="empty-workspace" tabIndex={-1}>
      <h2>No documents yet</h2>
      <p>Import news articles as text, Markdown or HTML files, or drop files and folders anywhere here.</p>
      <div className="button-row">
        <ImportButtons onImportFiles={onImportFiles} onImportFolder={onImportFolder} />
      </div>
    </div>
  );
}
