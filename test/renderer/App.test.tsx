import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPublished } from '../../renderer/src/format/format-date';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

afterEach(cleanup);

const election = loupeDocument(
  summary({
    id: 'aa11',
    title: 'Turnout hits record high',
    source: 'Le Monde',
    author: 'Jeanne Martin',
    published: '2024-06-09',
    lang: 'fr',
    url: 'https://example.org/turnout',
    file: 'turnout.html',
    format: 'html',
  }),
  'La participation atteint un record.\nSecond paragraph.',
  { warnings: [{ code: 'no-date', message: 'The date was guessed from the file name.' }] },
);
const budget = loupeDocument(
  summary({ id: 'bb22', title: 'Budget talks stall', source: 'Reuters', published: 'sometime in spring' }),
  'Talks stalled on Tuesday.',
);

describe('App', () => {
  it('lists documents as options named by title, with outlet, date and language', async () => {
    renderWith(fakeConnection([election, budget]));
    const list = await screen.findByRole('listbox', { name: 'Documents' });
    const option = within(list).getByRole('option', { name: 'Turnout hits record high' });
    expect(within(option).getByText('Le Monde')).toBeTruthy();
    expect(within(option).getByText(formatPublished('2024-06-09'))).toBeTruthy();
    expect(within(option).getByText('fr')).toBeTruthy();
    // An unparseable date is shown as the source wrote it.
    const other = within(list).getByRole('option', { name: 'Budget talks stall' });
    expect(within(other).getByText('sometime in spring')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('2 documents');
  });

  it('opens a clicked document: region named by title, metadata and text', async () => {
    const connection = fakeConnection([election, budget]);
    renderWith(connection);
    fireEvent.click(await screen.findByRole('option', { name: 'Turnout hits record high' }));

    const region = screen.getByRole('region', { name: 'Turnout hits record high' });
    expect(within(region).getByRole('heading', { name: 'Turnout hits record high' })).toBeTruthy();
    expect((await within(region).findByTestId('source-text')).textContent).toBe(election.text);
    for (const shown of [
      'Le Monde',
      'Jeanne Martin',
      'https://example.org/turnout',
      'The date was guessed',
    ]) {
      expect(region.textContent).toContain(shown);
    }
    expect(region.textContent).toContain('turnout.html');
    expect(within(region).queryByRole('link')).toBeNull();
    expect(
      screen.getByRole('option', { name: 'Turnout hits record high' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(connection.api.corpus.get).toHaveBeenCalledWith({ id: 'aa11' });
  });

  it('moves and opens with the keyboard', async () => {
    renderWith(fakeConnection([election, budget]));
    const list = await screen.findByRole('listbox', { name: 'Documents' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(await screen.findByRole('region', { name: 'Turnout hits record high' })).toBeTruthy();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    const region = await screen.findByRole('region', { name: 'Budget talks stall' });
    expect((await within(region).findByTestId('source-text')).textContent).toBe('Talks stalled on Tuesday.');
    expect(list.getAttribute('aria-activedescendant')).toBe('doc-option-bb22');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(await screen.findByRole('region', { name: 'Turnout hits record high' })).toBeTruthy();
  });

  it('shows an empty state with the import buttons when the workspace has no documents', async () => {
    renderWith(fakeConnection([]));
    expect(await screen.findByRole('heading', { name: 'No documents yet' })).toBeTruthy();
    // Once in the top bar, once in the empty state.
    expect(screen.getAllByRole('button', { name: 'Import files…' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Import folder…' })).toHaveLength(2);
    expect(screen.getByText('Select a document to read its text.')).toBeTruthy();
  });

  it('shows an alert with the message when the document cannot be loaded', async () => {
    const connection = fakeConnection([election]);
    connection.api.corpus.get.mockResolvedValue({
      ok: false,
      error: { code: 'unreadable', message: 'documents/aa11.json is damaged' },
    });
    renderWith(connection);
    fireEvent.click(await screen.findByRole('option', { name: 'Turnout hits record high' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('documents/aa11.json is damaged');
    expect(screen.queryByTestId('source-text')).toBeNull();
  });

  it('reloads the list when the corpus changes and clears the selection when the workspace changes', async () => {
    const connection = fakeConnection([election]);
    renderWith(connection);
    fireEvent.click(await screen.findByRole('option', { name: 'Turnout hits record high' }));
    connection.api.corpus.list.mockResolvedValue({ ok: true, value: [election, budget] });
    act(() => connection.emit({ type: 'corpus.changed', documentCount: 2 }));
    expect(await screen.findByRole('option', { name: 'Budget talks stall' })).toBeTruthy();

    act(() =>
      connection.emit({ type: 'workspace.changed', info: { name: 'Other', location: '/tmp/other' } }),
    );
    expect(await screen.findByText('Select a document to read its text.')).toBeTruthy();
    expect(connection.api.workspace.info).toHaveBeenCalledTimes(2);
  });

  it('focuses the list and the pane from shortcuts and menu commands', async () => {
    const connection = fakeConnection([election]);
    renderWith(connection);
    const list = await screen.findByRole('listbox', { name: 'Documents' });
    fireEvent.keyDown(window, { key: '1', ctrlKey: true });
    expect(document.activeElement).toBe(list);
    act(() => connection.emit({ type: 'menu.command', command: 'focus-pane' }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Source');
    act(() => connection.emit({ type: 'menu.command', command: 'focus-documents' }));
    expect(document.activeElement).toBe(list);
    fireEvent.keyDown(window, { key: '3', ctrlKey: true });
    expect(document.activeElement).toBe(await screen.findByRole('tree', { name: 'Codebook' }));
    fireEvent.keyDown(window, { key: '4', metaKey: true });
    expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Annotations' }));
    act(() => connection.emit({ type: 'menu.command', command: 'focus-codebook' }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Codebook');
  });
});
