import { describe, expect, it } from 'vitest';
import { csvField } from '../../../shared/export/annotations-csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['-5% growth', "'-5% growth"],
    ['+81 3', "'+81 3"],
    ['@handle', "'@handle"],
    ['東京', '東京'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
