import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStub } from './support/monaco-stub';
import { annotationsList, openDocument, stored } from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

const two = [
  stored('a1', 4, 12, { tagIds: ['denial'] }),
  stored('a2', 24, 30, { tagIds: ['actor'], note: 'Who wrote it?' }),
];
const undo = () => fireEvent.keyDown(window, { key: 'z', ctrlKey: true });

async function selectReport() {
  const connection = await openDocument(two);
  fireEvent.click(await within(annotationsList()).findByRole('option', { name: 'report' }));
  return connection;
}

describe('note details', () => {
  it('sets the confidence, one undo step', async () => {
    const connection = await selectReport();
    const confidence = screen.getByRole('combobox', { name: 'Confidence' });
    expect(confidence).toHaveProperty('value', '');
    fireEvent.change(confidence, { target: { value: 'moderate' } });
    await waitFor(() => expect(confidence).toHaveProperty('value', 'moderate'));
    expect(connection.api.annotations.update).toHaveBeenCalledWith({
      documentId: 'd1',
      id: 'a2',
      confidence: 'moderate',
    });
    expect(connection.store.annotations[1]!.confidence).toBe('moderate');
    undo();
    await waitFor(() => expect(confidence).toHaveProperty('value', ''));
    expect(connection.store.annotations[1]!.confidence).toBeNull();
    // Loaded once for the link picker, not again after every save.
    expect(connection.api.annotations.listAll).toHaveBeenCalledTimes(1);
  });

  it('links to another annotation of the workspace, removes the link, and undo brings it back', async () => {
    const connection = await selectReport();
    fireEvent.change(screen.getByRole('combobox', { name: 'Link type' }), {
      target: { value: 'contradicts' },
    });
    const target = screen.getByRole('combobox', { name: 'Linked annotation' });
    // The list comes from the workspace-wide view; the annotation itself is not offered.
    await waitFor(() =>
      expect(
        within(target)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Choose an annotation…', '“minister” (Minister denies report)']),
    );
    expect(screen.getByRole('button', { name: 'Add link' })).toHaveProperty('disabled', true);
    // Taking focus lists the workspace afresh, so the choice is never stale.
    const listed = connection.api.annotations.listAll.mock.calls.length;
    fireEvent.focus(target);
    await waitFor(() => expect(connection.api.annotations.listAll.mock.calls.length).toBe(listed + 1));
    fireEvent.change(target, { target: { value: 'a1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add link' }));
    const links = screen.getByRole('list', { name: 'Links' });
    await waitFor(() =>
      expect(links.textContent).toContain('Contradicts “minister” (Minister denies report)'),
    );
    expect(connection.api.annotations.update).toHaveBeenCalledWith({
      documentId: 'd1',
      id: 'a2',
      links: [{ type: 'contradicts', target: 'a1' }],
    });

    fireEvent.click(
      within(links).getByRole('button', {
        name: 'Remove link: contradicts “minister” (Minister denies report)',
      }),
    );
    await waitFor(() => expect(within(links).queryAllByRole('listitem')).toHaveLength(0));
    expect(connection.store.annotations[1]!.links).toEqual([]);
    undo();
    await waitFor(() => expect(within(links).queryAllByRole('listitem')).toHaveLength(1));
    expect(connection.store.annotations[1]!.links).toEqual([{ type: 'contradicts', target: 'a1' }]);
  });
});
