import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';
import { resetStub, selectText } from './support/monaco-stub';
import { annotationsList, decorations, openDocument, status, tags, TEXT } from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

const dialog = () => screen.getByRole('dialog', { name: 'Tag all occurrences' });
const field = (name: string) => within(dialog()).getByRole('textbox', { name });
const count = () => dialog().querySelector('[aria-live]')?.textContent;

async function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Tag all occurrences' }));
  return dialog();
}

describe('tag all occurrences', () => {
  it('prefills the selection, previews as the user types (debounced) and tags every match as one undo step', async () => {
    const connection = await openDocument([]);
    selectText(4, 12);
    await openDialog();
    expect(field('Text to find')).toHaveProperty('value', 'minister');
    await waitFor(() => expect(count()).toBe('1 match in 1 document'));
    connection.api.annotations.tagMatches.mockClear();

    fireEvent.change(field('Text to find'), { target: { value: 'th' } });
    fireEvent.change(field('Text to find'), { target: { value: 'the' } });
    expect(count()).toBe('Counting…');
    await waitFor(() => expect(count()).toBe('1 match in 1 document'));
    // One request for the pause, not one per key.
    expect(connection.api.annotations.tagMatches).toHaveBeenCalledTimes(1);
    expect(connection.api.annotations.tagMatches).toHaveBeenCalledWith({
      match: 'the',
      regex: false,
      documentId: 'd1',
      tagIds: ['claim'],
      preview: true,
    });

    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'Regular expression' }));
    fireEvent.change(field('Text to find'), { target: { value: '[Tt]he' } });
    fireEvent.change(within(dialog()).getByRole('combobox', { name: 'Tag' }), { target: { value: 'actor' } });
    fireEvent.change(field('Note (optional)'), { target: { value: 'article' } });
    await waitFor(() => expect(count()).toBe('2 matches in 1 document'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Tag 2 matches' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(connection.api.annotations.tagMatches).toHaveBeenLastCalledWith({
      match: '[Tt]he',
      regex: true,
      documentId: 'd1',
      tagIds: ['actor'],
      note: 'article',
      preview: false,
    });
    await waitFor(() => expect(decorations().map((d) => d.textContent)).toEqual(['The', 'the']));
    // The list follows the decorations a moment later (it renders from a deferred value).
    await waitFor(() => expect(within(annotationsList()).getAllByRole('option')).toHaveLength(2));
    expect(status()).toContain('Tagged 2 matches in 1 document.');

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(decorations()).toHaveLength(0));
    expect(connection.store.annotations).toEqual([]);
    expect(status()).toContain('Undid: tag 2 matches.');
    const ids = connection.api.annotations.remove.mock.calls[0]![0].ids;

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(decorations()).toHaveLength(2));
    expect(connection.store.annotations.map((a) => a.id)).toEqual(ids);
    expect(connection.api.annotations.restore).toHaveBeenCalledTimes(1);
  });

  it('shows a bad pattern inline and keeps the button disabled', async () => {
    await openDocument([]);
    await openDialog();
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'Regular expression' }));
    fireEvent.change(field('Text to find'), { target: { value: '(unclosed' } });
    expect(await within(dialog()).findByRole('alert')).toHaveProperty(
      'textContent',
      'Not a valid regular expression',
    );
    expect(within(dialog()).getByRole('button', { name: 'Tag 0 matches' })).toHaveProperty('disabled', true);
    fireEvent.keyDown(field('Text to find'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('tags the whole corpus, and undo removes the annotations in every document', async () => {
    const other = loupeDocument(
      summary({ id: 'd2', title: 'Aides speak' }),
      'The aides said the minister lied.',
    );
    const first = loupeDocument(summary({ id: 'd1', title: 'Minister denies report' }), TEXT);
    const connection = fakeConnection([first, other], false, { tags });
    renderWith(connection);
    fireEvent.click(await screen.findByRole('option', { name: 'Minister denies report' }));
    await screen.findByTestId('source-text');
    // The keyboard shortcut opens it too, with the text empty when nothing is selected.
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });
    expect(field('Text to find')).toHaveProperty('value', '');
    expect(count()).toBe('Type a text to find.');
    fireEvent.change(field('Text to find'), { target: { value: 'minister' } });
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'Whole corpus' }));
    await waitFor(() => expect(count()).toBe('2 matches in 2 documents'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Tag 2 matches' }));
    await waitFor(() => expect(decorations()).toHaveLength(1));
    expect(connection.store.annotations.map((a) => a.documentId)).toEqual(['d1', 'd2']);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(connection.store.annotations).toEqual([]));
    expect(connection.api.annotations.remove.mock.calls.map((c) => c[0].documentId)).toEqual(['d1', 'd2']);
    expect(decorations()).toHaveLength(0);
  });

  it('says why when running fails and keeps the dialog open', async () => {
    const connection = await openDocument([]);
    selectText(4, 12);
    await openDialog();
    await waitFor(() => expect(count()).toBe('1 match in 1 document'));
    connection.api.annotations.tagMatches.mockResolvedValueOnce({
      ok: false,
      error: { code: 'io', message: 'disk full' },
    });
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Tag 1 match' })));
    expect(dialog()).toBeTruthy();
    expect(status()).toContain('Nothing was tagged: disk full');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(status()).toContain('Nothing to undo.'));
  });
});
