import { describe, expect, it } from 'vitest';
import { cleanClip } from '../../../../electron/import/clip/clean-clip';
import { isCopyrightLine, parseCopyright } from '../../../../electron/import/noise/credits';

describe('parseCopyright', () => {
  it.each([
    ['© 2023 The Pacific Circuit. All rights reserved.', 'The Pacific Circuit'],
    ['© 2023-2024 by Harbour Media. Alle Rechte vorbehalten.', 'Harbour'],
    ['© 2022 by Northern Quay Press', 'Northern Quay Press'],
    ['Copyright 2021 Harbour Post', 'Harbour Post'],
    ['Copyright © Harbour Post', 'Harbour Post'],
    ['(c) Harbour Post 2022', 'Harbour Post'],
    ['Copyright Harbour Post. All rights reserved.', 'Harbour Post'],
    // sentences that open with the word are not notices
    ['Copyright holders sued.', null],
    ['Copyright law was also on the agenda, with both sides agreeing to meet again in May.', null],
    ['(c) Ports must report every repair within a week.', null],
  ])('"%s" → %s', (line, source) => {
    expect(parseCopyright(line)).toBe(source);
    expect(isCopyrightLine(line)).toBe(source !== null);
  });

  it('takes no outlet from an article sentence that starts with "Copyright"', () => {
    const cleaned = cleanClip(
      'Berth opens early\n\nCopyright holders sued.\n\nThe court will hear the case in May.\n',
      'txt',
    );
    expect(cleaned.meta.source).toBeNull();
    expect(cleaned.text).toContain('Copyright holders sued.');
  });
});
