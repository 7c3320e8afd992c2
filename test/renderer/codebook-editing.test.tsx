import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStub } from './support/monaco-stub';
import { openDocument } from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

const tree = () => screen.getByRole('tree', { name: 'Codebook' });
/** Each row as "name/level/key", in display order. */
const rows = () =>
  within(tree())
    .getAllByRole('treeitem')
    .map(
      (item) =>
        `${item.getAttribute('aria-label')}/${item.getAttribute('aria-level')}/${item.querySelector('kbd')?.textContent ?? '-'}`,
    );

function focusTag(name: string) {
  fireEvent.click(screen.getByRole('treeitem', { name }));
}

const undo = () => fireEvent.keyDown(window, { key: 'z', ctrlKey: true });

describe('editing the codebook', () => {
  it('reorders with Alt+Up and Alt+Down among siblings, one undo step each', async () => {
    const connection = await openDocument([]);
    expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/1/2']);
    focusTag('Actor');
    fireEvent.keyDown(tree(), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(rows()).toEqual(['Actor/1/2', 'Claim/1/1', 'Denial/2/-']));
    expect(connection.api.codebook.move).toHaveBeenCalledWith({ id: 'actor', index: 0 });
    // Already first among its siblings: nothing to do.
    fireEvent.keyDown(tree(), { key: 'ArrowUp', altKey: true });
    expect(connection.api.codebook.move).toHaveBeenCalledTimes(1);
    undo();
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/1/2']));
    expect(connection.api.codebook.move).toHaveBeenLastCalledWith({ id: 'actor', index: 1 });
  });

  it('nests under the tag above with Alt+Right and moves out with Alt+Left', async () => {
    const connection = await openDocument([]);
    focusTag('Actor');
    fireEvent.keyDown(tree(), { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/2/2']));
    expect(connection.api.codebook.update).toHaveBeenCalledWith({ id: 'actor', parent: 'claim' });
    fireEvent.keyDown(tree(), { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/3/2']));
    fireEvent.keyDown(tree(), { key: 'ArrowLeft', altKey: true });
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/2/2']));
    expect(connection.api.codebook.update).toHaveBeenLastCalledWith({ id: 'actor', parent: 'claim' });
    undo();
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/3/2']));
    undo();
    undo();
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/1/2']));
  });

  it('edits description, parent and key in one step; a taken key comes back on undo', async () => {
    const connection = await openDocument([]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Actor' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit tag Actor' });
    const key = within(dialog).getByRole('combobox', { name: 'Shortcut key' });
    expect(within(key).getByRole('option', { name: '1 (now Claim)' })).toBeTruthy();
    // A tag cannot be its own parent.
    const parent = within(dialog).getByRole('combobox', { name: 'Parent' });
    expect(within(parent).queryByRole('option', { name: 'Actor' })).toBeNull();
    fireEvent.change(key, { target: { value: '1' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Description' }), {
      target: { value: 'People and bodies' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(rows()).toEqual(['Claim/1/-', 'Denial/2/-', 'Actor/1/1']));
    expect(connection.api.codebook.update).toHaveBeenCalledTimes(1);
    expect(connection.api.codebook.update).toHaveBeenCalledWith({
      id: 'actor',
      description: 'People and bodies',
      shortcut: '1',
    });
    expect(
      screen.getByRole('treeitem', { name: 'Actor' }).querySelector('[title]')?.getAttribute('title'),
    ).toBe('People and bodies');

    undo();
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Actor/1/2']));
    expect(connection.store.tags.find((t) => t.id === 'actor')?.description).toBe('');
  });

  it('opens the editor with Shift+F2 and moves a tag under another with the Parent select', async () => {
    const connection = await openDocument([]);
    focusTag('Denial');
    fireEvent.keyDown(tree(), { key: 'F2', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Edit tag Denial' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Parent' }), {
      target: { value: 'actor' },
    });
    fireEvent.submit(dialog);
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Actor/1/2', 'Denial/2/-']));
    expect(connection.api.codebook.update).toHaveBeenCalledWith({ id: 'denial', parent: 'actor' });
  });

  it('creates a child tag from the new tag form', async () => {
    const connection = await openDocument([]);
    fireEvent.click(screen.getByRole('button', { name: 'New tag' }));
    const form = screen.getByRole('form', { name: 'New tag' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Tag name' }), { target: { value: 'Quote' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Parent' }), { target: { value: 'claim' } });
    fireEvent.submit(form);
    await waitFor(() => expect(rows()).toEqual(['Claim/1/1', 'Denial/2/-', 'Quote/2/3', 'Actor/1/2']));
    expect(connection.api.codebook.create).toHaveBeenCalledWith({
      name: 'Quote',
      color: expect.any(String),
      parent: 'claim',
    });
  });
});
