import {
  act,
  cleanup,
  createEvent,
  fireEvent,
  renderHook,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaneLayout } from '../../shared/panes/pane-layout';
import { sideBySide } from '../../shared/panes/pane-layout';
import { usePaneLayout } from '../../renderer/src/state/use-pane-layout';
import type { DecorationSpec } from '../../renderer/src/tagging/decorations';
import { annotation, tag } from './support/fake-tagging';
import { fakeConnection, loupeDocument, ok, summary } from './support/fake-connection';
import { resetStub, selectText } from './support/monaco-stub';
import { renderWith } from './support/render-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

const first = loupeDocument(
  summary({ id: 'd1', title: 'Minister denies report' }),
  'The minister denied it.',
);
const second = loupeDocument(
  summary({ id: 'd2', title: 'Aides speak out' }),
  'Aides said the report was true.',
);
const third = loupeDocument(summary({ id: 'd3', title: 'Markets calm' }), 'Markets stayed calm.');
const tags = [tag({ id: 'claim', name: 'Claim', color: '#e4572e', shortcut: '1' })];

const slot = (paneId: string) => document.querySelector<HTMLElement>(`[data-pane-id="${paneId}"]`)!;
const bar = (n: number) => screen.getByRole('toolbar', { name: `Pane ${n} controls` });
const shownTitles = () =>
  [...document.querySelectorAll('[data-pane-id]')].map(
    (el) => `${el.getAttribute('data-pane-id')}:${el.querySelector('section')?.getAttribute('aria-label')}`,
  );
const decorationsIn = (paneId: string) =>
  [...slot(paneId).querySelectorAll('[data-testid="decorations"] li')].map((li) => li.textContent);

const minister = annotation('a1', 4, 12);
minister.selectors[1] = { ...minister.selectors[1], exact: 'minister' };

async function start(saved: PaneLayout | null = null, stored = [minister]) {
  const connection = fakeConnection([first, second, third], false, { tags, annotations: stored });
  connection.api.workspace.layout.mockResolvedValue(ok(saved));
  renderWith(connection);
  await screen.findByRole('option', { name: 'Minister denies report' });
  return connection;
}

async function open(title: string) {
  fireEvent.click(screen.getByRole('option', { name: title }));
  await waitFor(() => expect(screen.getAllByRole('region', { name: title }).length).toBeGreaterThan(0));
}

