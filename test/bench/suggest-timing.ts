import { suggestEntities } from '../../shared/suggest/suggest';
import { evaluateSuggestions } from './suggest-eval';

const PARAGRAPH =
  'On Monday Commissioner Thierry Breton met officials of the Ministry of Economy, Trade and Industry in Tokyo; ' +
  'the EU and Japan plan a fund of €2.5 billion, up 12% from 2022, said Jane Roe of the Kiel Institute on 11 July 2023. ' +
  'Le 12 juillet 2023, à Bruxelles, la Commission européenne a annoncé 3 milliards d’euros. ' +
  '2023年7月11日、東京で経済産業省は3000億円の支援を発表した。\n\n';

/** Suggestions over a 100 KB mixed-language text (median of 9 runs), plus precision/recall on the sample. */
export function benchSuggestions(): string {
  const text = PARAGRAPH.repeat(Math.ceil(100_000 / PARAGRAPH.length));
  suggestEntities(text, null);
  const times: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const started = performance.now();
    suggestEntities(text, null);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const { overall } = evaluateSuggestions();
  return (
    `suggestions: ${(text.length / 1000).toFixed(0)} KB in ${times[4]!.toFixed(0)} ms (median of 9); ` +
    `labelled sample precision ${overall.precision.toFixed(2)}, recall ${overall.recall.toFixed(2)}`
  );
}
