import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../shared/stories/types';
import { StoriesDialog } from '../../renderer/src/components/StoriesDialog';
import { ORIGINAL_EN, RENDERING_FR, REWORDED_EN, VERSION_JA } from '../shared/stories/passage-cases';
import { fakeConnection, loupeDocument, ok, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const doc = (id: string, title: string, lang: string, published: string | null, text: string) =>
  loupeDocument(summary({ id, title, lang, published }), text);

const docs = [
  doc('a1', 'Port of Antwerp opens hydrogen terminal', 'en', '2026-03-02T08:00:00Z', ORIGINAL_EN),
  doc('b2', 'Le port d’Anvers inaugure un terminal', 'fr', '2026-03-02T11:00:00Z', RENDERING_FR),
  doc('c3', 'Antwerp port opens terminal for hydrogen imports', 'en', '2026-03-03', REWORDED_EN),
  doc('d4', 'アントワープ港に水素ターミナル', 'ja', '2026-03-04', VERSION_JA),
  doc('e5', 'Hydrogen terminal: a late copy', 'en', null, ORIGINAL_EN),
  doc('f6', 'Rhine shipping halts at Kaub', 'en', '2026-07-01', 'Barges stopped at Kaub on 1 July.'),
  doc('g7', 'La navigation sur le Rhin s’arrête', 'fr', '2026-07-01', 'Les barges sont à l’arrêt.'),
  doc('h8', 'A document in no story', 'en', '2026-01-01', 'Nothing else.'),
];

const hydrogen: Story = {
  id: 'a1',
  members: ['a1', 'b2', 'c3', 'd4', 'e5'],
  earliest: 'a1',
  derivatives: [{ docId: 'c3', of: 'a1', kind: 'reworded' }],
};
const rhine: Story = { id: 'f6', members: ['f6', 'g7'], earliest: 'f6', derivatives: [] };

function renderDialog(stories: Story[] = [hydrogen, rhine], focus: string | null = null, selectedId = 'h8') {
  const connection = fakeConnection(docs);
  const props = {
    onOpenSideBySide: vi.fn(),
    onStoriesChanged: vi.fn(),
    say: vi.fn(),
    onClose: vi.fn(),
  };
  renderWith(
    connection,
    <StoriesDialog
      stories={stories}
      documents={docs}
      focusStoryId={focus}
      selectedId={selectedId}
      {...props}
    />,
  );
  return { connection, ...props };
}

describe('the stories view', () => {
  it('lists each story with its size, languages and derivative flags, the asked-for one first', () => {
    renderDialog([rhine, hydrogen], 'a1');
    const rows = within(screen.getByRole('list', { name: 'Stories' })).getAllByRole('listitem', {
      name: /./,
    });
    expect(rows.map((r) => r.getAttribute('aria-label')).filter((n) => !n?.startsWith('Versions'))).toEqual([
      'Port of Antwerp opens hydrogen terminal',
      'Rhine shipping halts at Kaub',
    ]);
    expect(screen.getByText('5 versions · en, fr, ja · 1 derivative')).toBeTruthy();
  });

  it('shows the versions earliest first, the earliest marked and the reworded copy flagged', () => {
    renderDialog([hydrogen, rhine], 'a1');
    const versions = screen.getByRole('list', {
      name: 'Versions of “Port of Antwerp opens hydrogen terminal”, earliest first',
    });
    const items = within(versions).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.story-member-title')?.textContent)).toEqual([
      'Port of Antwerp opens hydrogen terminal',
      'Le port d’Anvers inaugure un terminal',
      'Antwerp port opens terminal for hydrogen imports',
      'アントワープ港に水素ターミナル',
      'Hydrogen terminal: a late copy',
    ]);
    expect(within(items[0]!).getByText('earliest')).toBeTruthy();
    expect(
      within(items[2]!).getByText('reworded copy of “Port of Antwerp opens hydrogen terminal”'),
    ).toBeTruthy();
    expect(items[4]!.textContent).toContain('no date');
  });

  it('opens a story side by side: the four earliest, with what only one version has marked', async () => {
    const { onOpenSideBySide, say, onClose } = renderDialog();
    fireEvent.click(
      screen.getByRole('button', { name: 'Open “Port of Antwerp opens hydrogen terminal” side by side' }),
    );
    await waitFor(() => expect(onOpenSideBySide).toHaveBeenCalledTimes(1));
    const [ids, marks] = onOpenSideBySide.mock.calls[0]!;
    expect(ids).toEqual(['a1', 'b2', 'c3', 'd4']);
    expect(Object.keys(marks).sort()).toEqual(['a1', 'b2', 'c3', 'd4']);
    expect(marks.a1).toEqual([]);
    expect(marks.c3).toHaveLength(1);
    const [mark] = marks.c3;
    expect(REWORDED_EN.slice(mark.start, mark.end)).toMatch(/^Environmental groups.*€260m\.$/);
    expect(mark.className).toBe('loupe-only-here');
    expect(mark.hover).toContain('Only this version gives 260 million');
    expect(say.mock.calls[0]![0]).toContain('Showing the 4 earliest of 5 versions.');
    expect(say.mock.calls[0]![0]).toContain('1 version has no published date');
    expect(onClose).toHaveBeenCalled();
  });

  it('splits a version out, updates the list, and undoes the split by merging it back', async () => {
    const { connection, onStoriesChanged } = renderDialog([hydrogen, rhine], 'a1');
    const after = [{ ...hydrogen, members: ['a1', 'b2', 'd4', 'e5'], derivatives: [] }, rhine];
    connection.api.stories.split.mockResolvedValue(ok(after));
    connection.api.stories.merge.mockResolvedValue(ok([hydrogen, rhine]));
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Split “Antwerp port opens terminal for hydrogen imports” out of its story',
      }),
    );
    await waitFor(() => expect(onStoriesChanged).toHaveBeenCalledWith(after));
    expect(connection.api.stories.split).toHaveBeenCalledWith({ documentId: 'c3' });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(
      'Split “Antwerp port opens terminal for hydrogen imports” out of its story.',
    );
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(connection.api.stories.merge).toHaveBeenCalledWith({
        documentIds: ['c3', 'a1', 'b2', 'd4', 'e5'],
      }),
    );
    await waitFor(() => expect(onStoriesChanged).toHaveBeenLastCalledWith([hydrogen, rhine]));
  });

  it('merges a story with another one, or with the open document', async () => {
    const { connection, onStoriesChanged } = renderDialog([hydrogen, rhine], 'f6');
    const merged = [{ ...rhine, members: ['f6', 'g7', 'h8'] }];
    connection.api.stories.merge.mockResolvedValue(ok(merged));
    const select = screen.getByRole('combobox', { name: 'Merge “Rhine shipping halts at Kaub” with' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Merge with…',
      'the open document: A document in no story',
      'Port of Antwerp opens hydrogen terminal (5 versions)',
    ]);
    fireEvent.change(select, { target: { value: 'h8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(onStoriesChanged).toHaveBeenCalledWith(merged));
    expect(connection.api.stories.merge).toHaveBeenCalledWith({ documentIds: ['f6', 'g7', 'h8'] });
    fireEvent.change(select, { target: { value: 'a1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(connection.api.stories.merge).toHaveBeenLastCalledWith({
        documentIds: ['f6', 'g7', 'a1', 'b2', 'c3', 'd4', 'e5'],
      }),
    );
  });

  it('undoes a merge: the joined versions are split out and put back together on their own', async () => {
    const { connection, onStoriesChanged } = renderDialog([hydrogen, rhine], 'f6');
    connection.api.stories.merge.mockResolvedValue(
      ok([{ ...hydrogen, members: [...hydrogen.members, 'f6', 'g7'] }]),
    );
    connection.api.stories.split.mockResolvedValue(ok([hydrogen]));
    fireEvent.change(screen.getByRole('combobox', { name: 'Merge “Rhine shipping halts at Kaub” with' }), {
      target: { value: 'a1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(
      'Merged “Rhine shipping halts at Kaub” with the story “Port of Antwerp',
    );
    connection.api.stories.merge.mockResolvedValue(ok([hydrogen, rhine]));
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(onStoriesChanged).toHaveBeenLastCalledWith([hydrogen, rhine]));
    expect(connection.api.stories.split.mock.calls.map(([args]) => args.documentId)).toEqual(
      hydrogen.members,
    );
    expect(connection.api.stories.merge).toHaveBeenLastCalledWith({ documentIds: hydrogen.members });
    expect(screen.getByRole('status').textContent).toContain('again');
  });

  it('says why nothing changed when the host refuses', async () => {
    const { connection, onStoriesChanged } = renderDialog([hydrogen, rhine], 'f6');
    connection.api.stories.split.mockResolvedValue({
      ok: false,
      error: { code: 'read-only', message: 'The workspace is open read-only; stories cannot be changed.' },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Split “Rhine shipping halts at Kaub” out of its story' }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('open read-only');
    expect(onStoriesChanged).not.toHaveBeenCalled();
  });
});

describe('stories in the window', () => {
  it('opens the story of the open document, and shows its earliest version in the pane', async () => {
    const connection = fakeConnection(docs);
    connection.api.stories.list.mockResolvedValue(ok([hydrogen, rhine]));
    renderWith(connection);
    fireEvent.click(await screen.findByRole('option', { name: 'アントワープ港に水素ターミナル' }));
    const link = await screen.findByRole('group', { name: 'Story' });
    expect(link.textContent).toContain('One of 5 versions of a story');
    fireEvent.click(within(link).getByRole('button', { name: 'Open its story' }));
    const dialog = screen.getByRole('dialog', { name: 'Stories' });
    fireEvent.click(
      within(dialog).getByRole('button', {
        name: 'Open “Port of Antwerp opens hydrogen terminal” side by side',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Stories' })).toBeNull());
    expect(
      await screen.findByRole('region', { name: 'Port of Antwerp opens hydrogen terminal' }),
    ).toBeTruthy();
  });

  it('draws the passages only the shown version has in the pane, with the reason on hover', async () => {
    const copies: Story = { id: 'c3', members: ['c3', 'e5'], earliest: 'c3', derivatives: [] };
    const connection = fakeConnection(docs);
    connection.api.stories.list.mockResolvedValue(ok([copies]));
    renderWith(connection);
    await screen.findByRole('listbox', { name: 'Documents' });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Stories…' }).hasAttribute('disabled')).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stories…' }));
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Open “Antwerp port opens terminal for hydrogen imports” side by side',
      }),
    );
    const pane = await screen.findByRole('region', {
      name: 'Antwerp port opens terminal for hydrogen imports',
    });
    await waitFor(() => expect(pane.querySelectorAll('.loupe-only-here')).toHaveLength(1));
    expect(pane.querySelector('.loupe-only-here')!.getAttribute('title')).toContain('260 million');
  });

  it('opens the stories view from the story filter, on the story it names', async () => {
    const connection = fakeConnection(docs);
    connection.api.stories.list.mockResolvedValue(ok([hydrogen, rhine]));
    renderWith(connection);
    await screen.findByRole('listbox', { name: 'Documents' });
    const story = screen.getByRole('combobox', { name: 'Filter by story' });
    await waitFor(() => expect(within(story).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(story, { target: { value: 'f6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open this story…' }));
    const dialog = screen.getByRole('dialog', { name: 'Stories' });
    expect(
      within(dialog).getByRole('list', {
        name: 'Versions of “Rhine shipping halts at Kaub”, earliest first',
      }),
    ).toBeTruthy();
  });
});
