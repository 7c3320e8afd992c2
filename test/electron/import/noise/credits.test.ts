import { describe, expect, it } from 'vitest';
import { cleanClip } from '../../../../electron/import/clip/clean-clip';
import { isCopyrightLine, isCreditLine, parseCopyright } from '../../../../electron/import/noise/credits';

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

describe('credits that name a picture agency after a bar or a slash', () => {
  it.each([
    ['Jana Vogt | Harbour Images | Getty Images', true],
    ['Mikael Strand/AFP', true],
    ['Kenji Mori / Kyodo News', true],
    ['R. Alvarez | Reuters', true],
    // sentences, and bars that are not credits
    ['Prices rose 4% in Tokyo / Osaka.', false],
    ['News | Politics | Europe', false],
    ['The agency said it would share pictures with AFP and Reuters from next month.', false],
  ])('"%s" → %s', (line, credit) => {
    expect(isCreditLine(line)).toBe(credit);
  });

  it('drops such a credit from a clip and keeps the article', () => {
    const cleaned = cleanClip(
      'Berth opens early\n\nThe new berth at the east quay opened two weeks ahead of plan on Monday, the port said.\n\n' +
        'Jana Vogt | Harbour Images | Getty Images\n\nCrane operators will start night shifts in March, it added.\n',
      'txt',
    );
    expect(cleaned.text).not.toContain('Getty Images');
    expect(cleaned.text).toContain('opened two weeks ahead of plan');
    expect(cleaned.text).toContain('night shifts in March');
  });
});
