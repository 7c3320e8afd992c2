import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const docs = [
  loupeDocument(
    summary({
      id: 'aa11',
      title: 'Chip pact signed',
      lang: 'en',
      source: 'Circuit',
      published: '2023-07-05',
    }),
    'A.',
  ),
  loupeDocument(
    summary({
      id: 'bb22',
      title: 'Pacte sur les puces',
      lang: 'fr',
      source: 'Quotidien',
      published: '2023-07-06',
    }),
    'B.',
  ),
  loupeDocument(
    summary({ id: 'cc33', title: 'Chip-Pakt', lang: 'de', source: 'Post', published: '2023-07-04' }),
    'C.',
  ),
];
const names = () =>
  within(screen.getByRole('listbox', { name: 'Documents' }))
    .getAllByRole('option')
    .map((o) => o.getAttribute('aria-label'));

describe('sorting and filtering the document list', () => {
  it('filters by language and says how many are shown; Clear brings all back', async () => {
    renderWith(fakeConnection(docs));
    await screen.findByRole('listbox', { name: 'Documents' });
    expect(names()).toEqual(['Pacte sur les puces', 'Chip pact signed', 'Chip-Pakt']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by language' }), {
      target: { value: 'fr' },
    });
    expect(names()).toEqual(['Pacte sur les puces']);
    expect(screen.getByText(/1 of 3/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(names()).toHaveLength(3);
  });

  it('sorts by title or oldest first, and remembers the order', async () => {
    renderWith(fakeConnection(docs));
    await screen.findByRole('listbox', { name: 'Documents' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort documents' }), {
      target: { value: 'date-asc' },
    });
    expect(names()).toEqual(['Chip-Pakt', 'Chip pact signed', 'Pacte sur les puces']);
    cleanup();
    renderWith(fakeConnection(docs));
    await screen.findByRole('listbox', { name: 'Documents' });
    expect(names()).toEqual(['Chip-Pakt', 'Chip pact signed', 'Pacte sur les puces']);
  });

  it('keeps the documents that have (or lack) a tag, from the host’s annotation stats', async () => {
    const connection = fakeConnection(docs, false, {
      tags: [
        {
          id: 'actor',
          name: 'Actor',
          color: '#336699',
          parent: null,
          description: '',
          shortcut: '1',
        },
      ],
      annotations: [],
    });
    connection.api.annotations.stats.mockResolvedValue({
      ok: true,
      value: [{ documentId: 'cc33', count: 2, tagIds: ['actor'], notes: 0 }],
    });
    renderWith(connection);
    await screen.findByRole('listbox', { name: 'Documents' });
    const tag = screen.getByRole('combobox', { name: 'Documents with or without a tag' });
    await waitFor(() => expect(within(tag).getAllByRole('option').length).toBe(3));
    fireEvent.change(tag, { target: { value: '+actor' } });
    await waitFor(() => expect(names()).toEqual(['Chip-Pakt']));
    fireEvent.change(tag, { target: { value: '-actor' } });
    expect(names()).toEqual(['Pacte sur les puces', 'Chip pact signed']);
  });

  it('keeps the versions of one story, named by its earliest member', async () => {
    const connection = fakeConnection(docs);
    connection.api.stories.list.mockResolvedValue({
      ok: true,
      value: [
        { id: 'aa11', members: ['aa11', 'cc33'], earliest: 'cc33', derivatives: [] },
        { id: 'bb22', members: ['bb22'], earliest: 'bb22', derivatives: [] },
      ],
    });
    renderWith(connection);
    await screen.findByRole('listbox', { name: 'Documents' });
    const story = screen.getByRole('combobox', { name: 'Filter by story' });
    await waitFor(() =>
      expect(
        within(story)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Any', 'Chip-Pakt (2 versions)']),
    );
    fireEvent.change(story, { target: { value: 'aa11' } });
    expect(names()).toEqual(['Chip pact signed', 'Chip-Pakt']);
  });
});
