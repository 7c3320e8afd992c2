import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlacedAnnotation } from '../../../shared/domain/codebook';
import { AnnotationsPanel } from '../../../renderer/src/components/AnnotationsPanel';
import { annotation, placed, tag } from '../support/fake-tagging';

vi.mock('../../../renderer/src/components/MonacoView', () => import('../support/monaco-stub'));
afterEach(cleanup);

const tags = [tag({ id: 'claim', name: 'Claim' })];
const many = (count: number) =>
  Array.from({ length: count }, (_, i) => placed(annotation(`a${i}`, i * 10, i * 10 + 5)));

function Panel({ annotations }: { annotations: PlacedAnnotation[] }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const nothing = () => undefined;
  return (
    <AnnotationsPanel
      annotations={annotations}
      scope="document"
      onScope={nothing}
      onTagAll={nothing}
      tags={tags}
      documentOpen
      error=""
      selectedId={selectedId}
      onSelect={(a) => setSelectedId(a.id)}
      onReveal={nothing}
      onDelete={nothing}
      onNote={nothing}
      linkTargets={[]}
      onLinkTargets={nothing}
      onDetails={nothing}
    />
  );
}

const list = () => screen.getByRole('listbox', { name: 'Annotations' });
const options = () => within(list()).getAllByRole('option');

describe('the annotations list', () => {
  it('renders every row of a short list', () => {
    render(<Panel annotations={many(12)} />);
    expect(options()).toHaveLength(12);
    expect(options()[11]!.getAttribute('aria-posinset')).toBe('12');
  });

  it('renders only the rows in view of a long one, each saying where it sits', () => {
    render(<Panel annotations={many(1000)} />);
    const rows = options();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('1000');
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1');
  });

  it('keeps keyboard navigation: End selects the last row and brings it into the DOM', () => {
    render(<Panel annotations={many(1000)} />);
    fireEvent.keyDown(list(), { key: 'ArrowDown' });
    expect(list().getAttribute('aria-activedescendant')).toBe('annotation-item-a0');
    fireEvent.keyDown(list(), { key: 'End' });
    const active = list().getAttribute('aria-activedescendant');
    expect(active).toBe('annotation-item-a999');
    const row = document.getElementById(active!);
    expect(row?.getAttribute('aria-selected')).toBe('true');
    expect(row?.getAttribute('aria-posinset')).toBe('1000');
    fireEvent.keyDown(list(), { key: 'ArrowUp' });
    expect(list().getAttribute('aria-activedescendant')).toBe('annotation-item-a998');
  });
});
