import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../../renderer/src/state/use-briefings';
import { fakeConnection, loupeDocument, summary } from './support/fake-connection';
import { renderWith } from './support/render-app';
import { resetStub } from './support/monaco-stub';
import { annotationsList, status, stored, tags, TEXT } from './support/tagging-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(() => {
  resetStub();
  window.localStorage.clear();
});
afterEach(cleanup);

const OTHER = 'Aides spoke to reporters about the minister.';

/** Two documents, three annotations (two tagged Claim), the App rendered, nothing open. */
async function workspace() {
  const first = loupeDocument(summary({ id: 'd1', title: 'Minister denies report' }), TEXT);
  const second = loupeDocument(summary({ id: 'd2', title: 'Aides speak', source: 'The Other Paper' }), OTHER);
  const aides = stored('b1', 0, 5, { documentId: 'd2', tagIds: ['claim'] });
  aides.selectors[1] = { ...aides.selectors[1], exact: 'Aides' };
  const kept = [
    stored('a1', 4, 12, { tagIds: ['claim'] }),
    stored('a2', 24, 30, { tagIds: ['actor'] }),
    aides,
  ];
  const connection = fakeConnection([first, second], false, { tags, annotations: kept });
  renderWith(connection);
  await screen.findByRole('option', { name: 'Minister denies report' });
  return connection;
}

const view = () => screen.getByRole('region', { name: 'Briefing' });
const judgment = (n = 1) => within(view()).getByRole('group', { name: `Key judgment ${n}` });

async function newBriefingWithJudgment(connection: Awaited<ReturnType<typeof workspace>>) {
  fireEvent.click(screen.getByRole('button', { name: 'Briefing' }));
  fireEvent.click(await within(view()).findByRole('button', { name: 'New briefing' }));
  await within(view()).findByRole('textbox', { name: 'Title' });
  fireEvent.click(within(view()).getByRole('button', { name: 'Add a key judgment' }));
  fireEvent.change(await within(view()).findByRole('textbox', { name: 'Key judgment 1 text' }), {
    target: { value: 'The minister denied it.' },
  });
  await waitFor(() =>
    expect(connection.briefingStore.briefings[0]?.judgments[0]?.text).toBe('The minister denied it.'),
  );
}

