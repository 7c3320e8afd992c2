import type { WorkspaceInfo } from '../../../shared/domain/workspace';
import { ImportButtons } from './ImportButtons';
import { WorkspaceMenu } from './WorkspaceMenu';

export type TopBarProps = {
  workspace: WorkspaceInfo | null;
  importing: boolean;
  onOpenRecent(id: string): void;
  onRestore?(): void;
  onImportFiles(): void;
  onImportFolder(): void;
  /** The briefing view beside the panes: shown or not. */
  briefingOpen?: boolean;
  onToggleBriefing?(): void;
};

export function TopBar(props: TopBarProps) {
  const { workspace, importing, onOpenRecent, onImportFiles, onImportFolder, onRestore } = props;
  const { briefingOpen, onToggleBriefing } = props;
  return (
    <header className="top-bar">
      <h1 className="app-name">Loupe</h1>
      <div className="workspace">
        <span className="workspace-name" title={workspace?.location}>
          {workspace?.name ?? '…'}
        </span>
        <WorkspaceMenu
          currentLocation={workspace?.location ?? null}
          onOpenRecent={onOpenRecent}
          onRestore={onRestore}
        />
      </div>
      <div className="top-bar-actions">
        <ImportButtons onImportFiles={onImportFiles} onImportFolder={onImportFolder} disabled={importing} />
        {onToggleBriefing && (
          <button
            type="button"
            className="button"
            aria-pressed={briefingOpen === true}
            title="Briefing builder (Ctrl/Cmd+5)"
            onClick={onToggleBriefing}
          >
            Briefing
          </button>
        )}
      </div>
    </header>
  );
}
