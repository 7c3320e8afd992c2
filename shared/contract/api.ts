import type {
  Annotation,
  AnnotationLink,
  AnnotationRow,
  Confidence,
  PlacedAnnotation,
  Tag,
} from '../domain/codebook';
import type { Briefing } from '../domain/briefing';
import type { CorrectionAction, CorrectionOutcome, OriginalView } from '../domain/corrections';
import type { DocumentSummary, LoupeDocument } from '../domain/document';
import type { Result } from '../domain/result';
import type { SearchResults } from '../search/results';
import type { Suggestion } from '../suggest/types';
import type { DocumentAnnotationStats } from '../corpus/filter';
import type { Story } from '../stories/types';
import type { PaneLayout } from '../panes/pane-layout';
import type { BackupInfo, ImportReport, RecentWorkspace, WorkspaceInfo } from '../domain/workspace';

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
  /** Snapshots of the open workspace's own files, newest first (kept for a week). */
  backups(args: Record<string, never>): Promise<Result<BackupInfo[]>>;
  /**
   * Puts the workspace back as it was in a snapshot. The present state is snapshotted first,
   * so a restore can itself be undone from the same list.
   */
  restoreBackup(args: { id: string }): Promise<Result<{ restored: BackupInfo; before: BackupInfo | null }>>;
  /** The reading panes as the window last left them; null when none were saved. */
  layout(args: Record<string, never>): Promise<Result<PaneLayout | null>>;
  /** Remembers the reading panes for the next launch (`layout.json` in the workspace). */
  saveLayout(args: { layout: PaneLayout }): Promise<Result<null>>;
}

export interface CorpusApi {
  list(args: Record<string, never>): Promise<Result<DocumentSummary[]>>;
  get(args: { id: string }): Promise<Result<LoupeDocument>>;
  importFiles(args: { files: UploadedFile[] }): Promise<Result<ImportReport>>;
  /** The original as imported (its visible text), as kept and removed runs, and its corrections. */
  original(args: { id: string }): Promise<Result<OriginalView>>;
  /**
   * Marks a span (of the clean text, or of the original by its offsets) as article text to keep
   * or as boilerplate; the document is extracted again and its annotations re-anchored, and the
   * outlet remembers the rule for its next articles.
   */
  correct(args: {
    id: string;
    action: CorrectionAction;
    from: 'clean' | 'original';
    start: number;
    end: number;
  }): Promise<Result<CorrectionOutcome>>;
  /** Takes back a correction (and the outlet rules it taught) or one outlet rule, and extracts again. */
  uncorrect(args: { id: string; correctionId?: string; ruleId?: string }): Promise<Result<CorrectionOutcome>>;
}

export interface CodebookApi {
  /** Tags in display order (parents before their children). */
  list(args: Record<string, never>): Promise<Result<Tag[]>>;
  /** A new top-level tag takes the first free shortcut 1–9 unless one is given. */
  create(args: {
    name: string;
    color?: string;
    parent?: string | null;
    description?: string;
    shortcut?: string | null;
  }): Promise<Result<Tag>>;
  update(args: {
    id: string;
    name?: string;
    color?: string;
    parent?: string | null;
    description?: string;
    shortcut?: string | null;
  }): Promise<Result<Tag>>;
  /** Moves a tag to a position among its siblings. */
  move(args: { id: string; index: number }): Promise<Result<Tag[]>>;
  /**
   * Deletes a tag (and its children). Its annotations are: removed, kept without the tag
   * (an annotation left with no tag is removed), or given another tag instead.
   */
  remove(args: {
    id: string;
    annotations: 'remove' | 'untag' | { reassignTo: string };
  }): Promise<Result<TagRemoval>>;
  /** Puts back what `remove` took away (undo). */
  restore(args: { removal: TagRemoval }): Promise<Result<Tag[]>>;
  /** How many annotations use the tag or its children, to ask the user before deleting. */
  usage(args: { id: string }): Promise<Result<{ annotations: number; documents: number }>>;
}

export interface TagRemoval {
  tags: Tag[];
  /** The tags' positions in the codebook before removal, for restore. */
  order: string[];
  /** Annotations as they were before the removal changed or deleted them. */
  annotations: Annotation[];
}

