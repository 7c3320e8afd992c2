import { describe, expect, it } from 'vitest';
import { spans } from './spans';

describe('place', () => {
  it.each([
    ['Officials from Japan met in Tokyo and Brussels.', ['Japan', 'Tokyo', 'Brussels']],
    ['the US, the U.S. and the United States', ['US', 'U.S.', 'United States']],
    [
      'les États-Unis, la Chine et le Royaume-Uni à Bruxelles',
      ['États-Unis', 'Chine', 'Royaume-Uni', 'Bruxelles'],
    ],
    ['in Tokio, Brüssel und den USA', ['Tokio', 'Brüssel', 'USA']],
    ['東京とブリュッセル、米国と中国', ['東京', 'ブリュッセル', '米国', '中国']],
    ['熊本県に工場', ['熊本県']],
    ['北海道千歳市で', ['北海道', '千歳市']],
    ['ノースカロライナ州の工場', ['ノースカロライナ州']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'place')).toEqual(expected);
  });

  it.each([['a roast turkey'], ['タイミングが良い'], ["Japan's"]])('%s', (text) => {
    expect(spans(text, 'place')).toEqual(text === "Japan's" ? ['Japan'] : []);
  });
});
