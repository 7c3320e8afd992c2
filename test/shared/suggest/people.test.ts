import { describe, expect, it } from 'vitest';
import { spans } from './spans';

describe('person', () => {
  it.each([
    // Titles and honorifics: the title stays out of the span.
    ['European Commissioner Thierry Breton met officials.', ['Thierry Breton']],
    ['Commission President Ursula von der Leyen spoke.', ['Ursula von der Leyen']],
    ['according to Dr. Kenji Tanaka of the agency', ['Kenji Tanaka']],
    ['Mr Smith and Ms Mary Lee disagreed.', ['Smith', 'Mary Lee']],
    ['Secretary of State Antony Blinken said so.', ['Antony Blinken']],
    ['M. Bruno Le Maire a reçu jeudi le patron.', ['Bruno Le Maire']],
    ['Mme Sophie Martin estime que', ['Sophie Martin']],
    ['le commissaire européen Thierry Breton', ['Thierry Breton']],
    ['Herr Lukas Berger sagte', ['Lukas Berger']],
    ['Bundeskanzler Olaf Scholz empfing', ['Olaf Scholz']],
    ['erklärte EZB-Präsidentin Christine Lagarde', ['Christine Lagarde']],
    // Speech verbs and appositions.
    ['The sums are modest, said Jane Roe.', ['Jane Roe']],
    ['Jane Roe said the sums were modest.', ['Jane Roe']],
    ['Jane Roe, an analyst at a think tank, disagreed.', ['Jane Roe']],
    ['Selon Marie Dupont, les exportations progressent.', ['Marie Dupont']],
    ['Laut Anna Weber stiegen die Exporte.', ['Anna Weber']],
    // Later mentions of the surname.
    ['Dr. Kenji Tanaka spoke first. Tanaka expects a rebound.', ['Kenji Tanaka', 'Tanaka']],
    // Japanese: name before title or honorific, then bare repeats.
    ['岸田文雄首相は13日、出席した。', ['岸田文雄']],
    ['欧州委員会のティエリー・ブルトン委員が来日した。', ['ティエリー・ブルトン']],
    ['マクロン大統領は強調した。マクロン氏は示した。', ['マクロン', 'マクロン']],
    ['鈴木さんによると', ['鈴木']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'person')).toEqual(expected);
  });

  it.each([
    ['The European Commission said it would act.'],
    ['Japan said it would act.'],
    ['The President of France spoke.'],
    ['経済産業大臣が発表した。'],
    ['同氏は述べた。'],
  ])('finds none in %s', (text) => {
    expect(spans(text, 'person')).toEqual([]);
  });
});
