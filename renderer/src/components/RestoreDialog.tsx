import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../shared/domain/workspace';
import { useConnection } from '../connection';
import { useDialogFocus } from '../state/use-dialog-focus';

export type RestoreDialogProps = {
  onClose(): void;
  /** The workspace was put back; the window reloads on the host's workspace.changed event. */
  onRestored(message: string): void;
};

type Listing =
  { status: 'loading' } | { status: 'ready'; backups: BackupInfo[] } | { status: 'error'; message: string };

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * File → Restore…: the workspace's snapshots (taken when it opens and every few minutes, kept
 * for a week), newest first. Restoring asks once, and keeps the present state as a snapshot.
 */
export function RestoreDialog({ onClose, onRestored }: RestoreDialogProps) {
  const { api } = useConnection();
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = useRef<HTMLButtonElement>(null);
  const onKeyDown = useDialogFocus(close, onClose);

  useEffect(() => {
    let current = true;
    void api.workspace.backups({}).then((result) => {
      if (!current) return;
      setListing(
        result.ok
          ? { status: 'ready', backups: result.value }
          : { status: 'error', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api]);

  async function restore(backup: BackupInfo) {
    setBusy(true);
    setError(null);
    const result = await api.workspace.restoreBackup({ id: backup.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      setConfirming(null);
      return;
    }
    const kept = result.value.before
      ? ` The state before, from ${when(result.value.before.created)}, is kept as a backup.`
      : '';
    onRestored(`Restored the workspace as it was on ${when(backup.created)}.${kept}`);
  }

  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Restore from a backup"
        className="dialog restore-dialog"
        onKeyDown={onKeyDown}
      >
        <h2>Restore from a backup</h2>
        <p className="dialog-summary">
          Snapshots of the codebook, annotations and briefings, taken when the workspace opens and every ten
          minutes while it is open; kept for a week. Imported originals are never changed and not part of
          them.
        </p>
        {listing.status === 'loading' && <p className="dialog-summary">Loading…</p>}
        {listing.status === 'error' && <p role="alert">The backups could not be listed: {listing.message}</p>}
        {listing.status === 'ready' && listing.backups.length === 0 && (
          <p className="dialog-summary">No backup yet.</p>
        )}
        {listing.status === 'ready' && listing.backups.length > 0 && (
          <ul className="backup-list" aria-label="Backups">
            {listing.backups.map((backup) => (
              <li key={backup.id} className="backup-row">
                <span className="backup-when">{when(backup.created)}</span>
                <span className="backup-detail">
                  {backup.annotationFiles} annotated {backup.annotationFiles === 1 ? 'document' : 'documents'}
                  , {backup.briefings} {backup.briefings === 1 ? 'briefing' : 'briefings'},{' '}
                  {sizeOf(backup.bytes)}
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`Restore the backup of ${when(backup.created)}`}
                  onClick={() => setConfirming(backup)}
                >
                  Restore…
                </button>
              </li>
            ))}
          </ul>
        )}
        {confirming && (
          <div role="alertdialog" aria-label="Confirm the restore" className="confirm">
            <p>
              Put the workspace back as it was on {when(confirming.created)}? Annotations, tags and briefings
              made since then are replaced; the present state is kept as a backup first.
            </p>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void restore(confirming)}
            >
              {busy ? 'Restoring…' : 'Restore'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        )}
        {error && <p role="alert">Nothing was restored: {error}</p>}
        <div className="dialog-actions">
          <button ref={close} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
