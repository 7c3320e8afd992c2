import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotation } from './support/fake-tagging';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';
import { resetStub, revealed, selectText } from './support/monaco-stub';
import {
  annotationsList,
  decorations,
  openDocument,
  status,
  stored,
  tags,
  TEXT,
} from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

describe('tagging a span', () => {
  it('lists the codebook as a tree with nesting and shortcut keys', async () => {
    await openDocument();
    const tree = screen.getByRole('tree', { name: 'Codebook' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map((item) => [item.getAttribute('aria-label'), item.getAttribute('aria-level')])).toEqual([
      ['Claim', '1'],
      ['Denial', '2'],
      ['Actor', '1'],
    ]);
    expect(within(items[0]!).getByText('1')).toBeTruthy();
    expect(within(items[0]!).getByLabelText('Colour of Claim')).toHaveProperty('value', '#e4572e');
  });

  it('tags the selection with a digit key: shown at once, then saved', async () => {
    const connection = await openDocument();
    expect(await within(annotationsList()).findByRole('option', { name: 'report' })).toBeTruthy();
    selectText(4, 12);
    fireEvent.keyDown(screen.getByTestId('source-text'), { key: '1' });
    // Optimistic: the decoration is there before the host answers.
    expect(decorations().map((d) => [d.textContent, d.className])).toContainEqual([
      'minister',
      'loupe-tag lt-claim-l0',
    ]);
    expect(connection.api.annotations.create).toHaveBeenCalledWith({
      documentId: 'd1',
      start: 4,
      end: 12,
      tagIds: ['claim'],
    });
    const item = await within(annotationsList()).findByRole('option', { name: 'minister' });
    expect(item.textContent).toContain('Claim');
    await waitFor(() => expect(status()).toContain('All changes saved'));
    expect(connection.store.annotations.map((a) => a.selectors[1].exact)).toEqual(['report', 'minister']);
  });

  it('removes the optimistic span and says why when the save fails', async () => {
    const connection = await openDocument([]);
    let answer!: (value: { ok: false; error: { code: string; message: string } }) => void;
    connection.api.annotations.create.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    selectText(0, 3);
    fireEvent.keyDown(screen.getByTestId('source-text'), { key: '2' });
    expect(decorations()).toHaveLength(1);
    // The status line follows a frame after the span (after-paint.ts).
    await waitFor(() => expect(status()).toContain('Saving…'));
    await act(async () => answer({ ok: false, error: { code: 'io', message: 'disk full' } }));
    expect(decorations()).toHaveLength(0);
    expect(status()).toContain('Save failed: disk full');
    expect(status()).toContain('could not be tagged “Actor”');
  });

  it('keeps a span the disk refused on screen as unsaved, says why, and saves it when the disk recovers', async () => {
    const connection = await openDocument([]);
    connection.api.annotations.create.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'write-failed',
        message: 'The change could not be written (ENOSPC: no space left on device).',
      },
    });
    selectText(0, 3);
    fireEvent.keyDown(screen.getByTestId('source-text'), { key: '2' });
    await waitFor(() => expect(status()).toContain('Not saved: The change could not be written (ENOSPC'));
    expect(status()).toContain('the change is kept until it is written');
    expect(decorations()).toHaveLength(1);
    // The first retry comes a second later and succeeds.
    await waitFor(() => expect(status()).toContain('All changes saved'), { timeout: 4000 });
    expect(connection.api.annotations.create).toHaveBeenCalledTimes(2);
    expect(decorations()).toHaveLength(1);
    expect(connection.store.annotations).toHaveLength(1);
  });

  it('tags by clicking a tag while text is selected, and through "Tag selection as…"', async () => {
    const connection = await openDocument([]);
    fireEvent.click(screen.getByRole('treeitem', { name: 'Actor' }));
    expect(connection.api.annotations.create).not.toHaveBeenCalled();
    selectText(4, 12);
    fireEvent.click(screen.getByRole('treeitem', { name: 'Denial' }));
    await within(annotationsList()).findByRole('option', { name: 'minister' });
    expect(connection.api.annotations.create).toHaveBeenLastCalledWith(
      expect.objectContaining({ tagIds: ['denial'] }),
    );

    selectText(13, 19);
    fireEvent.contextMenu(screen.getByTestId('source-text'));
    const picker = screen.getByRole('dialog', { name: 'Tag selection as' });
    expect(picker.textContent).toContain('“denied”');
    fireEvent.change(within(picker).getByLabelText('Find a tag'), { target: { value: 'act' } });
    fireEvent.keyDown(within(picker).getByLabelText('Find a tag'), { key: 'Enter' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(connection.store.annotations.map((a) => a.tagIds[0])).toEqual(['denial', 'actor']),
    );
  });

  it('does not decorate orphans but lists them', async () => {
    const orphan = annotation('lost', 0, 5, { tagIds: ['claim'] });
    await openDocument([orphan]);
    const item = await within(annotationsList()).findByRole('option', { name: 'quote lost' });
    expect(item.textContent).toContain('orphan');
    expect(decorations()).toHaveLength(0);
  });
});