/** A DataTransfer good enough for React's drag events in happy-dom. */
function dataTransfer() {
  const data = new Map<string, string>();
  return {
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    get types() {
      return [...data.keys()];
    },
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}

describe('the briefing builder', () => {
  it('opens from the toolbar, creates a briefing and autosaves typing within a second', async () => {
    const connection = await workspace();
    fireEvent.click(screen.getByRole('button', { name: 'Briefing' }));
    expect(screen.getByRole('button', { name: 'Briefing' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(await within(view()).findByRole('button', { name: 'New briefing' }));
    const title = await within(view()).findByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: 'Denials' } });
    fireEvent.change(within(view()).getByRole('textbox', { name: 'Bottom line up front (BLUF)' }), {
      target: { value: 'The minister denies it.' },
    });
    fireEvent.change(within(view()).getByRole('combobox', { name: 'Handling (TLP)' }), {
      target: { value: 'TLP:RED' },
    });
    await waitFor(
      () => expect(connection.briefingStore.briefings[0]).toMatchObject({ title: 'Denials', tlp: 'TLP:RED' }),
      {
        timeout: AUTOSAVE_DELAY_MS + 600,
      },
    );
    expect(connection.briefingStore.briefings[0]!.bluf).toBe('The minister denies it.');
    // One save for the three quick edits, each building on the version it read.
    expect(connection.api.briefings.update).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(status()).toContain('All changes saved'));
    expect(within(view()).getByRole('combobox', { name: 'Open briefing' }).textContent).toContain('Denials');
  });

  it('warns about a judgment without evidence until an annotation is added with “Add to briefing…”', async () => {
    const connection = await workspace();
    await newBriefingWithJudgment(connection);
    expect(judgment().textContent).toContain('This key judgment cites no evidence.');
    fireEvent.click(screen.getByRole('option', { name: 'Minister denies report' }));
    fireEvent.click(await within(annotationsList()).findByRole('option', { name: 'minister' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to briefing…' }));
    const dialog = screen.getByRole('dialog', { name: 'Add to briefing' });
    expect(within(dialog).getByRole('combobox').textContent).toContain(
      'Key judgment 1: The minister denied it.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(judgment().textContent).not.toContain('cites no evidence'));
    expect(judgment().textContent).toContain('comes from a single document');
    const evidence = within(judgment()).getByRole('list', { name: 'Evidence for key judgment 1' });
    await waitFor(() => expect(evidence.textContent).toContain('“minister”'));
    await waitFor(() =>
      expect(connection.briefingStore.briefings[0]!.judgments[0]!.evidence).toEqual([
        { annotationId: 'a1', documentId: 'd1', credibility: null, translation: '' },
      ]),
    );
  });

  it('takes annotations dragged from the list, and grades them as “B2”', async () => {
    const connection = await workspace();
    await newBriefingWithJudgment(connection);
    fireEvent.click(screen.getByRole('button', { name: 'All documents' }));
    const aides = await within(annotationsList()).findByRole('option', { name: 'Aides' });
    const transfer = dataTransfer();
    fireEvent.dragStart(aides, { dataTransfer: transfer });
    fireEvent.dragOver(judgment(), { dataTransfer: transfer });
    fireEvent.drop(judgment(), { dataTransfer: transfer });
    const evidence = await within(judgment()).findByRole('list', { name: 'Evidence for key judgment 1' });
    expect(evidence.textContent).toContain('“Aides”');
    expect(evidence.textContent).toContain('ungraded');
    const sources = within(view()).getByRole('list', { name: 'Sources' });
    expect(sources.textContent).toContain('Aides speak');
    fireEvent.change(within(sources).getByRole('combobox', { name: 'Reliability' }), {
      target: { value: 'B' },
    });
    fireEvent.change(within(judgment()).getByRole('combobox', { name: 'Credibility' }), {
      target: { value: '2' },
    });
    expect(evidence.textContent).toContain('B2');
    fireEvent.change(within(judgment()).getByRole('textbox', { name: 'Translation or note' }), {
      target: { value: 'Helfer' },
    });
    await waitFor(() =>
      expect(connection.briefingStore.briefings[0]).toMatchObject({
        reliability: { d2: 'B' },
        judgments: [{ evidence: [{ annotationId: 'b1', credibility: 2, translation: 'Helfer' }] }],
      }),
    );
  });

  it('flags copies of one original as circular reporting, from the sources list', async () => {
    const connection = await workspace();
    await newBriefingWithJudgment(connection);
    fireEvent.click(screen.getByRole('button', { name: 'All documents' }));
    for (const name of ['Aides', 'minister']) {
      const transfer = dataTransfer();
      fireEvent.dragStart(await within(annotationsList()).findByRole('option', { name }), {
        dataTransfer: transfer,
      });
      fireEvent.drop(judgment(), { dataTransfer: transfer });
      await within(judgment()).findByText(`“${name}”`);
    }
    expect(judgment().textContent).not.toContain('single document');
    const sources = within(view()).getByRole('list', { name: 'Sources' });
    const aidesSource = within(sources).getByRole('listitem', { name: 'Aides speak' });
    fireEvent.change(within(aidesSource).getByRole('combobox', { name: 'Derivative of' }), {
      target: { value: 'd1' },
    });
    expect(judgment().textContent).toContain('copies of one original');
    await waitFor(() => expect(connection.briefingStore.briefings[0]!.derivativeOf).toEqual({ d2: 'd1' }));
  });

  it('undoes removing evidence and deleting the briefing with Ctrl+Z', async () => {
    const connection = await workspace();
    await newBriefingWithJudgment(connection);
    fireEvent.click(screen.getByRole('button', { name: 'All documents' }));
    const transfer = dataTransfer();
    fireEvent.dragStart(await within(annotationsList()).findByRole('option', { name: 'Aides' }), {
      dataTransfer: transfer,
    });
    fireEvent.drop(judgment(), { dataTransfer: transfer });
    fireEvent.click(await within(judgment()).findByRole('button', { name: 'Remove evidence' }));
    await waitFor(() => expect(judgment().textContent).toContain('cites no evidence'));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await within(judgment()).findByText('“Aides”');
    await waitFor(() =>
      expect(connection.briefingStore.briefings[0]!.judgments[0]!.evidence).toHaveLength(1),
    );

    fireEvent.click(within(view()).getByRole('button', { name: 'Delete briefing' }));
    await waitFor(() => expect(connection.briefingStore.briefings).toEqual([]));
    await waitFor(() => expect(within(view()).queryByRole('textbox', { name: 'Title' })).toBeNull());
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(connection.briefingStore.briefings).toHaveLength(1));
    await waitFor(() => expect(judgment().textContent).toContain('“Aides”'));
    await waitFor(() => expect(status()).toContain('Undid: delete briefing'));
  });

  it('fills a section from the annotations of a tag', async () => {
    const connection = await workspace();
    fireEvent.click(screen.getByRole('button', { name: 'Briefing' }));
    fireEvent.click(await within(view()).findByRole('button', { name: 'New briefing' }));
    await within(view()).findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(connection.api.annotations.listAll).toHaveBeenCalled());
    fireEvent.change(within(view()).getByRole('combobox', { name: 'Tag for a new section' }), {
      target: { value: 'claim' },
    });
    fireEvent.click(within(view()).getByRole('button', { name: 'Add a section per tag' }));
    const section = await within(view()).findByRole('group', { name: 'Section 1' });
    expect(within(section).getByRole('textbox', { name: 'Section 1 heading' })).toHaveProperty(
      'value',
      'Claim',
    );
    const quotes = within(section)
      .getAllByRole('blockquote')
      .map((q) => q.textContent);
    expect(quotes.sort()).toEqual(['“Aides”', '“minister”']);
  });

  it('shows the HTML rendering in a sandboxed frame, with the stored quote', async () => {
    const connection = await workspace();
    await newBriefingWithJudgment(connection);
    fireEvent.click(screen.getByRole('button', { name: 'All documents' }));
    const transfer = dataTransfer();
    fireEvent.dragStart(await within(annotationsList()).findByRole('option', { name: 'Aides' }), {
      dataTransfer: transfer,
    });
    fireEvent.drop(judgment(), { dataTransfer: transfer });
    const frame = within(view()).getByTitle('Briefing preview');
    expect(frame.getAttribute('sandbox')).toBe('');
    await waitFor(() => expect(frame.getAttribute('srcdoc')).toContain('“Aides”'));
    expect(frame.getAttribute('srcdoc')).toContain('The minister denied it.');
  });

  it('exports Markdown as a download, and says so when a format is not available', async () => {
    const connection = await workspace();
    await newBriefingWithJudgment(connection);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    try {
      fireEvent.click(within(view()).getByRole('button', { name: 'Export…' }));
      fireEvent.click(screen.getByRole('menuitem', { name: 'Markdown' }));
      await waitFor(() => expect(names).toEqual(['briefing.md']));
      expect(await blobs[0]!.text()).toContain('The minister denied it.');
      await waitFor(() => expect(status()).toContain('Exported briefing.md'));
      fireEvent.click(within(view()).getByRole('button', { name: 'Export…' }));
      fireEvent.click(screen.getByRole('menuitem', { name: 'PDF' }));
      await waitFor(() => expect(status()).toContain('unsupported format'));
      expect(names).toHaveLength(1);
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
    expect(connection.api.briefings.export).toHaveBeenCalledWith({
      id: connection.briefingStore.briefings[0]!.id,
      format: 'md',
    });
  });

  it('opens with Ctrl+5, listed in the shortcut sheet', async () => {
    await workspace();
    expect(screen.queryByRole('region', { name: 'Briefing' })).toBeNull();
    act(() => {
      fireEvent.keyDown(document.body, { key: '5', ctrlKey: true });
    });
    expect(view()).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('briefing-heading'));
    fireEvent.keyDown(document.body, { key: '?' });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent).toContain(
      'Open the briefing builder',
    );
  });

  it('opens the view and its export menu on File → Export Briefing… from the desktop menu', async () => {
    const connection = await workspace();
    act(() => connection.emit({ type: 'menu.command', command: 'export-briefing' }));
    expect(await screen.findByRole('menu', { name: 'Export briefing as' })).toBeTruthy();
    expect(
      within(screen.getByRole('menu', { name: 'Export briefing as' }))
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['HTML', 'Markdown', 'JSON', 'DOCX (Word)', 'PDF']);
    act(() => connection.emit({ type: 'menu.command', command: 'focus-briefing' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('briefing-heading'));
  });
});
