import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../shared/suggest/types';
import { tag } from './support/fake-tagging';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';
import { placeCursor, resetStub } from './support/monaco-stub';
import { annotationsList, decorations, status } from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

const TEXT = 'Tokyo met Brussels on Tuesday. Tokyo said 5% more, Maria Ito said.';
const at = (kind: Suggestion['kind'], text: string, from = 0): Suggestion => {
  const start = TEXT.indexOf(text, from);
  return { kind, start, end: start + text.length, text, confidence: 0.9 };
};
const SUGGESTIONS = [
  at('place', 'Tokyo'),
  at('place', 'Brussels'),
  at('date', 'Tuesday'),
  at('place', 'Tokyo', 20),
  at('percent', '5%'),
  at('person', 'Maria Ito'),
];
const TAGS = [
  tag({ id: 'country', name: 'Country', shortcut: '1' }),
  tag({ id: 'date', name: 'date / EVENT' }),
  tag({ id: 'figure', name: 'Figure / amount' }),
];

/** A host that remembers dismissals by kind and text, as the real one does. */
async function openWithSuggestions(tags = TAGS) {
  const doc = loupeDocument(summary({ id: 'd1', title: 'Tokyo and Brussels' }), TEXT);
  const connection = fakeConnection([doc], false, { tags, annotations: [] });
  const dismissed = new Set<string>();
  const key = (s: Suggestion) => `${s.kind}:${s.text}`;
  connection.api.annotations.suggest.mockImplementation(async () => ({
    ok: true,
    value: SUGGESTIONS.filter((s) => !dismissed.has(key(s))),
  }));
  connection.api.annotations.dismissSuggestion.mockImplementation(async ({ suggestion, undo }) => {
    if (undo) dismissed.delete(key(suggestion));
    else dismissed.add(key(suggestion));
    return { ok: true, value: null };
  });
  renderWith(connection);
  fireEvent.click(await screen.findByRole('option', { name: 'Tokyo and Brussels' }));
  await screen.findByTestId('source-text');
  await waitFor(() => expect(suggested()).toHaveLength(SUGGESTIONS.length));
  return connection;
}

function suggested() {
  return within(screen.getByTestId('suggestions'))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
}

const text = () => screen.getByTestId('source-text');
const press = (key: string) => fireEvent.keyDown(text(), { key });
const caretIn = (s: Suggestion) => act(() => placeCursor(s.start + 1));

beforeEach(() => {
  resetStub();
  localStorage.clear();
});
afterEach(cleanup);

describe('suggestions', () => {
  it('draws each suggestion with a class by kind and a plain-text hover', async () => {
    await openWithSuggestions();
    const items = within(screen.getByTestId('suggestions')).getAllByRole('listitem');
    expect(items[4]!.className).toBe('loupe-suggestion loupe-suggestion-percent');
    expect(items[0]!.title).toBe('Suggested place — Enter/A to accept, X to dismiss');
    expect(decorations()).toHaveLength(0);
  });

  it('hides and shows them with the Suggestions toggle, remembered across sessions', async () => {
    await openWithSuggestions();
    const toggle = screen.getByRole('button', { name: 'Suggestions' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(suggested()).toEqual([]);
    expect(localStorage.getItem('loupe.suggestions.visible')).toBe('false');
    press('a');
    expect(decorations()).toHaveLength(0);
    fireEvent.click(toggle);
    expect(suggested()).toHaveLength(SUGGESTIONS.length);
  });

  it.each([
    ['a', 'place', 'Brussels', 'country'],
    ['Enter', 'date', 'Tuesday', 'date'],
    ['a', 'percent', '5%', 'figure'],
  ] as const)('accepts with %s: a %s gets the tag named for its kind', async (key, kind, word, tagId) => {
    const connection = await openWithSuggestions();
    caretIn(at(kind, word));
    press(key);
    expect(connection.api.annotations.create).toHaveBeenCalledWith({
      documentId: 'd1',
      start: TEXT.indexOf(word),
      end: TEXT.indexOf(word) + word.length,
      tagIds: [tagId],
    });
    expect(await within(annotationsList()).findByRole('option', { name: word })).toBeTruthy();
    expect(suggested()).not.toContain(word);
    expect(decorations().map((d) => d.textContent)).toEqual([word]);
  });

  it('asks for a tag with the picker when none fits the kind', async () => {
    const connection = await openWithSuggestions();
    caretIn(at('person', 'Maria Ito'));
    press('a');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Maria Ito');
    expect(connection.api.annotations.create).not.toHaveBeenCalled();
  });

  it('undoes an accepted suggestion: the annotation goes, the suggestion comes back', async () => {
    await openWithSuggestions();
    caretIn(at('place', 'Brussels'));
    press('a');
    await within(annotationsList()).findByRole('option', { name: 'Brussels' });
    await waitFor(() => expect(status()).toContain('All changes saved'));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(within(annotationsList()).queryAllByRole('option')).toHaveLength(0));
    expect(suggested()).toContain('Brussels');
  });

  it('dismisses with x every repeat of the same kind and text; undo shows them again', async () => {
    const connection = await openWithSuggestions();
    caretIn(at('place', 'Tokyo', 20));
    press('x');
    await waitFor(() => expect(suggested()).toEqual(['Brussels', 'Tuesday', '5%', 'Maria Ito']));
    expect(connection.api.annotations.dismissSuggestion).toHaveBeenCalledWith({
      documentId: 'd1',
      suggestion: at('place', 'Tokyo', 20),
    });
    await waitFor(() => expect(status()).toContain('All changes saved'));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(suggested()).toHaveLength(SUGGESTIONS.length));
    expect(connection.api.annotations.dismissSuggestion).toHaveBeenLastCalledWith(
      expect.objectContaining({ undo: true }),
    );
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(suggested()).not.toContain('Tokyo'));
  });

  it('offers Accept and Dismiss for the suggestion under the caret', async () => {
    await openWithSuggestions();
    const bar = screen.getByRole('toolbar', { name: 'Suggestions' });
    expect(within(bar).queryByRole('button', { name: 'Accept' })).toBeNull();
    caretIn(at('date', 'Tuesday'));
    expect(bar.textContent).toContain('Suggested date: “Tuesday”');
    fireEvent.click(within(bar).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(suggested()).not.toContain('Tuesday'));
    expect(within(bar).queryByRole('button', { name: 'Accept' })).toBeNull();
    caretIn(at('place', 'Brussels'));
    fireEvent.click(within(bar).getByRole('button', { name: 'Accept' }));
    expect(await within(annotationsList()).findByRole('option', { name: 'Brussels' })).toBeTruthy();
  });

  it('leaves the keys alone outside any suggestion', async () => {
    const connection = await openWithSuggestions();
    act(() => placeCursor(TEXT.indexOf('met') + 1));
    press('a');
    press('x');
    expect(connection.api.annotations.create).not.toHaveBeenCalled();
    expect(connection.api.annotations.dismissSuggestion).not.toHaveBeenCalled();
  });
});
