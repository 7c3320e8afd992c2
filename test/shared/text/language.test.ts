import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/text/language';

const SENTENCES: [string, string][] = [
  ['en', 'The ministry said on Tuesday that the new rules would apply to every port from next year.'],
  ['en', 'Officials expect the desk to publish its first outlook in the autumn, after talks with industry.'],
  [
    'fr',
    'Le ministère a indiqué mardi que les nouvelles règles s’appliqueraient à tous les ports dès l’an prochain.',
  ],
  ['fr', 'Les négociateurs ont présenté un accord sur les matériaux critiques, selon la Commission.'],
  [
    'de',
    'Das Ministerium teilte am Dienstag mit, dass die neuen Regeln ab dem kommenden Jahr für alle Häfen gelten.',
  ],
  ['de', 'Die Verhandlungen über die Lieferketten wurden nach einer langen Nacht in Brüssel abgeschlossen.'],
  [
    'es',
    'El ministerio dijo el martes que las nuevas normas se aplicarán a todos los puertos a partir del próximo año.',
  ],
  ['es', 'Los negociadores presentaron un acuerdo sobre materias primas críticas, según la Comisión.'],
  [
    'it',
    'Il ministero ha detto martedì che le nuove regole si applicheranno a tutti i porti dal prossimo anno.',
  ],
  ['it', 'I negoziatori hanno presentato un accordo sulle materie prime critiche, secondo la Commissione.'],
  [
    'pt',
    'O ministério disse na terça-feira que as novas regras serão aplicadas a todos os portos a partir do próximo ano.',
  ],
  ['pt', 'Os negociadores apresentaram um acordo sobre matérias-primas críticas, segundo a Comissão.'],
  ['nl', 'Het ministerie zei dinsdag dat de nieuwe regels vanaf volgend jaar voor alle havens gaan gelden.'],
  [
    'nl',
    'De onderhandelaars hebben een akkoord gepresenteerd over kritieke grondstoffen, volgens de Commissie.',
  ],
  ['ja', '経済産業省は火曜日、来年からすべての港に新しい規則を適用すると発表した。'],
  ['ja', '交渉担当者は重要鉱物に関する合意を発表した。'],
  ['zh', '商务部周二表示，新规定将从明年起适用于所有港口。'],
  ['zh', '谈判代表公布了一项关于关键原材料的协议。'],
  ['ko', '산업부는 화요일 내년부터 모든 항구에 새 규정을 적용한다고 밝혔다.'],
  [
    'ru',
    'Министерство заявило во вторник, что новые правила будут применяться ко всем портам со следующего года.',
  ],
  ['ar', 'قالت الوزارة يوم الثلاثاء إن القواعد الجديدة ستطبق على جميع الموانئ اعتبارا من العام المقبل.'],
];

describe('detectLanguage', () => {
  it.each(SENTENCES)('%s: %s', (lang, sentence) => {
    const guess = detectLanguage(sentence);
    expect(guess.lang).toBe(lang);
    expect(guess.confidence).toBeGreaterThan(0.2);
    expect(guess.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['empty', ''],
    ['two words', 'Hello world'],
    ['numbers and punctuation', '12345 67890 !!! -- 2024'],
    ['a place name', '東京'],
    [
      'a language it does not know (Swedish)',
      'Regeringen meddelade på tisdagen att de nya reglerna ska gälla för alla hamnar.',
    ],
    [
      'a language it does not know (Polish)',
      'Rząd ogłosił we wtorek, że nowe przepisy będą obowiązywać we wszystkich portach.',
    ],
  ])('returns null for %s', (_name, text) => {
    expect(detectLanguage(text)).toEqual({ lang: null, confidence: 0 });
  });

  it('reads Japanese from kana even when kanji dominate, and Chinese when there is no kana', () => {
    expect(detectLanguage('東京都港湾局は岸壁増設計画を発表した').lang).toBe('ja');
    expect(detectLanguage('东京都港湾局宣布岸壁增设计划并公布预算').lang).toBe('zh');
  });

  it('follows the dominant script when a text mixes them', () => {
    const japaneseWithLatin =
      '北浜港はEUの規則に合わせて、来月から海底ケーブルを修理する船の岸壁を二つに増やす。';
    expect(detectLanguage(japaneseWithLatin).lang).toBe('ja');
  });

  it('is more confident on more text of the same language', () => {
    const one = SENTENCES[0]![1];
    const many = SENTENCES.filter(([lang]) => lang === 'en')
      .map(([, s]) => s)
      .join(' ')
      .repeat(3);
    expect(detectLanguage(many).confidence).toBeGreaterThanOrEqual(detectLanguage(one).confidence);
  });

  it('decides a long text from a sample, quickly', () => {
    const long = `${SENTENCES[4]![1]} `.repeat(200_000);
    const started = performance.now();
    expect(detectLanguage(long).lang).toBe('de');
    // A guard against reading the whole text (seconds), not a speed target.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
