import type { DocumentSummary } from './document';

/** Something the store had to do on the user's behalf and must tell them about. */
export interface StoreProblem {
  /** The workspace file concerned, relative to the workspace folder. */
  file: string;
  kind:
    | 'unparseable'
    | 'restored-from-backup'
    | 'rebuilt-from-original'
    | 'write-failed'
    | 'stale-lock-recovered'
    | 'changed-outside';
  message: string;
  /** Where an unreadable file was set aside, relative to the workspace folder. */
  setAsideAs?: string;
}

/** A snapshot of the workspace's own files (File → Restore…). */
export interface BackupInfo {
  /** The snapshot's folder name under `backups/`, a compact UTC time. */
  id: string;
  /** ISO time the snapshot was taken. */
  created: string;
  files: number;
  bytes: number;
  annotationFiles: number;
  briefings: number;
}

export interface WorkspaceInfo {
  name: string;
  /** Shown to the user only; the renderer never sends paths back. */
  location: string;
  documentCount: number;
  problems: StoreProblem[];
  /** True when the host can show native Open/New dialogs (the desktop app). */
  canPickFolders: boolean;
}

export interface RecentWorkspace {
  id: string;
  name: string;
  location: string;
  openedAt: string;
}

export type ImportOutcome =
  | { type: 'imported'; file: string; document: DocumentSummary; warnings: string[] }
  | { type: 'duplicate'; file: string; documentId: string; title: string }
  | { type: 'skipped'; file: string; reason: string; code: string };

export interface ImportReport {
  outcomes: ImportOutcome[];
  imported: number;
  duplicates: number;
  skipped: number;
  millis: number;
}

/** Events pushed from the host to the renderer. */
export type LoupeEvent =
  | { type: 'workspace.changed'; info: { name: string; location: string } }
  | { type: 'corpus.changed'; documentCount: number }
  | { type: 'import.started'; total: number }
  | { type: 'import.progress'; done: number; total: number; outcome: ImportOutcome }
  | { type: 'import.finished'; report: ImportReport }
  | { type: 'store.problem'; problem: StoreProblem }
  | { type: 'menu.command'; command: MenuCommand };

/**
 * Where View › Document List / Source Pane / Codebook / Annotations / Briefing (Ctrl/Cmd+1–5)
 * move the keyboard.
 */
export type FocusTarget = 'documents' | 'pane' | 'codebook' | 'annotations' | 'briefing';
/** View › Split Right, Split Down, Close Pane, Maximise Pane, Next Pane, Previous Pane. */
export type PaneCommand = 'split-right' | 'split-down' | 'close' | 'maximise' | 'next' | 'previous';
export type MenuCommand =
  | 'import-files'
  | 'show-about'
  | 'show-backups'
  | `focus-${FocusTarget}`
  | 'export-briefing'
  | `pane-${PaneCommand}`;
