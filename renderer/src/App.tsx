import { useCallback, useRef, useState } from 'react';
import type { LoupeEvent, ImportReport } from '../../shared/domain/workspace';
import { DocumentList } from './components/DocumentList';
import { DropOverlay } from './components/DropOverlay';
import { EmptyWorkspace } from './components/EmptyWorkspace';
import { ImportPickers } from './components/ImportPickers';
import type { PickerHandle } from './components/ImportPickers';
import { ImportReportDialog } from './components/ImportReportDialog';
import type { FocusHandle } from './components/MonacoView';
import { NoticeBanners } from './components/NoticeBanners';
import { SourcePane } from './components/SourcePane';
import { StatusLine } from './components/StatusLine';
import { TopBar } from './components/TopBar';
import { useConnection } from './connection';
import { reportSummary } from './import/report-summary';
import { useColorScheme } from './state/use-color-scheme';
import { useDocuments } from './state/use-documents';
import { useFileDrop } from './state/use-file-drop';
import { useImport } from './state/use-import';
import { useLoupeEvents } from './state/use-loupe-events';
import { useShortcuts } from './state/use-shortcuts';
import { useWorkspace } from './state/use-workspace';

/** The window: wires the host's data and events to the components; holds no logic of its own. */
export function App() {
  const { api, onEvent, nativeMenu } = useConnection();
  const colorScheme = useColorScheme();
  const workspace = useWorkspace(api);
  const documents = useDocuments(api);
  const { reload: reloadWorkspace } = workspace;
  const { reload: reloadDocuments } = documents;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const pickers = useRef<PickerHandle>(null);
  const listFocus = useRef<HTMLDivElement | null>(null);
  const pane = useRef<FocusHandle>(null);

  const afterImport = useCallback(
    async (report: ImportReport) => {
      setMessage(reportSummary(report));
      const listed = await reloadDocuments();
      const first = report.outcomes.find((outcome) => outcome.type === 'imported');
      if (first && listed?.some((d) => d.id === first.document.id)) setSelectedId(first.document.id);
    },
    [reloadDocuments],
  );
  const importer = useImport(api, (report) => void afterImport(report));
  const dragging = useFileDrop((files) => {
    if (!importer.run(files)) setMessage('An import is already running; drop the files again when it ends.');
  });

  const reloadAll = useCallback(() => {
    setSelectedId(null);
    void reloadWorkspace();
    void reloadDocuments();
  }, [reloadWorkspace, reloadDocuments]);

  const focusDocuments = () => listFocus.current?.focus();
  const focusPane = () => pane.current?.focus();
  const pickFiles = () => pickers.current?.pickFiles();
  const pickFolder = () => pickers.current?.pickFolder();
  useShortcuts({ importFiles: nativeMenu ? null : pickFiles, focusDocuments, focusPane });

  useLoupeEvents(onEvent, (event: LoupeEvent) => {
    switch (event.type) {
      case 'corpus.changed':
        // During our own import every file changes the corpus; one reload at the end is enough.
        if (!importer.isRunningHere()) void reloadDocuments();
        break;
      case 'workspace.changed':
        reloadAll();
        setMessage(`Opened the workspace “${event.info.name}”.`);
        break;
      case 'store.problem':
        workspace.addProblem(event.problem);
        break;
      case 'menu.command':
        if (event.command === 'import-files') pickFiles();
        else if (event.command === 'focus-documents') focusDocuments();
        else if (event.command === 'focus-pane') focusPane();
        break;
      default:
        importer.followHost(event);
    }
  });

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
      />
      <NoticeBanners notices={workspace.notices} onDismiss={workspace.dismiss} />
      <main className="workbench">
        <nav className="sidebar" aria-label="Corpus">
          {documents.status === 'error' && (
            <div role="alert" className="list-error">
              The documents could not be listed: {documents.error}{' '}
              <button type="button" className="button button-quiet" onClick={() => void reloadDocuments()}>
                Retry
              </button>
            </div>
          )}
          {documents.status === 'ready' && documents.documents.length === 0 ? (
            <EmptyWorkspace onImportFiles={pickFiles} onImportFolder={pickFolder} focusRef={listFocus} />
          ) : (
            <DocumentList
              documents={documents.documents}
              selectedId={selectedId}
              onSelect={setSelectedId}
              listRef={listFocus}
            />
          )}
        </nav>
        <SourcePane summary={selected} colorScheme={colorScheme} handleRef={pane} />
      </main>
      <StatusLine
        documentCount={documents.status === 'loading' ? null : documents.documents.length}
        importState={importer.state}
        message={message}
      />
      <ImportPickers onFiles={(files) => void importer.run(files)} handleRef={pickers} />
      {importer.state.phase === 'finished' && (
        <ImportReportDialog report={importer.state.report} onClose={importer.closeReport} />
      )}
      <DropOverlay visible={dragging} />
    </div>
  );
}
