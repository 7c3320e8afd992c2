import { describe, expect, it } from 'vitest';
import { cleanClip } from '../../../../electron/import/clip/clean-clip';

const BODY_ONE =
  'The harbour authority said on Monday that the new berth for repair ships would open in April, ' +
  'three months earlier than planned, because the dredging contract was finished ahead of time.';
const BODY_TWO = 'Crews now stay for weeks rather than days, because each cable splice is tested twice.';

function clip(...blocks: string[]): string {
  return cleanClip(blocks.join('\n\n') + '\n', 'txt').text;
}

describe('cleanClip: teaser lists after the article', () => {
  it('drops a run of teasers cut with an ellipsis, with their labels and heading', () => {
    const text = clip(
      'Berth opens early',
      BODY_ONE,
      BODY_TWO,
      'Discover more',
      'Shipping',
      'Lighthouse keepers return to the north coast',
      'For the first time in forty years, the lamp on the point is tended by a person who lives...',
      'Ports',
      'Ferry fares rise again',
      'Passengers on the island route will pay more from March, the operator said in a letter to…',
      'Weather',
      'Storm season starts early',
      'The first gale of the autumn reached the coast on a Tuesday, a week before the forecast...',
    );
    expect(text).toBe(`Berth opens early\n\n${BODY_ONE}\n\n${BODY_TWO}`);
  });

  it('keeps the article when only one or two paragraphs end with an ellipsis', () => {
    const trailing = 'The harbour master would only say that the rest of the schedule was…';
    const text = clip('Berth opens early', BODY_ONE, 'What comes next', trailing, BODY_TWO, 'Unfinished...');
    expect(text).toBe(
      `Berth opens early\n\n${BODY_ONE}\n\nWhat comes next\n\n${trailing}\n\n${BODY_TWO}\n\nUnfinished...`,
    );
  });

  it('keeps short cut lines in the head of a clip (a list of contents is judged elsewhere)', () => {
    const lines = ['Part one...', 'Part two...', 'Part three...'];
    expect(clip('Berth opens early', ...lines, BODY_ONE)).toContain(lines.join('\n\n'));
  });
});

describe('cleanClip: promotions with a button', () => {
  it('drops a promotion from its label to its "Mehr Infos" button', () => {
    const text = clip(
      'Berth opens early',
      BODY_ONE,
      '-Promotion-',
      'Hafenführung buchen!',
      'Hafenführung buchen!',
      'Mehr Infos',
      'Werbung auf diesem Portal?',
      'Mehr Infos',
      BODY_TWO,
    );
    expect(text).toBe(`Berth opens early\n\n${BODY_ONE}\n\n${BODY_TWO}`);
  });

  it('keeps the article line above a lone button when nothing marks it as an advert', () => {
    const text = clip('Berth opens early', BODY_ONE, 'The berth opens in April.', 'Learn more', BODY_TWO);
    expect(text).toBe(`Berth opens early\n\n${BODY_ONE}\n\nThe berth opens in April.\n\n${BODY_TWO}`);
  });
});
