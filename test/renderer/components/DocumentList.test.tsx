import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentList, WINDOWING_THRESHOLD } from '../../../renderer/src/components/DocumentList';
import { summary } from '../support/fake-connection';

afterEach(cleanup);

const many = (count: number) =>
  Array.from({ length: count }, (_, i) => summary({ id: `${i}`.padStart(8, '0') }));

describe('DocumentList', () => {
  it('keeps every option in the DOM for a small list', () => {
    render(<DocumentList documents={many(WINDOWING_THRESHOLD)} selectedId={null} onSelect={() => {}} />);
    expect(screen.getAllByRole('option')).toHaveLength(WINDOWING_THRESHOLD);
  });

  it('renders only a window of a 10,000-row list, each row knowing its place', () => {
    render(<DocumentList documents={many(10_000)} selectedId={null} onSelect={() => {}} />);
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(100);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('10000');
  });

  it('brings the selected row of a long list into the window', () => {
    const documents = many(10_000);
    render(<DocumentList documents={documents} selectedId={documents[9_999]!.id} onSelect={() => {}} />);
    const option = screen.getByRole('option', { name: 'Article 00009999' });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(option.getAttribute('aria-posinset')).toBe('10000');
    expect(screen.getByRole('listbox').getAttribute('aria-activedescendant')).toBe(option.id);
  });

  it.each([
    ['ArrowDown', null, 0],
    ['ArrowDown', 1, 2],
    ['ArrowDown', 4, 4],
    ['ArrowUp', 3, 2],
    ['ArrowUp', 0, 0],
    ['Home', 3, 0],
    ['End', 1, 4],
  ] as const)('%s from row %s opens row %s', (key, from, expected) => {
    const documents = many(5);
    const onSelect = vi.fn();
    const selectedId = from === null ? null : documents[from]!.id;
    render(<DocumentList documents={documents} selectedId={selectedId} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('listbox', { name: 'Documents' }), { key });
    if (expected === from) expect(onSelect).not.toHaveBeenCalled();
    else expect(onSelect).toHaveBeenCalledWith(documents[expected]!.id);
  });
});
