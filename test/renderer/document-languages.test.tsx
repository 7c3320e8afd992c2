import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';
import { SHORTCUTS } from '../../renderer/src/components/ShortcutsDialog';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const GERMAN = 'Die Regierung in Tokio will ihre Erfahrungen mit Rohstoffvorräten teilen.';
const ENGLISH = 'Japan stands ready to share its experience with like-minded partners.';
const TEXT = `${GERMAN}\n${ENGLISH}\n${GERMAN}`;
const englishAt = GERMAN.length + 1;

const mixed = loupeDocument(
  summary({ id: 'aa11', title: 'Rohstoffe', lang: 'de', source: 'Fenster', published: '2023-11-16' }),
  TEXT,
  {
    languages: [
      {
        lang: 'de',
        share: 0.82,
        ranges: [
          [0, GERMAN.length],
          [englishAt + ENGLISH.length + 1, TEXT.length],
        ],
      },
      { lang: 'en', share: 0.18, ranges: [[englishAt, englishAt + ENGLISH.length]] },
    ],
  },
);
const english = loupeDocument(
  summary({ id: 'bb22', title: 'Chip pact signed', lang: 'en', published: '2023-07-05' }),
  ENGLISH,
);
// Imported before languages were detected: no `languages`, whatever its text.
const older = loupeDocument(
  summary({ id: 'cc33', title: 'Chip-Pakt', lang: 'de', published: '2023-07-04' }),
  `${GERMAN}\n${ENGLISH}`,
);

async function open(title: string) {
  renderWith(fakeConnection([mixed, english, older]));
  fireEvent.click(await screen.findByRole('option', { name: title }));
  await screen.findByTestId('source-text');
  return screen.getByRole('region', { name: title });
}

const passages = () => within(screen.getByTestId('language-passages')).queryAllByRole('listitem');

describe('a document that mixes languages', () => {
  it('shows its languages with their shares in the header, named in full for the tooltip and screen readers', async () => {
    const pane = await open('Rohstoffe');
    const row = within(pane).getByText('Languages').parentElement!;
    const value = row.querySelector('dd')!;
    expect(value.querySelector('[aria-hidden="true"]')?.textContent).toBe('DE 82\u00a0% · EN 18\u00a0%');
    expect(value.getAttribute('title')).toBe('German 82\u00a0%, English 18\u00a0%');
    // getByText folds the no-break spaces to plain ones.
    expect(within(value).getByText('German 82 %, English 18 %').className).toBe('visually-hidden');
    expect(within(pane).queryByText('Language')).toBeNull();
  });

  it('marks the passage in the other language beside the text, titled with its language', async () => {
    await open('Rohstoffe');
    expect(passages().map((li) => [li.textContent, li.getAttribute('title'), li.className])).toEqual([
      [ENGLISH, 'English passage', 'loupe-lang-passage loupe-lang-passage-en'],
    ]);
  });

  it('shows nothing of the kind for a document stored before languages were detected', async () => {
    const pane = await open('Chip-Pakt');
    expect(within(pane).getByText('German (de)')).toBeTruthy();
    expect(within(pane).queryByText('Languages')).toBeNull();
    expect(passages()).toEqual([]);
  });

  it('is listed under each of its languages, its row saying which it contains', async () => {
    renderWith(fakeConnection([mixed, english, older]));
    const list = await screen.findByRole('listbox', { name: 'Documents' });
    const row = within(list).getByRole('option', { name: 'Rohstoffe' });
    expect(within(row).getByText('contains EN').getAttribute('title')).toBe('Has passages in English');
    expect(within(list).getByRole('option', { name: 'Chip-Pakt' }).textContent).not.toMatch(/contains/);
    const filter = screen.getByRole('combobox', { name: 'Filter by language' });
    expect(within(filter).getByRole('option', { name: 'English (2)' })).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'en' } });
    const names = within(list)
      .getAllByRole('option')
      .map((o) => o.getAttribute('aria-label'));
    expect(names).toEqual(['Rohstoffe', 'Chip pact signed']);
  });

  it('has its keys on the shortcuts sheet', () => {
    expect(SHORTCUTS.find((s) => s.keys === 'L, Shift+L')?.does).toMatch(/passage in another language/);
  });
});
