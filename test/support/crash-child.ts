import type { Annotation } from '../../shared/domain/codebook';
import { WorkspaceStore } from '../../electron/store/workspace-store';

/**
 * The child of the crash test: saves annotations through the real store as fast as it can and
 * prints `ack <n>` after each save has resolved (durably written). The parent kills it with
 * SIGKILL at a random moment.
 */
const [dir, startArg] = process.argv.slice(2);
const opened = await WorkspaceStore.open(dir!, { create: true, app: 'crash child' });
if (!opened.ok) {
  process.stdout.write(`error ${opened.error.message}\n`);
  process.exit(1);
}
const store = opened.value;
process.stdout.write('ready\n');
for (let n = Number(startArg ?? 0); ; n += 1) {
  const documentId = (n % 5).toString(16).padStart(32, '0');
  const now = new Date().toISOString();
  const annotation: Annotation = {
    id: n.toString(16).padStart(32, '0'),
    documentId,
    tagIds: ['tag-crash'],
    note: `save ${n} `.repeat(1 + (n % 7)),
    confidence: null,
    links: [],
    created: now,
    modified: now,
    selectors: [
      { type: 'TextPositionSelector', start: n, end: n + 5 },
      { type: 'TextQuoteSelector', exact: 'Tokyo', prefix: '', suffix: '' },
    ],
  };
  await store.annotations.change(documentId, (list) => list.push(annotation));
  process.stdout.write(`ack ${n}\n`);
}
