import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlacedAnnotation, Tag } from '../../shared/domain/codebook';
import type { LoupeEvent, ImportReport, PaneCommand } from '../../shared/domain/workspace';
import { AddToBriefingDialog } from './components/AddToBriefingDialog';
import { AnnotationsPanel } from './components/AnnotationsPanel';
import { BriefingView } from './components/briefing/BriefingView';
import { DropOverlay } from './components/DropOverlay';
import { ImportPickers } from './components/ImportPickers';
import type { PickerHandle } from './components/ImportPickers';
import { ImportReportDialog } from './components/ImportReportDialog';
import type { EditorHandle } from './components/MonacoView';
import { NoticeBanners } from './components/NoticeBanners';
import { RestoreDialog } from './components/RestoreDialog';
import { SearchPanel } from './components/SearchPanel';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { Sidebar } from './components/Sidebar';
import { startMonaco } from './components/LazyMonaco';
import { PaneArea } from './components/PaneArea';
import { StatusLine } from './components/StatusLine';
import { StoriesDialog } from './components/StoriesDialog';
import { StoryLink } from './components/StoryLink';
import { SuggestionBar } from './components/SuggestionBar';
import { TagMatchesDialog } from './components/TagMatchesDialog';
import { TagPickerDialog } from './components/TagPickerDialog';
import { TagStyles } from './components/TagStyles';
import { TopBar } from './components/TopBar';
import { useConnection } from './connection';
import { saveStatusText } from './editing/save-tracker';
import { retryStatusText } from './editing/save-retry';
import { reportSummary } from './import/report-summary';
import { useEditingKeys } from './state/use-editing-keys';
import { annotationsPanelProps, useAnnotationView } from './state/use-annotation-view';
import { useBriefingPanel } from './state/use-briefing-panel';
import { codebookPanelProps } from './state/codebook-actions';
import { useColorScheme } from './state/use-color-scheme';
import { useDocuments } from './state/use-documents';
import { useFileDrop } from './state/use-file-drop';
import { useImport } from './state/use-import';
import { handleEvent } from './state/app-events';
import { useLoupeEvents } from './state/use-loupe-events';
import { useShortcuts } from './state/use-shortcuts';
import { suggestionActions } from './state/suggestion-actions';
import { useSuggestions } from './state/use-suggestions';
import type { TextSpan } from './state/use-tagging';
import { useTagging } from './state/use-tagging';
import { useDocumentFilter } from './state/use-document-filter';
import { useWorkspace } from './state/use-workspace';
import { usePaneLayout } from './state/use-pane-layout';
import { usePaneKeys } from './state/use-pane-keys';
import { useSettledRevision } from './state/use-pane-annotations';
import { paneMenuCommands, runPaneCommand } from './panes/pane-commands';
import { createDecorationCache, provisionalSpec } from './tagging/decorations';
import type { DecorationSpec } from './tagging/decorations';

const NONE: PlacedAnnotation[] = [];

