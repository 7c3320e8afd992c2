import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../shared/domain/workspace';
import type { Result } from '../../shared/domain/result';
import { fakeConnection, loupeDocument, ok, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

afterEach(cleanup);

const existing = loupeDocument(summary({ id: 'aa11', title: 'Older story' }), 'Old text.');
const imported = loupeDocument(summary({ id: 'cc33', title: 'Fresh report', file: 'a.txt' }), 'Hello');

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function report(outcome: ImportReport['outcomes'][number]): Result<ImportReport> {
  const count = (type: string) => (outcome.type === type ? 1 : 0);
  return ok({
    outcomes: [outcome],
    imported: count('imported'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    millis: 5,
  });
}

describe('import', () => {
  it('imports one file at a time with progress, then reports every file and opens the first new one', async () => {
    const connection = fakeConnection([existing]);
    const answers = [deferred<Result<ImportReport>>(), deferred<Result<ImportReport>>()];
    connection.api.corpus.importFiles
      .mockImplementationOnce(() => answers[0]!.promise)
      .mockImplementationOnce(() => answers[1]!.promise);
    renderWith(connection);
    await screen.findByRole('option', { name: 'Older story' });

    const files = [new File(['Hello'], 'a.txt'), new File([new Uint8Array([0, 1, 2])], 'b.bin')];
    fireEvent.change(screen.getByLabelText('Files to import'), { target: { files } });

    const progress = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(progress.getAttribute('aria-valuenow')).toBe('0');
    expect(progress.getAttribute('aria-valuemax')).toBe('2');
    expect(screen.getByRole('status').textContent).toContain('a.txt');
    await vi.waitFor(() => expect(connection.api.corpus.importFiles).toHaveBeenCalledTimes(1));
    expect(connection.api.corpus.importFiles).toHaveBeenCalledWith({
      files: [{ name: 'a.txt', data: btoa('Hello') }],
    });

    connection.api.corpus.list.mockResolvedValue(ok([imported, existing]));
    await act(async () =>
      answers[0]!.resolve(report({ type: 'imported', file: 'a.txt', document: imported, warnings: [] })),
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByRole('status').textContent).toContain('b.bin');
    await act(async () =>
      answers[1]!.resolve(
        report({
          type: 'skipped',
          file: 'b.bin',
          code: 'unsupported',
          reason: 'not a text, Markdown or HTML file',
        }),
      ),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Import report' });
    expect(dialog.textContent).toContain('1 imported');
    expect(dialog.textContent).toContain('1 skipped');
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'a.txtimported as “Fresh report”',
      'b.binskipped: not a text, Markdown or HTML file',
    ]);
    expect(connection.api.corpus.importFiles).toHaveBeenCalledTimes(2);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('region', { name: 'Fresh report' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Fresh report' }).getAttribute('aria-selected')).toBe('true');
  });

  it('follows an import the desktop menu started, from its events', async () => {
    const connection = fakeConnection([existing]);
    renderWith(connection);
    await screen.findByRole('option', { name: 'Older story' });
    act(() => connection.emit({ type: 'import.started', total: 3 }));
    expect((await screen.findByRole('progressbar')).getAttribute('aria-valuemax')).toBe('3');
    const outcome = { type: 'duplicate', file: 'c.md', documentId: 'aa11', title: 'Older story' } as const;
    act(() => connection.emit({ type: 'import.progress', done: 1, total: 3, outcome }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    act(() =>
      connection.emit({
        type: 'import.finished',
        report: { outcomes: [outcome], imported: 0, duplicates: 1, skipped: 0, millis: 12 },
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import report' });
    expect(dialog.textContent).toContain('already in workspace as “Older story”');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('store problems', () => {
  it('shows the problems the workspace had at start and those reported later, each dismissible', async () => {
    const connection = fakeConnection([existing]);
    connection.api.workspace.info.mockResolvedValue(
      ok({
        name: 'Elections',
        location: '/w',
        documentCount: 1,
        canPickFolders: false,
        problems: [{ file: 'codebook.json', kind: 'restored-from-backup', message: '' }],
      }),
    );
    renderWith(connection);
    const first = await screen.findByRole('alert');
    expect(first.textContent).toContain('codebook.json');
    expect(first.textContent).toContain('restored from its last good copy');

    act(() =>
      connection.emit({
        type: 'store.problem',
        problem: {
          file: 'annotations/aa11.json',
          kind: 'unparseable',
          message: 'Unexpected token',
          setAsideAs: 'annotations/aa11.json.bad',
        },
      }),
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    expect(alerts[1]!.textContent).toContain(
      'annotations/aa11.json could not be read; Loupe did not overwrite it',
    );
    expect(alerts[1]!.textContent).toContain('set aside as annotations/aa11.json.bad');

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the notice about codebook.json' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('reads the codebook again when a workspace file was changed outside Loupe', async () => {
    const connection = fakeConnection([existing]);
    renderWith(connection);
    await screen.findByRole('listbox', { name: 'Documents' });
    await waitFor(() => expect(connection.api.codebook.list).toHaveBeenCalled());
    const before = connection.api.codebook.list.mock.calls.length;
    act(() =>
      connection.emit({
        type: 'store.problem',
        problem: { file: 'codebook.json', kind: 'changed-outside', message: '' },
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('codebook.json was changed outside Loupe');
    await waitFor(() => expect(connection.api.codebook.list.mock.calls.length).toBeGreaterThan(before));
  });
});
