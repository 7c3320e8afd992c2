import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStub, selectText } from './support/monaco-stub';
import { annotationsList, openDocument, status, stored } from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

function item(name: string) {
  return screen.getByRole('treeitem', { name });
}

describe('the codebook', () => {
  it('creates a tag from the inline form; undo removes it', async () => {
    const connection = await openDocument([]);
    fireEvent.click(screen.getByRole('button', { name: 'New tag' }));
    const form = screen.getByRole('form', { name: 'New tag' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Tag name' }), {
      target: { value: 'Source' },
    });
    fireEvent.submit(form);
    expect(await screen.findByRole('treeitem', { name: 'Source' })).toBeTruthy();
    expect(connection.api.codebook.create).toHaveBeenCalledWith({
      name: 'Source',
      color: expect.any(String),
    });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(screen.queryByRole('treeitem', { name: 'Source' })).toBeNull());
    expect(connection.api.codebook.remove).toHaveBeenCalledWith({ id: 't1', annotations: 'untag' });
  });

  it('renames with F2 and recolours with the colour picker', async () => {
    const connection = await openDocument([]);
    const tree = screen.getByRole('tree', { name: 'Codebook' });
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    fireEvent.keyDown(tree, { key: 'F2' });
    const input = screen.getByRole('textbox', { name: 'New name for Claim' });
    fireEvent.change(input, { target: { value: 'Claims' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('treeitem', { name: 'Claims' })).toBeTruthy();
    expect(connection.api.codebook.update).toHaveBeenCalledWith({ id: 'claim', name: 'Claims' });

    const colour = within(item('Actor')).getByLabelText('Colour of Actor');
    fireEvent.change(colour, { target: { value: '#00aa00' } });
    await waitFor(() =>
      expect(connection.api.codebook.update).toHaveBeenCalledWith({ id: 'actor', color: '#00aa00' }),
    );
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(connection.store.tags.find((t) => t.id === 'actor')?.color).toBe('#2e86de'));
  });

  it('deletes an unused tag at once, and asks what to do with the annotations of a used one', async () => {
    const connection = await openDocument([stored('a1', 4, 12, { tagIds: ['actor'] })]);
    fireEvent.click(within(item('Denial')).getByRole('button', { name: 'Delete Denial' }));
    await waitFor(() => expect(screen.queryByRole('treeitem', { name: 'Denial' })).toBeNull());
    expect(connection.api.codebook.remove).toHaveBeenCalledWith({ id: 'denial', annotations: 'untag' });

    fireEvent.click(within(item('Actor')).getByRole('button', { name: 'Delete Actor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Actor' });
    expect(dialog.textContent).toContain('1 annotation uses');
    fireEvent.click(within(dialog).getByRole('radio', { name: /Move them to/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete tag' }));
    await waitFor(() => expect(screen.queryByRole('treeitem', { name: 'Actor' })).toBeNull());
    expect(connection.api.codebook.remove).toHaveBeenLastCalledWith({
      id: 'actor',
      annotations: { reassignTo: 'claim' },
    });
    await waitFor(() => expect(annotationsList().textContent).toContain('Claim'));

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(await screen.findByRole('treeitem', { name: 'Actor' })).toBeTruthy();
    await waitFor(() => expect(connection.store.annotations[0]!.tagIds).toEqual(['actor']));
  });
});

describe('the codebook from the keyboard and mouse', () => {
  it('renames on double-click when nothing is selected, and Escape cancels', async () => {
    const connection = await openDocument([]);
    fireEvent.doubleClick(item('Actor'));
    const input = screen.getByRole('textbox', { name: 'New name for Actor' });
    fireEvent.change(input, { target: { value: 'Speaker' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'New name for Actor' })).toBeNull();
    expect(connection.api.codebook.update).not.toHaveBeenCalled();
  });

  it('Enter on a tag tags the selection; Delete on a tag asks before deleting a used one', async () => {
    const connection = await openDocument();
    const tree = screen.getByRole('tree', { name: 'Codebook' });
    selectText(0, 3);
    fireEvent.keyDown(tree, { key: 'End' });
    expect(tree.getAttribute('aria-activedescendant')).toBe('tag-item-actor');
    fireEvent.keyDown(tree, { key: 'Enter' });
    await within(annotationsList()).findByRole('option', { name: 'The' });
    expect(connection.api.annotations.create).toHaveBeenCalledWith(
      expect.objectContaining({ tagIds: ['actor'] }),
    );
    fireEvent.keyDown(tree, { key: 'Delete' });
    const dialog = await screen.findByRole('dialog', { name: 'Delete Actor' });
    expect(dialog.textContent).toContain('2 annotations use');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(connection.api.codebook.remove).not.toHaveBeenCalled();
  });

  it('collapses, and says when a digit has no tag', async () => {
    await openDocument([]);
    selectText(0, 3);
    fireEvent.keyDown(screen.getByTestId('source-text'), { key: '7' });
    expect(status()).toContain('No tag has the key 7.');
    const toggle = screen.getByRole('button', { name: 'Codebook' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('tree', { name: 'Codebook' })).toBeNull();
  });
});

describe('the shortcuts sheet', () => {
  it('opens with ? outside text fields and closes with Escape', async () => {
    await openDocument([]);
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search annotations' }), { key: '?' });
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    fireEvent.keyDown(document.body, { key: '?' });
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet.textContent).toContain('Tag the selected text');
    fireEvent.keyDown(sheet, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});