/** The window: wires the host's data and events to the components; holds no logic of its own. */
export function App() {
  const { api, onEvent, nativeMenu } = useConnection();
  const colorScheme = useColorScheme();
  const workspace = useWorkspace(api);
  const documents = useDocuments(api);
  const { reload: reloadWorkspace } = workspace;
  const { reload: reloadDocuments } = documents;
  const [message, setMessage] = useState('');
  // The document list, tagging and the annotations panel follow the active pane's document.
  const panes = usePaneLayout(api, setMessage);
  const { activeDocId: selectedId, open: setSelectedId, reload: reloadPanes } = panes;
  const pickers = useRef<PickerHandle>(null);
  const listFocus = useRef<HTMLDivElement | null>(null);
  const pane = useRef<EditorHandle>(null);
  const tagging = useTagging(api, selectedId, setMessage);
  const documentView = useDocumentFilter(api, documents.documents, tagging.save.pending);
  const detectedCopies = useMemo(
    () =>
      Object.fromEntries(
        documentView.stories.flatMap((story) => story.derivatives.map((d) => [d.docId, d.of])),
      ),
    [documentView.stories],
  );
  const { codebook, annotations } = tagging;
  const briefing = useBriefingPanel(api, tagging, setMessage);
  const [picking, setPicking] = useState<TextSpan | null>(null);
  const [sheet, setSheet] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [matching, setMatching] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchQuery, setSearchQuery] = useState('');
  const [storiesOn, setStoriesOn] = useState<{ focus: string | null } | null>(null);
  const searchInput = useRef<HTMLInputElement | null>(null);
  useEditingKeys({ undo: tagging.undo, redo: tagging.redo, showShortcuts: () => setSheet(true) });
  const openItems = annotations.documentId === selectedId ? annotations.items : NONE;
  const open = { id: selectedId, open: setSelectedId };
  const view = useAnnotationView(api, tagging, openItems, open, pane, setMessage);
  const annotationsIn = annotations.documentId === selectedId && annotations.status !== 'loading';
  const suggestions = useSuggestions(api, selectedId, openItems, annotationsIn);
  const suggest = suggestionActions({
    documentId: selectedId,
    tags: codebook.tags,
    tagging,
    suggestions,
    pick: setPicking,
  });
  // Inactive panes read their annotations again when saves settle or a file changed outside.
  const [outsideChanges, setOutsideChanges] = useState(0);
  const savedRevision = useSettledRevision(tagging.save.pending) + outsideChanges;
  // The list is on screen: Monaco may load a second later (LazyMonaco.tsx), so reading it does
  // not stall the first scroll through the list. Opening a document loads it at once.
  useEffect(() => {
    if (documents.status === 'loading') return;
    const timer = setTimeout(startMonaco, 1000);
    return () => clearTimeout(timer);
  }, [documents.status]);
  const [decorationSpecs] = useState(createDecorationCache);
  const decorations = useMemo(
    () => decorationSpecs(openItems, codebook.tags, view.activeId),
    [decorationSpecs, openItems, codebook.tags, view.activeId],
  );

  const afterImport = useCallback(
    async (report: ImportReport) => {
      setMessage(reportSummary(report));
      const listed = await reloadDocuments();
      const first = report.outcomes.find((outcome) => outcome.type === 'imported');
      if (first && listed?.some((d) => d.id === first.document.id)) setSelectedId(first.document.id);
    },
    [reloadDocuments, setSelectedId],
  );
  const importer = useImport(api, (report) => void afterImport(report));
  const dragging = useFileDrop((files) => {
    if (!importer.run(files)) setMessage('An import is already running; drop the files again when it ends.');
  });

  const { reset: resetTagging } = tagging;
  const { reload: reloadBriefings } = briefing.briefings;
  const reloadAll = useCallback(() => {
    reloadPanes();
    resetTagging();
    void reloadWorkspace();
    void reloadDocuments();
    void reloadBriefings();
  }, [reloadPanes, reloadWorkspace, reloadDocuments, resetTagging, reloadBriefings]);

  function tagWithKey(key: string, span: TextSpan): boolean | DecorationSpec {
    const tag = codebook.tags.find((t) => t.shortcut === key);
    if (!tag) {
      setMessage(`No tag has the key ${key}.`);
      return true;
    }
    // Drawn by the pane at once; the lists and the status line follow after the next frame.
    return tagging.tagSpan(span, tag) ? provisionalSpec(span, tag) : true;
  }

  function applyTag(tag: Tag): boolean {
    const span = pane.current?.selection() ?? null;
    if (span) tagging.tagSpan(span, tag);
    return span !== null;
  }

  const openTagAll = (span?: TextSpan | null) =>
    setMatching(span?.exact ?? pane.current?.selection()?.exact ?? '');
  const focusDocuments = () => {
    if (!searching) {
      listFocus.current?.focus();
      return;
    }
    // The documents are behind the search panel: close it, then focus them once they are back.
    setSearching(false);
    setTimeout(() => listFocus.current?.focus(), 0);
  };
  const openSearch = () => {
    setSearching(true);
    searchInput.current?.select();
  };
  const focusPane = () => pane.current?.focus();
  // The codebook tree and the annotations list each take focus as one widget (arrow keys inside).
  const focusWidget = (selector: string) => document.querySelector<HTMLElement>(selector)?.focus();
  const focusCodebook = () => focusWidget('[role="tree"][aria-label="Codebook"]');
  const focusAnnotations = () => focusWidget('[role="listbox"][aria-label="Annotations"]');
  const pickFiles = () => pickers.current?.pickFiles();
  const pickFolder = () => pickers.current?.pickFolder();
  const paneCommand = (command: PaneCommand) => runPaneCommand(command, panes, focusPane);
  usePaneKeys(paneCommand);
  useShortcuts({
    importFiles: nativeMenu ? null : pickFiles,
    focusDocuments,
    focusPane,
    focusCodebook,
    focusAnnotations,
    tagAll: openTagAll,
    search: openSearch,
    focusBriefing: briefing.show,
  });

  useLoupeEvents(onEvent, (event: LoupeEvent) =>
    handleEvent(event, {
      importer,
      reloadDocuments,
      addProblem: workspace.addProblem,
      changedOutside: () => {
        void codebook.reload();
        void annotations.reload();
        setOutsideChanges((n) => n + 1);
      },
      reopened: (name) => {
        reloadAll();
        setMessage(`Opened the workspace “${name}”.`);
      },
      menu: {
        'import-files': pickFiles,
        'focus-documents': focusDocuments,
        'focus-pane': focusPane,
        'focus-codebook': focusCodebook,
        'focus-annotations': focusAnnotations,
        'show-backups': () => setRestoring(true),
        'focus-briefing': briefing.show,
        'export-briefing': briefing.showExport,
        ...paneMenuCommands(paneCommand),
      },
    }),
  );

  async function openRecent(id: string) {
    const result = await api.workspace.openRecent({ id });
    if (!result.ok) {
      workspace.addNotice('Workspace', `could not be opened: ${result.error.message}`);
      return;
    }
    reloadAll();
    setMessage(`Opened the workspace “${result.value.name}”.`);
  }

  const selected = documents.documents.find((d) => d.id === selectedId) ?? null;
  const running = importer.state.phase === 'running';
  return (
    <div className="app">
      <TopBar
        workspace={workspace.info}
        importing={running}
        onOpenRecent={(id) => void openRecent(id)}
        onImportFiles={pickFiles}
        onImportFolder={pickFolder}
        onRestore={() => setRestoring(true)}
        briefingOpen={briefing.open}
        onToggleBriefing={briefing.toggle}
      />
      <NoticeBanners notices={workspace.notices} onDismiss={workspace.dismiss} />
      <main className={briefing.open ? 'workbench workbench-briefing' : 'workbench'}>
        <Sidebar
          documents={documents}
          selectedId={selectedId}
          onSelect={setSelectedId}
          listRef={listFocus}
          onImportFiles={pickFiles}
          onImportFolder={pickFolder}
          codebook={codebookPanelProps(tagging, applyTag)}
          view={documentView}
          onShowStories={(focus) => setStoriesOn({ focus })}
          search={
            searching ? (
              <SearchPanel
                api={api}
                query={searchQuery}
                onQuery={setSearchQuery}
                inputRef={searchInput}
                onReveal={view.revealSpan}
                onClose={() => {
                  setSearching(false);
                  setTimeout(() => listFocus.current?.focus(), 0);
                }}
                say={setMessage}
              />
            ) : undefined
          }
        />
        <PaneArea
          control={panes}
          documents={documents.documents}
          colorScheme={colorScheme}
          handleRef={pane}
          activeItems={openItems}
          tags={codebook.tags}
          revision={savedRevision}
          active={{
            decorations,
            onTagKey: tagWithKey,
            onTagMenu: setPicking,
            onTagAllMenu: openTagAll,
            onShown: view.onShown,
            onTextChanged: (id) => {
              void annotations.reload();
              suggestions.reload(id);
              void reloadDocuments();
            },
            suggestions: suggestions.specs,
            onSuggestionKey: suggest.onKey,
            onCursor: suggestions.onCursor,
            toolbar: (
              <>
                <StoryLink
                  stories={documentView.stories}
                  documentId={selectedId}
                  onOpenStory={(focus) => setStoriesOn({ focus })}
                />
                <SuggestionBar
                  visible={suggestions.visible}
                  count={suggestions.shown.length}
                  onToggle={suggestions.toggle}
                  current={suggestions.current}
                  onAccept={suggest.accept}
                  onDismiss={suggest.dismiss}
                />
              </>
            ),
          }}
        />
        <AnnotationsPanel
          {...annotationsPanelProps(view, tagging)}
          documentOpen={selected !== null}
          onTagAll={() => openTagAll()}
          onAddToBriefing={briefing.startAdding}
        />
        {briefing.open && (
          <BriefingView
            briefings={briefing.briefings}
            annotations={briefing.annotations.rows}
            documents={documents.documents}
            tags={codebook.tags}
            headingRef={briefing.headingRef}
            exportRequest={briefing.exportRequest}
            detectedCopies={detectedCopies}
            onClose={briefing.close}
          />
        )}
      </main>
      <StatusLine
        documentCount={documents.status === 'loading' ? null : documents.documents.length}
        importState={importer.state}
        message={message}
        saveStatus={tagging.saveRetry ? retryStatusText(tagging.saveRetry) : saveStatusText(tagging.save)}
      />
      <ImportPickers onFiles={(files) => void importer.run(files)} handleRef={pickers} />
      {importer.state.phase === 'finished' && (
        <ImportReportDialog report={importer.state.report} onClose={importer.closeReport} />
      )}
      {picking && (
        <TagPickerDialog
          tags={codebook.tags}
          quote={picking.exact}
          onClose={() => setPicking(null)}
          onPick={(tag) => {
            tagging.tagSpan(picking, tag);
            setPicking(null);
          }}
        />
      )}
      {briefing.adding && briefing.briefings.current && (
        <AddToBriefingDialog
          briefing={briefing.briefings.current}
          quote={briefing.adding.selectors[1].exact}
          newSectionHeading={
            codebook.tags.find((t) => t.id === briefing.adding?.tagIds[0])?.name ?? 'Evidence'
          }
          onClose={briefing.stopAdding}
          onAdd={(target) => {
            const adding = briefing.adding!;
            briefing.add(
              adding,
              target,
              codebook.tags.find((t) => t.id === adding.tagIds[0])?.name ?? 'Evidence',
            );
          }}
        />
      )}
      {storiesOn && (
        <StoriesDialog
          stories={documentView.stories}
          documents={documents.documents}
          focusStoryId={storiesOn.focus}
          selectedId={selectedId}
          onOpenSideBySide={panes.openSideBySide}
          onStoriesChanged={documentView.setStories}
          say={setMessage}
          onClose={() => setStoriesOn(null)}
        />
      )}
      {sheet && <ShortcutsDialog onClose={() => setSheet(false)} />}
      {restoring && (
        <RestoreDialog
          onClose={() => setRestoring(false)}
          onRestored={(text) => {
            setRestoring(false);
            setMessage(text);
          }}
        />
      )}
      {matching !== null && (
        <TagMatchesDialog
          tags={codebook.tags}
          initialText={matching}
          documentId={selectedId}
          preview={(request) => api.annotations.tagMatches({ ...request, preview: true })}
          onRun={async (request) => (await tagging.tagMatches(request)) !== null}
          onClose={() => setMatching(null)}
        />
      )}
      <TagStyles tags={codebook.tags} />
      <DropOverlay visible={dragging} />
    </div>
  );
}
