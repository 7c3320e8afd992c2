import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../../shared/stories/evidence';
import { pairScorer } from '../../../shared/stories/group';
import { romaniseKatakana, soundKey, soundSkeleton, soundsAlike } from '../../../shared/stories/katakana';

describe('romaniseKatakana', () => {
  it.each([
    ['ラピダス', 'rapidasu'],
    ['ブリュッセル', 'buryusseru'],
    ['シュミット', 'shumitto'],
    ['マッチ', 'matchi'],
    ['コーヒー', 'koohii'],
    ['ティッセンクルップ', 'tissenkuruppu'],
    ['フォン・デア・ライエン', 'fon dea raien'],
    ['ウィーン', 'wiin'],
    ['ジャック', 'jakku'],
    ['ヴォルフ', 'vorufu'],
    ['ｶﾀｶﾅ', 'katakana'],
    ['ラピダス社', 'rapidasu社'],
  ])('%s → %s', (kana, latin) => {
    expect(romaniseKatakana(kana)).toBe(latin);
  });
});

describe('soundsAlike', () => {
  it.each([
    ['ラピダス', 'Rapidus'],
    ['ブリュッセル', 'Brussels'],
    ['マクロン', 'Macron'],
    ['シュミット', 'Schmidt'],
    ['ブルトン', 'Breton'],
    ['ワシントン', 'Washington'],
    ['ルフトハンザ', 'Lufthansa'],
    ['メルセデス', 'Mercedes'],
    ['ティッセンクルップ', 'Thyssenkrupp'],
  ])('%s sounds like %s', (kana, latin) => {
    expect(soundsAlike(kana, latin)).toBe(true);
  });

  it.each([
    ['ラピダス', 'Siemens'],
    ['ブリュッセル', 'Berlin'],
    ['マクロン', 'Merkel'],
    ['シーメンス', 'Samsung'],
  ])('%s does not sound like %s', (kana, latin) => {
    expect(soundsAlike(kana, latin)).toBe(false);
  });

  it('gives no key to names too short to tell apart', () => {
    expect(soundSkeleton('Merz')).toBe('MR');
    expect(soundKey('メルツ')).toBeNull();
    expect(soundKey('Rapidus')).toBe('s:RPT');
  });
});

const EN = `Rapidus wins 920 billion yen subsidy for Hokkaido chip plant

The chipmaker Rapidus will receive 920 billion yen from the government, said Minister Ken Saito on Tuesday. The company, founded with Toyota and Sony, plans to start production at its Chitose plant in 2027.

Rapidus chief executive Atsuyoshi Koike said the money would pay for a second production line.`;

const JA = (company: string) => `${company}に9200億円の補助金

政府は半導体メーカーの${company}に9200億円を支援すると発表した。${company}はトヨタやソニーなどが出資し、2027年に千歳工場で量産を始める計画だ。`;

const OTHER_EN = `Shipyard in Hamburg wins 920 million euro order

The Hamburg shipyard Blohm will build four tankers for 920 million euros, said its chief Jana Voss. Production starts in 2027.`;

describe('story evidence with katakana names', () => {
  it('reads a sound key for a katakana company name and for its Latin spelling', () => {
    const ja = readEvidence({
      id: 'ja',
      lang: 'ja',
      published: null,
      importedAt: null,
      text: JA('ラピダス'),
    });
    const en = readEvidence({ id: 'en', lang: 'en', published: null, importedAt: null, text: EN });
    expect(ja.sounds).toContain('s:RPT');
    expect(en.sounds).toContain('s:RPT');
  });

  it('scores a Japanese version higher against its English original when the names match by sound', () => {
    const inputs = [
      { id: 'en', lang: 'en', published: '2026-03-03', importedAt: null, text: EN },
      { id: 'ja-name', lang: 'ja', published: '2026-03-03', importedAt: null, text: JA('ラピダス') },
      { id: 'ja-other', lang: 'ja', published: '2026-03-03', importedAt: null, text: JA('カメヨシ') },
      { id: 'other', lang: 'en', published: '2026-03-03', importedAt: null, text: OTHER_EN },
    ];
    const score = pairScorer(inputs);
    expect(score('en', 'ja-name')).toBeGreaterThan(score('en', 'ja-other'));
    expect(score('en', 'ja-name')).toBeGreaterThan(score('other', 'ja-name'));
  });
});
