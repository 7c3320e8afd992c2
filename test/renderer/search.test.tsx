import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';
import { resetStub, revealed } from './support/monaco-stub';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

afterEach(cleanup);
beforeEach(resetStub);

const french = loupeDocument(
  summary({ id: 'aa11', title: 'Élection présidentielle', lang: 'fr' }),
  "L'élection a lieu dimanche. Les électeurs votent pour l'élection du président.",
);
const english = loupeDocument(
  summary({ id: 'bb22', title: 'Election day', lang: 'en' }),
  'The elections were calm. Turnout was high.',
);
const other = loupeDocument(summary({ id: 'cc33', title: 'Budget talks' }), 'Talks stalled on Tuesday.');

function pressSearchShortcut() {
  fireEvent.keyDown(window, { key: 'F', ctrlKey: true, shiftKey: true });
}

describe('corpus search panel', () => {
  it('opens with Ctrl+Shift+F, lists documents with marked hits and counts, and reveals hits with Enter', async () => {
    const connection = fakeConnection([french, english, other]);
    renderWith(connection);
    await screen.findByRole('listbox', { name: 'Documents' });
    act(pressSearchShortcut);
    const input = screen.getByRole('searchbox', { name: 'Search the corpus' });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'ELECTION' } });

    const results = await screen.findByRole('listbox', { name: 'Search results' });
    await waitFor(() => expect(within(results).getAllByRole('option')).toHaveLength(2));
    const options = within(results).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('aria-label')).sort()).toEqual([
      'Election day, 1 hit',
      'Élection présidentielle, 2 hits',
    ]);
    const frenchOption = within(results).getByRole('option', { name: 'Élection présidentielle, 2 hits' });
    expect([...frenchOption.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'élection',
      'élection',
    ]);
    expect(screen.getByText('3 hits in 2 documents')).toBeTruthy();

    // Keyboard: ↓ from the box to the list, move to the French result, Enter twice walks its hits.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results);
    const frenchIndex = options.indexOf(frenchOption);
    if (frenchIndex === 1) fireEvent.keyDown(results, { key: 'ArrowDown' });
    expect(results.getAttribute('aria-activedescendant')).toBe(frenchOption.id);
    fireEvent.keyDown(results, { key: 'Enter' });
    await screen.findByRole('region', { name: 'Élection présidentielle' });
    await waitFor(() => expect(revealed).toHaveLength(1));
    fireEvent.keyDown(results, { key: 'Enter' });
    const spans = revealed.map(({ start, end }) => french.text.slice(start, end));
    expect(spans).toEqual(['élection', 'élection']);
    expect(revealed[0]!.start).toBeLessThan(revealed[1]!.start);

    // Escape closes the panel and the documents come back.
    fireEvent.keyDown(results, { key: 'Escape' });
    expect(screen.queryByRole('listbox', { name: 'Search results' })).toBeNull();
    expect(await screen.findByRole('listbox', { name: 'Documents' })).toBeTruthy();

    // Opened again, it shows the same search, selected so that typing replaces it.
    act(pressSearchShortcut);
    const again = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search the corpus' });
    expect(again.value).toBe('ELECTION');
    expect([again.selectionStart, again.selectionEnd]).toEqual([0, 'ELECTION'.length]);
    expect(await screen.findByRole('listbox', { name: 'Search results' })).toBeTruthy();
  });

  it('says what is wrong with a malformed query, and when nothing matches', async () => {
    renderWith(fakeConnection([french, english]));
    await screen.findByRole('listbox', { name: 'Documents' });
    act(pressSearchShortcut);
    const input = screen.getByRole('searchbox', { name: 'Search the corpus' });
    fireEvent.change(input, { target: { value: '"unclosed phrase' } });
    expect((await screen.findByRole('alert')).textContent).toContain('This quote is never closed');
    fireEvent.change(input, { target: { value: 'zebra' } });
    expect(await screen.findByText('No document matches.')).toBeTruthy();
  });

  it('is listed in the shortcuts sheet', async () => {
    renderWith(fakeConnection([french]));
    await screen.findByRole('listbox', { name: 'Documents' });
    fireEvent.keyDown(window, { key: '?' });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet.textContent).toMatch(/Shift\+(Ctrl|⌘)\+F.*Search every document/);
  });
});
