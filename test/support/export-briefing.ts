import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createAnnotationService } from '../../electron/services/annotation-service';
import { DocumentTexts } from '../../electron/services/document-texts';
import { applyBriefingSpec, type BriefingSpec } from '../../electron/services/example-briefing';
import { importPaths } from '../../electron/services/importer';
import { fixedWorkspace } from '../../electron/services/workspace-session';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { tempDir } from './temp-dir';

/** Our own short articles in the four languages a briefing must print correctly. */
const ARTICLES: Record<string, string> = {
  'en.txt':
    'Tokyo and Brussels widen their chip pact\n\nBy Mara Ilic | June 2, 2023\n\n' +
    'Officials said the pact covers chips & <materials> and a fund of 2.5 billion euros.\n\n' +
    'The secretariat will sit in Tokyo, a spokesperson said, "for at least three years".\n',
  'fr.txt':
    'Puces : Bruxelles et Tokyo élargissent leur pacte\n\nPar Claire Dubœuf | 3 juin 2023\n\n' +
    'Selon les négociateurs, « l’accord prévoit un fonds commun dès l’été » et une révision annuelle.\n',
  'de.txt':
    'Chippakt: Brüssel und Tokio rücken näher\n\nVon Jörg Weiß | 4. Juni 2023\n\n' +
    'Die Straße zu größeren Fördergeldern führt über gemeinsame Forschung, heißt es in Brüssel.\n',
  'ja.txt':
    '日欧が半導体協定を拡大\n\n2023年6月5日\n\n' +
    '東京で両政府は、半導体と重要鉱物の供給網で協力を強めることで合意した。事務局は東京に置かれる。\n',
};

/** What a note or a body may contain that must come out as text in every format. */
export const HOSTILE =
  '</script><script>alert(1)</script> [x](javascript:alert(1)) <b>raw</b> | a & b <w:t>x</w:t>';

const PARAGRAPH =
  'Officials on both sides describe the pact as a framework rather than a programme. It sets out ' +
  'where the two governments expect to work together, names the agencies in charge and leaves the ' +
  'money for later talks. Analysts read it as a signal to industry more than as a commitment of funds.';

/**
 * A workspace with one document per language and a briefing long enough to run over two pages:
 * quotes in English, French, German (umlauts and ß) and Japanese, a translation, and a hostile note.
 */
export async function exportBriefingWorkspace() {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(ARTICLES)) await fs.writeFile(path.join(dir, name), text);
  const opened = await WorkspaceStore.open(path.join(dir, 'ws'), { create: true, app: 'test' });
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  await importPaths(
    store,
    Object.keys(ARTICLES).map((name) => path.join(dir, name)),
    () => {},
  );
  const claim = (
    file: string,
    quote: string,
    extra: Partial<BriefingSpec['sections'][number]['evidence'][number]> = {},
  ) => ({
    file,
    quote,
    tags: [],
    note: '',
    translation: '',
    credibility: null,
    ...extra,
  });
  const quotes = {
    en: 'the pact covers chips & <materials>',
    en2: '"for at least three years"',
    fr: '« l’accord prévoit un fonds commun dès l’été »',
    de: 'Die Straße zu größeren Fördergeldern führt über gemeinsame Forschung',
    ja: '半導体と重要鉱物の供給網で協力を強める',
  };
  const spec: BriefingSpec = {
    version: 1,
    title: 'Chips & <allies>: the EU–Japan pact',
    date: '2023-06-06',
    author: 'Desk | Asia',
    tlp: 'TLP:AMBER+STRICT',
    bluf: 'The pact is a framework; money comes later.',
    reliability: { 'en.txt': 'B', 'ja.txt': 'A' },
    judgments: [
      {
        text: 'The pact will gain a joint fund before the end of 2023.',
        confidence: 'moderate',
        likelihood: 'likely',
        evidence: [
          claim('en.txt', quotes.en, { credibility: 2 }),
          claim('fr.txt', quotes.fr, {
            translation: 'the agreement provides for a joint fund from the summer',
          }),
        ],
      },
      {
        text: 'Both governments see research as the route to larger subsidies.',
        confidence: 'low',
        likelihood: null,
        evidence: [
          claim('de.txt', quotes.de, { credibility: 3 }),
          claim('ja.txt', quotes.ja, { credibility: 1, note: HOSTILE }),
        ],
      },
    ],
    sections: Array.from({ length: 7 }, (_, i) => ({
      heading: `Background ${i + 1}`,
      body: [PARAGRAPH, PARAGRAPH, i === 0 ? HOSTILE : PARAGRAPH].join('\n\n'),
      evidence: i === 6 ? [claim('en.txt', quotes.en2)] : [],
    })),
  };
  const annotations = createAnnotationService(fixedWorkspace(store), new DocumentTexts());
  const made = await applyBriefingSpec(store, annotations, spec, 'test-briefing.json');
  if (!made.ok) throw new Error(made.error.message);
  return { dir, store, briefing: made.value, quotes: Object.values(quotes) };
}