export interface AnnotationApi {
  /** The annotations of a document, placed on its current text (orphans included). */
  list(args: { documentId: string }): Promise<Result<PlacedAnnotation[]>>;
  /** Every annotation of the workspace, with the title of its document. */
  listAll(args: Record<string, never>): Promise<Result<AnnotationRow[]>>;
  /** Per document: how many annotations, which tags, how many notes (the list's filters and sort). */
  stats(args: Record<string, never>): Promise<Result<DocumentAnnotationStats[]>>;
  /** The quote and its context are taken from the stored text, never from the caller. */
  create(args: {
    documentId: string;
    start: number;
    end: number;
    tagIds: string[];
    note?: string;
  }): Promise<Result<PlacedAnnotation>>;
  /** Applies many annotations in one save (tag all occurrences). */
  createMany(args: {
    documentId: string;
    spans: { start: number; end: number }[];
    tagIds: string[];
    note?: string;
  }): Promise<Result<PlacedAnnotation[]>>;
  update(args: {
    documentId: string;
    id: string;
    tagIds?: string[];
    note?: string;
    confidence?: Confidence | null;
    links?: AnnotationLink[];
  }): Promise<Result<PlacedAnnotation>>;
  remove(args: { documentId: string; ids: string[] }): Promise<Result<Annotation[]>>;
  /**
   * Tags every occurrence of a text (or a regular expression) in one document or the whole
   * corpus; with `preview` it only counts, so the user can confirm before anything is written.
   */
  tagMatches(args: {
    match: string;
    regex: boolean;
    documentId?: string;
    tagIds: string[];
    note?: string;
    preview: boolean;
  }): Promise<Result<TagMatchesResult>>;
  /**
   * Proposed annotations (people, organisations, places, money, percentages, dates) for a
   * document, minus those the analyst dismissed and spans already annotated.
   */
  suggest(args: { documentId: string }): Promise<Result<Suggestion[]>>;
  /** Hides a suggestion for good (it is remembered in the workspace); `undo` shows it again. */
  dismissSuggestion(args: {
    documentId: string;
    suggestion: Suggestion;
    undo?: boolean;
  }): Promise<Result<null>>;
  /** Puts annotations back exactly as they were (undo of remove, redo of create). */
  restore(args: { documentId: string; annotations: Annotation[] }): Promise<Result<PlacedAnnotation[]>>;
}

export interface SearchApi {
  /**
   * Searches the clean texts of the open workspace: words (all must appear), "exact phrases",
   * OR, -exclusion and prefix*, blind to case and accents, with light stemming for English,
   * French and German and substring search in Japanese. A malformed query fails with
   * `bad-query` and a message saying what to fix.
   */
  query(args: {
    query: string;
    limit?: number;
    hitsPerDocument?: number;
    snippetsPerDocument?: number;
  }): Promise<Result<SearchResults>>;
}

/** What an edit may change; `id`, `created` and `modified` belong to the store. */
export type BriefingFields = Pick<
  Briefing,
  'title' | 'date' | 'author' | 'tlp' | 'bluf' | 'judgments' | 'sections' | 'reliability' | 'derivativeOf'
>;

/** Where an annotation goes when it is added to a briefing as evidence. */
export type EvidenceTarget =
  | { type: 'judgment'; id: string }
  | { type: 'section'; id: string }
  | { type: 'new-section'; heading: string };

export type BriefingExportFormat = 'html' | 'md' | 'json' | 'docx' | 'pdf';

/** An exported briefing, ready to download: text formats as text, binary ones as base64. */
export type BriefingFile =
  | { type: 'text'; fileName: string; mime: string; text: string }
  | { type: 'base64'; fileName: string; mime: string; base64: string };

export interface BriefingApi {
  /** Every briefing of the workspace, oldest first. */
  list(args: Record<string, never>): Promise<Result<Briefing[]>>;
  get(args: { id: string }): Promise<Result<Briefing>>;
  create(args: { title: string; author?: string }): Promise<Result<Briefing>>;
  /**
   * Applies the given fields (all of them: a whole-briefing save; some: a patch). With
   * `modified`, the save is refused (`conflict`) when the stored briefing changed since then,
   * so an edit made elsewhere (the CLI, another window) is not silently overwritten.
   */
  update(args: {
    id: string;
    changes: Partial<BriefingFields>;
    modified?: string;
  }): Promise<Result<Briefing>>;
  /** Deletes a briefing and answers it as it was, so `restore` can undo the deletion. */
  remove(args: { id: string }): Promise<Result<Briefing>>;
  restore(args: { briefing: Briefing }): Promise<Result<Briefing>>;
  /** Cites an annotation in a key judgment or a section (once: a second add changes nothing). */
  addEvidence(args: {
    id: string;
    annotationId: string;
    documentId: string;
    target: EvidenceTarget;
  }): Promise<Result<Briefing>>;
  export(args: { id: string; format: BriefingExportFormat }): Promise<Result<BriefingFile>>;
  /** The HTML rendering, for the live preview; `changes` not yet saved may be applied on top. */
  preview(args: { id: string; changes?: Partial<BriefingFields> }): Promise<Result<string>>;
}

/**
 * Documents that report the same story, also across languages. Only stories of two or more
 * documents are listed; a document in none stands alone.
 */
export interface StoriesApi {
  list(args: Record<string, never>): Promise<Result<Story[]>>;
  /** Puts the documents (and the stories they are in) into one story; returns all stories. */
  merge(args: { documentIds: string[] }): Promise<Result<Story[]>>;
  /** Takes the document out of its story, for good; returns all stories. */
  split(args: { documentId: string }): Promise<Result<Story[]>>;
}

/** Every service the renderer may call, keyed by service then method. */
export interface LoupeApi {
  workspace: WorkspaceApi;
  corpus: CorpusApi;
  codebook: CodebookApi;
  annotations: AnnotationApi;
  search: SearchApi;
  briefings: BriefingApi;
  stories: StoriesApi;
}

export type ServiceName = keyof LoupeApi;
export type MethodName<S extends ServiceName> = keyof LoupeApi[S] & string;

export interface TagMatchesResult {
  /** Matches not yet carrying the tags: what is (or, in a preview, would be) tagged. */
  total: number;
  documents: { documentId: string; title: string; matches: number; created: string[] }[];
}
