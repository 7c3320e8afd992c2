import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotation } from './support/fake-tagging';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';
import { resetStub, revealed } from './support/monaco-stub';
import { annotationsList, stored, tags, TEXT } from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

const OTHER = 'Aides spoke to reporters about the minister.';

async function workspace() {
  const first = loupeDocument(summary({ id: 'd1', title: 'Minister denies report' }), TEXT);
  const second = loupeDocument(summary({ id: 'd2', title: 'Aides speak' }), OTHER);
  const aides = annotation('b1', 0, 5, { documentId: 'd2', tagIds: ['actor'], note: 'Unnamed' });
  aides.selectors[1] = { ...aides.selectors[1], exact: 'Aides' };
  const kept = [stored('a1', 4, 12, { tagIds: ['denial'] }), aides];
  const connection = fakeConnection([first, second], false, { tags, annotations: kept });
  renderWith(connection);
  fireEvent.click(await screen.findByRole('option', { name: 'Minister denies report' }));
  await within(annotationsList()).findByRole('option', { name: 'minister' });
  return connection;
}

const names = () =>
  within(annotationsList())
    .queryAllByRole('option')
    .map((o) => o.getAttribute('aria-label'));

describe('the workspace-wide annotations view', () => {
  it('lists every document’s annotations with titles, filtered the same way', async () => {
    const connection = await workspace();
    expect(names()).toEqual(['minister']);
    const toggle = screen.getByRole('group', { name: 'Show annotations of' });
    fireEvent.click(within(toggle).getByRole('button', { name: 'All documents' }));
    await waitFor(() => expect(names()).toEqual(['Aides', 'minister']));
    expect(connection.api.annotations.listAll).toHaveBeenCalled();
    expect(within(toggle).getByRole('button', { name: 'All documents' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const aides = within(annotationsList()).getByRole('option', { name: 'Aides' });
    expect(aides.textContent).toContain('Aides speak');

    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by tag' }), { target: { value: 'claim' } });
    expect(names()).toEqual(['minister']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by tag' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search annotations' }), {
      target: { value: 'unnamed' },
    });
    expect(names()).toEqual(['Aides']);

    fireEvent.click(within(toggle).getByRole('button', { name: 'This document' }));
    expect(names()).toEqual([]);
  });

  it('opens the other document and reveals the span when an item is activated', async () => {
    await workspace();
    fireEvent.click(screen.getByRole('button', { name: 'All documents' }));
    fireEvent.click(await within(annotationsList()).findByRole('option', { name: 'Aides' }));
    expect(await screen.findByRole('region', { name: 'Aides speak' })).toBeTruthy();
    await waitFor(() => expect(revealed.at(-1)).toEqual({ start: 0, end: 5 }));
    expect(screen.getByRole('option', { name: 'Aides speak' }).getAttribute('aria-selected')).toBe('true');
  });

  it('follows changes: a deletion from the list disappears after the save', async () => {
    const connection = await workspace();
    fireEvent.click(screen.getByRole('button', { name: 'All documents' }));
    fireEvent.click(await within(annotationsList()).findByRole('option', { name: 'Aides' }));
    await screen.findByRole('region', { name: 'Aides speak' });
    fireEvent.keyDown(annotationsList(), { key: 'Delete' });
    await waitFor(() => expect(names()).toEqual(['minister']));
    expect(connection.store.annotations.map((a) => a.id)).toEqual(['a1']);
  });
});
