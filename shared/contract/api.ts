import type { Tag } from '../domain/codebook';
import type { DocumentSummary, LoupeDocument } from '../domain/document';
import type { Result } from '../domain/result';
import type { ImportReport, RecentWorkspace, WorkspaceInfo } from '../domain/workspace';

/** A file handed over by the renderer (a drop or a file picker): bytes, never a path. */
export interface UploadedFile {
  /** The name, or the path relative to a dropped folder, using `/`. */
  name: string;
  /** The bytes, base64-encoded so that they survive JSON and structured clone alike. */
  data: string;
}

export interface WorkspaceApi {
  info(args: Record<string, never>): Promise<Result<WorkspaceInfo>>;
  recent(args: Record<string, never>): Promise<Result<RecentWorkspace[]>>;
  openRecent(args: { id: string }): Promise<Result<WorkspaceInfo>>;
}

export interface CorpusApi {
  list(args: Record<string, never>): Promise<Result<DocumentSummary[]>>;
  get(args: { id: string }): Promise<Result<LoupeDocument>>;
  importFiles(args: { files: UploadedFile[] }): Promise<Result<ImportReport>>;
}

export interface CodebookApi {
  list(args: Record<string, never>): Promise<Result<Tag[]>>;
}

/** Every service the renderer may call, keyed by service then method. */
export interface LoupeApi {
  workspace: WorkspaceApi;
  corpus: CorpusApi;
  codebook: CodebookApi;
}

export type ServiceName = keyof LoupeApi;
export type MethodName<S extends ServiceName> = keyof LoupeApi[S] & string;
