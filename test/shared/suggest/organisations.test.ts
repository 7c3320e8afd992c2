import { describe, expect, it } from 'vitest';
import { spans } from './spans';

describe('organisation', () => {
  it.each([
    ['The European Commission said so.', ['European Commission']],
    ["Japan's Ministry of Economy, Trade and Industry agreed.", ['Ministry of Economy, Trade and Industry']],
    ['the Japan External Trade Organization (JETRO)', ['Japan External Trade Organization', 'JETRO']],
    ['Toyota Motor Corp. and Sony Group Corp. signed.', ['Toyota Motor Corp.', 'Sony Group Corp.']],
    ['Siemens AG and Bosch GmbH', ['Siemens AG', 'Bosch GmbH']],
    ['the fourth Trade and Technology Council', ['Trade and Technology Council']],
    ['the EU and NATO, but not the CEO or GDP', ['EU', 'NATO']],
    ['Japan and the European Commission', ['European Commission']],
    // French: lower-case adjectives and elided connectors.
    ['La Commission européenne a annoncé', ['Commission européenne']],
    [
      "le ministère de l'Économie, du Commerce et de l'Industrie",
      ["ministère de l'Économie, du Commerce et de l'Industrie"],
    ],
    ["l'Agence internationale de l'énergie", ["Agence internationale de l'énergie"]],
    ["Le Conseil de l'Union européenne a adopté", ["Conseil de l'Union européenne"]],
    ["économiste à l'Institut Montaigne", ['Institut Montaigne']],
    // German: compounds and connectors.
    ['Die Europäische Kommission will', ['Europäische Kommission']],
    [
      'vom Bundesministerium für Wirtschaft und Klimaschutz',
      ['Bundesministerium für Wirtschaft und Klimaschutz'],
    ],
    ['der Internationalen Energieagentur (IEA)', ['Internationalen Energieagentur', 'IEA']],
    ['vom Verband der Elektrotechnik', ['Verband der Elektrotechnik']],
    // Japanese: kanji and katakana runs ending in an organisation word.
    ['経済産業省は発表した。', ['経済産業省']],
    ['欧州委員会と日本銀行', ['欧州委員会', '日本銀行']],
    [
      '独立行政法人エネルギー・金属鉱物資源機構（JOGMEC）は',
      ['独立行政法人エネルギー・金属鉱物資源機構', 'JOGMEC'],
    ],
    ['株式会社デンソーは', ['株式会社デンソー']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organisation')).toEqual(expected);
  });

  it.each([
    ['the Commission met on Tuesday.'],
    ['Bundeskanzler Olaf Scholz empfing'],
    ['同省によると'],
    ['le conseil a décidé'],
  ])('finds none in %s', (text) => {
    expect(spans(text, 'organisation')).toEqual([]);
  });
});
