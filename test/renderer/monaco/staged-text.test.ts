import { describe, expect, it } from 'vitest';
import { FIRST_PART, firstPartEnd } from '../../../renderer/src/monaco/staged-text';

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
