import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { annotation, tag } from './fake-tagging';
import { fakeConnection, loupeDocument, summary } from './fake-connection';
import { renderWith } from './render-app';

/**
 * The tagging scenario shared by the App-level tests: one open document, a small codebook
 * (a parent with a child, and a second top-level tag) and its stored annotations.
 * Needs `vi.mock(...MonacoView, () => import('./support/monaco-stub'))` in the test file.
 */
export const TEXT = 'The minister denied the report on Tuesday, aides said.';
const doc = loupeDocument(summary({ id: 'd1', title: 'Minister denies report' }), TEXT);
export const tags = [
  tag({ id: 'claim', name: 'Claim', color: '#e4572e', shortcut: '1' }),
  tag({ id: 'denial', name: 'Denial', parent: 'claim' }),
  tag({ id: 'actor', name: 'Actor', color: '#2e86de', shortcut: '2' }),
];

/** A stored annotation whose quote is the document's text at that place, so it anchors. */
export function stored(id: string, start: number, end: number, extra: Parameters<typeof annotation>[3] = {}) {
  const made = annotation(id, start, end, extra);
  made.selectors[1] = { ...made.selectors[1], exact: TEXT.slice(start, end) };
  return made;
}

export async function openDocument(
  kept = [stored('a-old', 24, 30, { tagIds: ['actor'], note: 'Check\nmore' })],
) {
  const connection = fakeConnection([doc], false, { tags, annotations: kept });
  renderWith(connection);
  fireEvent.click(await screen.findByRole('option', { name: 'Minister denies report' }));
  await screen.findByTestId('source-text');
  await waitFor(() => expect(connection.api.annotations.list).toHaveBeenCalled());
  return connection;
}

export const annotationsList = () => screen.getByRole('listbox', { name: 'Annotations' });
export const decorations = () => within(screen.getByTestId('decorations')).queryAllByRole('listitem');
export const status = () => screen.getByRole('status').textContent ?? '';
