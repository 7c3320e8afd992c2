import { describe, expect, it } from 'vitest';
import {
  FIRST_PART,
  LATER_PART,
  STEP_BUDGET_MS,
  firstPartEnd,
  nextPartSize,
  screenfulChars,
} from '../../../renderer/src/monaco/staged-text';

describe('firstPartEnd', () => {
  it('keeps a short text whole', () => {
    expect(firstPartEnd('short')).toBe(5);
    const twoScreens = 'a'.repeat(FIRST_PART * 2);
    expect(firstPartEnd(twoScreens)).toBe(twoScreens.length);
  });

  it('cuts a long text just after the first line end past the target', () => {
    const line = 'x'.repeat(99) + '\n';
    const text = line.repeat(200);
    const cut = firstPartEnd(text, 1000);
    expect(cut).toBe(1100);
    expect(text[cut - 1]).toBe('\n');
  });

  it('cuts a single long line at the target, never inside a surrogate pair', () => {
    const text = '😀'.repeat(5000);
    const cut = firstPartEnd(text, 1001);
    expect(cut).toBe(1002);
    expect(text.slice(0, cut) + text.slice(cut)).toBe(text);
    expect(text.slice(0, cut).at(-1)).not.toMatch(/[\ud800-\udbff]$/);
    expect(text.charCodeAt(cut)).toBeGreaterThanOrEqual(0xd800);
    expect(text.charCodeAt(cut)).toBeLessThanOrEqual(0xdbff);
  });

  it('does not wait for a line end far away', () => {
    const text = 'y'.repeat(5000) + '\n' + 'z'.repeat(10);
    expect(firstPartEnd(text, 1000)).toBe(1000);
  });
});

describe('nextPartSize', () => {
  it('sizes the next step so it takes about the budget at the last step’s speed', () => {
    // 3,000 characters in 12 ms (a cold editor): half the size next time.
    expect(nextPartSize(LATER_PART, 3000, STEP_BUDGET_MS * 2)).toBe(1500);
    // 3,000 in 3 ms: twice as many, no more.
    expect(nextPartSize(LATER_PART, 3000, STEP_BUDGET_MS / 2)).toBe(6000);
    expect(nextPartSize(LATER_PART, 3000, STEP_BUDGET_MS / 10)).toBe(6000);
  });

  it('grows a step too quick to time, up to a ceiling', () => {
    let part = LATER_PART;
    for (let i = 0; i < 20; i += 1) part = nextPartSize(part, part, 0);
    expect(part).toBe(32000);
  });

  it('never goes below a floor, however slow the last step was', () => {
    expect(nextPartSize(1000, 1000, 500)).toBe(1000);
  });

  it('keeps the size after the short tail of a text', () => {
    expect(nextPartSize(8000, 120, 0.1)).toBe(8000);
    expect(nextPartSize(8000, 120, 50)).toBe(8000);
  });
});

describe('screenfulChars', () => {
  it('covers the visible lines at a generous characters-per-line estimate', () => {
    // 700 × 760 px at 14/22: 35 lines of at most 112 characters, and a fifth to spare.
    expect(screenfulChars(700, 760, 14, 22)).toBe(Math.ceil(35 * 112 * 1.2));
  });

  it('grows with the pane, so a large screen is filled by the first part', () => {
    expect(screenfulChars(1400, 1300, 14, 22)).toBeGreaterThan(2.5 * screenfulChars(700, 760, 14, 22));
  });

  it('falls back to FIRST_PART while the editor has no size, and never goes below a floor', () => {
    expect(screenfulChars(0, 0, 14, 22)).toBe(FIRST_PART);
    expect(screenfulChars(80, 40, 14, 22)).toBe(2000);
  });
});