describe('undo and redo', () => {
  it('Ctrl+Z removes a new annotation and Shift+Ctrl+Z brings the same one back', async () => {
    const connection = await openDocument([]);
    selectText(4, 12);
    fireEvent.keyDown(screen.getByTestId('source-text'), { key: '1' });
    await within(annotationsList()).findByRole('option', { name: 'minister' });
    const id = connection.store.annotations[0]!.id;

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(decorations()).toHaveLength(0));
    expect(connection.store.annotations).toEqual([]);
    expect(status()).toContain('Undid: tag “Claim”.');

    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await within(annotationsList()).findByRole('option', { name: 'minister' });
    expect(connection.store.annotations.map((a) => a.id)).toEqual([id]);
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(status()).toContain('Nothing to redo.'));
  });

  it('leaves Ctrl+Z to text fields such as the note', async () => {
    const connection = await openDocument();
    fireEvent.click(await within(annotationsList()).findByRole('option', { name: 'report' }));
    fireEvent.keyDown(await screen.findByRole('textbox', { name: 'Note' }), { key: 'z', ctrlKey: true });
    expect(status()).not.toContain('Nothing to undo');
    expect(connection.api.annotations.remove).not.toHaveBeenCalled();
  });
});

describe('undo across documents', () => {
  it('undoes a change made in another document, and the open one keeps its own list', async () => {
    const other = loupeDocument(summary({ id: 'd2', title: 'Aides speak' }), 'Aides spoke to reporters.');
    const first = loupeDocument(summary({ id: 'd1', title: 'Minister denies report' }), TEXT);
    const kept = [{ ...annotation('b1', 0, 5, { documentId: 'd2', tagIds: ['actor'] }) }];
    kept[0]!.selectors[1] = { ...kept[0]!.selectors[1], exact: 'Aides' };
    const connection = fakeConnection([first, other], false, { tags, annotations: kept });
    renderWith(connection);
    fireEvent.click(await screen.findByRole('option', { name: 'Minister denies report' }));
    await screen.findByTestId('source-text');
    selectText(4, 12);
    fireEvent.keyDown(screen.getByTestId('source-text'), { key: '1' });
    await within(annotationsList()).findByRole('option', { name: 'minister' });
    // A tag deletion reloads the codebook and the open document's annotations on undo.
    fireEvent.click(
      within(screen.getByRole('treeitem', { name: 'Denial' })).getByRole('button', { name: 'Delete Denial' }),
    );
    await waitFor(() => expect(screen.queryByRole('treeitem', { name: 'Denial' })).toBeNull());

    fireEvent.click(screen.getByRole('option', { name: 'Aides speak' }));
    await within(annotationsList()).findByRole('option', { name: 'Aides' });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(await screen.findByRole('treeitem', { name: 'Denial' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(connection.store.annotations.map((a) => a.id)).toEqual(['b1']));
    expect(
      within(annotationsList())
        .getAllByRole('option')
        .map((o) => o.getAttribute('aria-label')),
    ).toEqual(['Aides']);
  });
});

describe('the annotations panel', () => {
  const two = [
    stored('a1', 4, 12, { tagIds: ['denial'] }),
    stored('a2', 24, 30, { tagIds: ['actor'], note: 'Who wrote it?' }),
  ];

  it('filters by tag (children included) and by text', async () => {
    await openDocument(two);
    await within(annotationsList()).findByRole('option', { name: 'report' });
    const names = () =>
      within(annotationsList())
        .queryAllByRole('option')
        .map((o) => o.getAttribute('aria-label'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by tag' }), { target: { value: 'claim' } });
    expect(names()).toEqual(['minister']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by tag' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search annotations' }), {
      target: { value: 'WHO' },
    });
    expect(names()).toEqual(['report']);
  });

  it('reveals on click and Enter, deletes with Delete, and undo restores', async () => {
    const connection = await openDocument(two);
    fireEvent.click(await within(annotationsList()).findByRole('option', { name: 'minister' }));
    expect(revealed).toEqual([{ start: 4, end: 12 }]);
    fireEvent.keyDown(annotationsList(), { key: 'ArrowDown' });
    fireEvent.keyDown(annotationsList(), { key: 'Enter' });
    expect(revealed.at(-1)).toEqual({ start: 24, end: 30 });
    // Enter also puts the caret in the note; Escape there hands the keyboard back to the list.
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(document.activeElement).toBe(note);
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(document.activeElement).toBe(annotationsList());
    expect(decorations().find((d) => d.className.includes('loupe-tag-active'))?.textContent).toBe(
      TEXT.slice(24, 30),
    );

    fireEvent.keyDown(annotationsList(), { key: 'Delete' });
    await waitFor(() =>
      expect(within(annotationsList()).queryByRole('option', { name: 'report' })).toBeNull(),
    );
    expect(connection.store.annotations.map((a) => a.id)).toEqual(['a1']);
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    expect(await within(annotationsList()).findByRole('option', { name: 'report' })).toBeTruthy();
  });

  it('saves the note after a pause in typing and on blur; undo puts the old note back', async () => {
    const connection = await openDocument(two);
    fireEvent.click(await within(annotationsList()).findByRole('option', { name: 'report' }));
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveProperty('value', 'Who wrote it?');
    fireEvent.change(note, { target: { value: 'Anonymous source' } });
    expect(connection.api.annotations.update).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(connection.api.annotations.update).toHaveBeenCalledWith({
        documentId: 'd1',
        id: 'a2',
        note: 'Anonymous source',
      }),
    );
    // Typed while the first save is still answering: the answer must not overwrite it.
    fireEvent.change(note, { target: { value: 'Anonymous source, twice' } });
    expect(note).toHaveProperty('value', 'Anonymous source, twice');
    fireEvent.focusOut(note);
    expect(connection.api.annotations.update).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(annotationsList().textContent).toContain('Anonymous source, twice'));

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(connection.store.annotations[1]!.note).toBe('Anonymous source'));
    await waitFor(() => expect(note).toHaveProperty('value', 'Anonymous source'));
  });
});
