import { formatCount } from '../format/format-meta';
import type { ImportState } from '../state/use-import';

export type StatusLineProps = {
  documentCount: number | null;
  importState: ImportState;
  message: string;
  /** "Saving…", "All changes saved" or "Save failed: …". */
  saveStatus?: string;
};

export function StatusLine({ documentCount, importState, message, saveStatus }: StatusLineProps) {
  const progress = importState.phase === 'running' ? importState.progress : null;
  return (
    <div role="status" className="status-line">
      <span className="status-count">
        {documentCount === null ? 'Loading…' : formatCount(documentCount, 'document', 'documents')}
      </span>
      {progress && (
        <span className="status-import">
          <span
            role="progressbar"
            aria-label="Import progress"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={`${progress.done} of ${progress.total}`}
            className="progress"
          >
            <span
              className="progress-bar"
              style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }}
            />
          </span>
          <span className="status-file">
            Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}
            {progress.current && `: ${progress.current}`}
          </span>
        </span>
      )}
      {message && <span className="status-message">{message}</span>}
      {saveStatus && (
        <span
          className={saveStatus.startsWith('Save failed') ? 'status-save status-save-failed' : 'status-save'}
        >
          {saveStatus}
        </span>
      )}
    </div>
  );
}
