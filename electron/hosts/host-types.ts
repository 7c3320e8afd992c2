import type { LoupeApi } from '../../shared/contract/api';
import type { Result } from '../../shared/domain/result';
import type { PdfPrinter } from '../services/pdf-printer';
import type { ImportReport, LoupeEvent, WorkspaceInfo } from '../../shared/domain/workspace';

/**
 * What every host (Electron main, CLI, web server) gets from the service container:
 * the contract for the renderer, plus the host-only actions that take paths
 * (native dialogs, command line arguments), which never cross to the renderer.
 */
export interface LoupeHost {
  api: LoupeApi;
  openWorkspace(dir: string): Promise<Result<WorkspaceInfo>>;
  /** Creates the folder (and workspace layout) if needed, then opens it. */
  newWorkspace(dir: string): Promise<Result<WorkspaceInfo>>;
  /** Imports files or whole folders given by path; progress goes out as events. */
  importPaths(paths: string[]): Promise<Result<ImportReport>>;
  onEvent(listener: (event: LoupeEvent) => void): () => void;
  close(): Promise<void>;
}

export interface LoupeHostOptions {
  /** Where app-wide state lives (recent workspaces); the Electron host passes app.getPath('userData'). */
  stateDir: string;
  /** The workspace to open at start; when absent, the most recent one or the sample workspace. */
  workspaceDir?: string;
  /** The sample corpus shipped with the app, imported into a fresh sample workspace on first start. */
  sampleCorpusDir: string;
  /** Open the sample workspace (made from `sampleCorpusDir`) whatever was open last. */
  openSample?: boolean;
  /** Named in the workspace lock: "Loupe desktop", "loupe serve". */
  app?: string;
  /** Whether the host can show native folder pickers (only the desktop app can). */
  canPickFolders: boolean;
  /** How this host prints briefings to PDF (the desktop app uses Electron, `loupe serve` Chromium). */
  pdfPrinter?: () => Result<PdfPrinter>;
  /** Minutes between backup snapshots of the open workspace (default 10; 0: none). */
  backupMinutes?: number;
}
