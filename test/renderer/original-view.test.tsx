import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OriginalView } from '../../shared/domain/corrections';
import { resetStub, selectText } from './support/monaco-stub';
import { openDocument, TEXT } from './support/tagging-app';
import { SHORTCUTS } from '../../renderer/src/components/ShortcutsDialog';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

beforeEach(resetStub);
afterEach(cleanup);

const FURNITURE = 'Home · World · Sign in';
/** A page: the site menu (removed), the article (kept, at offset 200 of the decoded page), a footer. */
const VIEW: OriginalView = {
  documentId: 'd1',
  runs: [
    { text: FURNITURE, kept: false, originalStart: 40, originalEnd: 80 },
    { text: '\n\n', kept: false, originalStart: 80, originalEnd: 80 },
    {
      text: TEXT,
      kept: true,
      originalStart: 200,
      originalEnd: 200 + TEXT.length,
      cleanStart: 0,
      cleanEnd: TEXT.length,
    },
  ],
  unavailable: null,
  outlet: 'example.org',
  corrections: [
    {
      id: 'c1',
      action: 'boilerplate',
      start: 300,
      end: 320,
      quote: 'Read our newsletter',
      created: '2026-11-23T10:00:00.000Z',
      ruleIds: ['r1'],
    },
  ],
  rules: [
    {
      id: 'r1',
      outlet: 'example.org',
      action: 'boilerplate',
      match: { type: 'text', text: 'read our newsletter' },
      example: 'Read our newsletter',
      created: '2026-11-23T10:00:00.000Z',
      fromDocument: 'd1',
      applies: true,
    },
  ],
};
const OUTCOME = { changed: true, anchors: { position: 1, quote: 0, fuzzy: 0, orphan: 1 }, correction: null };

const toggle = (name: 'Clean' | 'Original') =>
  within(screen.getByRole('group', { name: 'Text view' })).getByRole('button', { name });
const originalText = () => screen.findByLabelText('Original of Minister denies report');

async function openOriginal() {
  const connection = await openDocument();
  connection.api.corpus.original.mockResolvedValue({ ok: true, value: VIEW });
  connection.api.corpus.correct.mockResolvedValue({ ok: true, value: OUTCOME });
  connection.api.corpus.uncorrect.mockResolvedValue({ ok: true, value: OUTCOME });
  fireEvent.click(toggle('Original'));
  return connection;
}

describe('the clean / original toggle', () => {
  it('shows the original with the removed text greyed, and back', async () => {
    await openOriginal();
    expect(toggle('Original').getAttribute('aria-pressed')).toBe('true');
    const shown = await originalText();
    expect(shown.textContent).toBe(`${FURNITURE}\n\n${TEXT}`);
    const greyed = within(shown.parentElement!).getAllByRole('listitem');
    expect(greyed.map((item) => [item.textContent, item.className])).toEqual([
      [FURNITURE, 'original-removed'],
    ]);
    fireEvent.click(toggle('Clean'));
    expect(toggle('Clean').getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByLabelText('Original of Minister denies report')).toBeNull();
  });

  it('toggles with Shift+Ctrl+O, listed among the shortcuts', async () => {
    const connection = await openDocument();
    fireEvent.keyDown(window, { key: 'O', ctrlKey: true, shiftKey: true });
    expect(toggle('Original').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(connection.api.corpus.original).toHaveBeenCalledWith({ id: 'd1' }));
    fireEvent.keyDown(window, { key: 'O', ctrlKey: true, shiftKey: true });
    expect(toggle('Clean').getAttribute('aria-pressed')).toBe('true');
    expect(SHORTCUTS.map((s) => s.does).join('\n')).toMatch(/clean text and the original/);
  });

  it('says so when a format has no original view', async () => {
    const connection = await openDocument();
    connection.api.corpus.original.mockResolvedValue({
      ok: true,
      value: {
        ...VIEW,
        runs: null,
        unavailable: 'The original view is not available for PDF documents yet.',
      },
    });
    fireEvent.click(toggle('Original'));
    expect(await screen.findByText('The original view is not available for PDF documents yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark as boilerplate' })).toHaveProperty('disabled', true);
  });
});

describe('corrections', () => {
  it('keeps or drops the selection of the original by key, in the original’s offsets, then reloads', async () => {
    const connection = await openOriginal();
    const shown = await originalText();
    const at = FURNITURE.length + 2;
    selectText(at + 4, at + 12); // "minister"
    fireEvent.keyDown(shown, { key: 'b' });
    await waitFor(() =>
      expect(connection.api.corpus.correct).toHaveBeenCalledWith({
        id: 'd1',
        action: 'boilerplate',
        from: 'original',
        start: 204,
        end: 212,
      }),
    );
    // The text and the annotations are asked for again, and the orphan is mentioned.
    await waitFor(() => expect(connection.api.corpus.get).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(connection.api.annotations.list.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(await screen.findByText(/1 annotation is no longer in the text/)).toBeTruthy();

    selectText(0, 4); // "Home", removed furniture
    fireEvent.keyDown(shown, { key: 'k' });
    await waitFor(() =>
      expect(connection.api.corpus.correct).toHaveBeenLastCalledWith({
        id: 'd1',
        action: 'keep',
        from: 'original',
        start: 40,
        end: 80,
      }),
    );
  });

  it('marks the clean selection as boilerplate with the button', async () => {
    const connection = await openDocument();
    connection.api.corpus.correct.mockResolvedValue({ ok: true, value: OUTCOME });
    expect(screen.queryByRole('button', { name: 'Keep as article text' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as boilerplate' }));
    expect(await screen.findByText('Select the text to correct first.')).toBeTruthy();
    selectText(4, 12);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as boilerplate' }));
    await waitFor(() =>
      expect(connection.api.corpus.correct).toHaveBeenCalledWith({
        id: 'd1',
        action: 'boilerplate',
        from: 'clean',
        start: 4,
        end: 12,
      }),
    );
  });

  it('lists the corrections and outlet rules that apply, and removes one', async () => {
    const connection = await openOriginal();
    const list = await screen.findByRole('list', { name: 'Corrections of this document' });
    expect(list.textContent).toContain('Read our newsletter');
    const rules = screen.getByRole('list', { name: 'Rules remembered for example.org' });
    expect(rules.textContent).toContain('(applies here)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove correction “Read our newsletter”' }));
    await waitFor(() =>
      expect(connection.api.corpus.uncorrect).toHaveBeenCalledWith({ id: 'd1', correctionId: 'c1' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Forget the rule “Read our newsletter”' }));
    await waitFor(() =>
      expect(connection.api.corpus.uncorrect).toHaveBeenLastCalledWith({ id: 'd1', ruleId: 'r1' }),
    );
  });
});