describe('reading panes', () => {
  it('splits right, opens the list selection in the new active pane, and keeps the first pane', async () => {
    await start();
    await open('Minister denies report');
    fireEvent.click(within(bar(1)).getByRole('button', { name: 'Split pane 1 right' }));
    expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Minister denies report']);
    expect(slot('p2').getAttribute('data-active')).toBe('true');
    await open('Aides speak out');
    expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Aides speak out']);
    expect(screen.getByRole('option', { name: 'Aides speak out' }).getAttribute('aria-selected')).toBe(
      'true',
    );

    // Focusing the first pane makes it active: the list follows it, the second pane stays.
    fireEvent.focus(within(slot('p1')).getByTestId('source-text'));
    expect(slot('p1').getAttribute('data-active')).toBe('true');
    expect(screen.getByRole('option', { name: 'Minister denies report' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Aides speak out']);
  });

  it('tags in the pane that has focus and keeps the decoration there once another pane is active', async () => {
    const connection = await start(sideBySide(['d1', 'd2']));
    await waitFor(() => expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Aides speak out']));
    const text = await within(slot('p2')).findByTestId('source-text');
    fireEvent.focus(text);
    selectText(0, 5);
    fireEvent.keyDown(text, { key: '1' });
    expect(decorationsIn('p2')).toEqual(['Aides']);
    await waitFor(() => expect(connection.store.annotations.some((a) => a.documentId === 'd2')).toBe(true));

    fireEvent.focus(within(slot('p1')).getByTestId('source-text'));
    await waitFor(() => expect(decorationsIn('p1')).toEqual(['minister']));
    // The second pane is inactive now and reads its own document's annotations.
    await waitFor(() => expect(decorationsIn('p2')).toEqual(['Aides']));
    expect(connection.api.annotations.list).toHaveBeenCalledWith({ documentId: 'd2' });
  });

  it('refuses a fifth pane and says why', async () => {
    await start(sideBySide(['d1', 'd2', 'd3', 'd1']));
    await waitFor(() => expect(document.querySelectorAll('[data-pane-id]')).toHaveLength(4));
    fireEvent.click(within(bar(1)).getByRole('button', { name: 'Split pane 1 down' }));
    expect(document.querySelectorAll('[data-pane-id]')).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toContain(
      'At most 4 panes fit side by side; close one first.',
    );
  });

  it('resizes with the keyboard, maximises and restores, and closes a pane', async () => {
    await start(sideBySide(['d1', 'd2']));
    const splitter = await screen.findByRole('separator', { name: 'Resize panes 1 and 2' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('50');
    fireEvent.keyDown(splitter, { key: 'ArrowRight' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('55');
    fireEvent.keyDown(splitter, { key: 'End' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('85');
    expect(slot('p1').style.width).toBe('85%');

    fireEvent.click(within(bar(2)).getByRole('button', { name: 'Maximise pane 2' }));
    expect(slot('p2').style.width).toBe('100%');
    expect(slot('p1').getAttribute('aria-hidden')).toBe('true');
    expect(screen.queryByRole('separator')).toBeNull();
    fireEvent.click(within(bar(2)).getByRole('button', { name: 'Restore the panes' }));
    expect(slot('p1').getAttribute('aria-hidden')).toBeNull();

    fireEvent.click(within(bar(1)).getByRole('button', { name: 'Close pane 1' }));
    expect(shownTitles()).toEqual(['p2:Aides speak out']);
  });

  it('moves between panes with Ctrl+Alt+arrows and splits with Ctrl+Alt+\\', async () => {
    await start(sideBySide(['d1', 'd2']));
    await waitFor(() => expect(slot('p1').getAttribute('data-active')).toBe('true'));
    fireEvent.keyDown(window, { code: 'ArrowRight', key: 'ArrowRight', ctrlKey: true, altKey: true });
    expect(slot('p2').getAttribute('data-active')).toBe('true');
    fireEvent.keyDown(window, { code: 'ArrowRight', key: 'ArrowRight', ctrlKey: true, altKey: true });
    expect(slot('p1').getAttribute('data-active')).toBe('true');
    fireEvent.keyDown(window, { code: 'Backslash', key: '\\', ctrlKey: true, altKey: true });
    expect(shownTitles()).toEqual([
      'p1:Minister denies report',
      'p2:Aides speak out',
      'p3:Minister denies report',
    ]);
  });

  it('follows the desktop menu pane commands', async () => {
    const connection = await start(sideBySide(['d1', 'd2']));
    await waitFor(() => expect(slot('p1').getAttribute('data-active')).toBe('true'));
    act(() => connection.emit({ type: 'menu.command', command: 'pane-next' }));
    expect(slot('p2').getAttribute('data-active')).toBe('true');
    act(() => connection.emit({ type: 'menu.command', command: 'pane-split-down' }));
    expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Aides speak out', 'p3:Aides speak out']);
    expect(slot('p3').style.top).toBe('50%');
    act(() => connection.emit({ type: 'menu.command', command: 'pane-maximise' }));
    expect(slot('p3').className).toContain('pane-slot-maximised');
    act(() => connection.emit({ type: 'menu.command', command: 'pane-close' }));
    expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Aides speak out']);
    act(() => connection.emit({ type: 'menu.command', command: 'pane-previous' }));
    expect(slot('p1').getAttribute('data-active')).toBe('true');
  });

  it('reads an inactive pane’s annotations again when a file changed outside Loupe', async () => {
    const connection = await start(sideBySide(['d1', 'd2']));
    await waitFor(() => expect(decorationsIn('p1')).toEqual(['minister']));
    const outside = annotation('a9', 0, 5, { documentId: 'd2' });
    outside.selectors[1] = { ...outside.selectors[1], exact: 'Aides' };
    connection.store.annotations.push(outside);
    act(() =>
      connection.emit({
        type: 'store.problem',
        problem: { kind: 'changed-outside', file: 'annotations/d2.json', message: 'Read again.' },
      }),
    );
    await waitFor(() => expect(decorationsIn('p2')).toEqual(['Aides']));
  });

  it('opens a document dropped in the middle of a pane there, and on an edge in a new pane', async () => {
    await start();
    await open('Minister denies report');
    const rect = { left: 0, top: 0, width: 400, height: 300, right: 400, bottom: 300, x: 0, y: 0 };
    slot('p1').getBoundingClientRect = () => ({ ...rect, toJSON: () => rect });
    // happy-dom's drag events carry no pointer position or data: both are set by hand.
    function fireDrag(type: 'dragOver' | 'drop', id: string, clientX: number, clientY: number) {
      const dataTransfer = {
        types: ['application/x-loupe-document'],
        getData: (type: string) => (type === 'application/x-loupe-document' ? id : ''),
        dropEffect: 'none',
      };
      const event = createEvent[type](slot('p1'), { dataTransfer });
      Object.defineProperties(event, { clientX: { value: clientX }, clientY: { value: clientY } });
      fireEvent(slot('p1'), event);
    }
    fireDrag('dragOver', 'd2', 390, 150);
    expect(slot('p1').className).toContain('pane-drop-right');
    fireDrag('drop', 'd2', 390, 150);
    expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Aides speak out']);

    slot('p1').getBoundingClientRect = () => ({ ...rect, toJSON: () => rect });
    fireDrag('drop', 'd3', 200, 150);
    expect(shownTitles()).toEqual(['p1:Markets calm', 'p2:Aides speak out']);
    expect(slot('p1').getAttribute('data-active')).toBe('true');
  });

  it('restores the saved layout and saves changes after a pause', async () => {
    const connection = await start({ ...sideBySide(['d1', 'd3']), activeId: 'p2' });
    await waitFor(() => expect(shownTitles()).toEqual(['p1:Minister denies report', 'p2:Markets calm']));
    expect(screen.getByRole('option', { name: 'Markets calm' }).getAttribute('aria-selected')).toBe('true');
    // Showing the saved layout is not a change: nothing is written back.
    expect(connection.api.workspace.saveLayout).not.toHaveBeenCalled();
    await open('Aides speak out');
    await waitFor(() => expect(connection.api.workspace.saveLayout).toHaveBeenCalledTimes(1), {
      timeout: 2000,
    });
    expect(connection.api.workspace.saveLayout).toHaveBeenCalledWith({
      layout: { ...sideBySide(['d1', 'd2']), activeId: 'p2' },
    });
  });
});

describe('usePaneLayout openSideBySide', () => {
  const mark = (id: string): DecorationSpec => ({
    id,
    start: 0,
    end: 3,
    className: 'loupe-mark',
    hover: 'Only here',
    color: '#000000',
  });

  it('shows the documents with their marks, and drops a pane’s marks when it opens another document', async () => {
    const connection = fakeConnection([first, second, third]);
    const say = vi.fn();
    const { result } = renderHook(() => usePaneLayout(connection.api, say));
    await waitFor(() => expect(connection.api.workspace.layout).toHaveBeenCalled());
    act(() => result.current.openSideBySide(['d1', 'd2', 'd3'], { d2: [mark('m1')], d3: [mark('m2')] }));
    expect(result.current.layout).toEqual(sideBySide(['d1', 'd2', 'd3']));
    expect(result.current.marks).toEqual({
      p2: { docId: 'd2', specs: [mark('m1')] },
      p3: { docId: 'd3', specs: [mark('m2')] },
    });
    act(() => result.current.openIn('p2', 'd1'));
    expect(Object.keys(result.current.marks)).toEqual(['p3']);
    act(() => result.current.openSideBySide(['d1', 'd2', 'd3', 'd1', 'd2']));
    expect(result.current.layout).toEqual(sideBySide(['d1', 'd2', 'd3', 'd1']));
    expect(result.current.marks).toEqual({});
  });
});
