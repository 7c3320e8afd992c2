/**
 * Writes the sample corpus's PDF and Word articles (our own writing) with our own writers:
 *   npx tsx test/support/write-binary-corpus.ts
 * The files are committed; this script is how they were made and how to change them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeDocx } from './docx-writer';
import type { PdfLine } from './pdf-writer';
import { PAGE_HEIGHT, writePdf } from './pdf-writer';

const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'corpus');

/** Greedy wrap at a column, as a word processor would for a 10.5 pt face on A4. */
function wrap(text: string, width = 86): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

type Block = { heading?: string; lines?: string[]; text?: string };

function pages(blocks: Block[][], header: string, title: string[]): PdfLine[][] {
  return blocks.map((pageBlocks, index) => {
    const lines: PdfLine[] = [
      { text: header, x: 72, y: PAGE_HEIGHT - 40, size: 8.5 },
      { text: `Page ${index + 1} of ${blocks.length}`, x: 268, y: 32, size: 8.5 },
    ];
    let y = PAGE_HEIGHT - 92;
    if (index === 0) {
      for (const text of title) {
        lines.push({ text, x: 72, y, size: 19, font: 'bold' });
        y -= 25;
      }
      lines.push({ text: 'By Marisol Okonjo-Hart, Northbridge Policy Brief', x: 72, y: y - 4, size: 10.5 });
      y -= 34;
    }
    for (const block of pageBlocks) {
      if (block.heading) {
        y -= 6;
        lines.push({ text: block.heading, x: 72, y, size: 13, font: 'bold' });
        y -= 22;
      }
      for (const text of block.lines ?? wrap(block.text ?? '')) {
        lines.push({ text, x: 72, y, size: 10.5 });
        y -= 14;
      }
      y -= 9;
    }
    return lines;
  });
}

const PDF_BLOCKS: Block[][] = [
  [
    {
      text:
        'Washington, Brussels and Tokyo have spent two years describing the same weakness in ' +
        'different words. Each now keeps a list of chips, gases and wafers it cannot do without, ' +
        'and each has learned that its own list is only as good as the warning it gets before a ' +
        'shortage arrives. This month, officials from the three governments agreed to test a shared ' +
        'early-warning exercise for semiconductor supply chains, starting with neon, photoresists and ' +
        'the older logic chips used in cars and medical devices.',
    },
    {
      // Hand-broken, as a typesetter would, with a hyphen at the line end.
      lines: [
        'The exercise is modest on paper. Each side will name a contact point, share anonymised',
        'survey results from chip buyers every quarter and call a meeting within ten days if',
        'one of them sees a disruption coming. What is new is that the European Commission, the',
        'Japanese Ministry of Economy, Trade and Industry and the US Commerce Department have agreed',
        'to use the same categories, so that a shortage of a given photoresist means the same thing in',
        'Osaka as in Ohio. Until now, each govern-',
        'ment has counted supply in its own way.',
      ],
    },
    {
      heading: 'Why the older chips matter',
      text:
        'Most public money has gone to the newest factories, yet the shortages of 2021 hit mature ' +
        'chips hardest. A car needs dozens of microcontrollers made on processes that are ten or ' +
        'twenty years old, and few companies are building new capacity for them. Japanese suppliers ' +
        'remain central to the chemicals and wafers behind those chips, while European and American ' +
        'plants depend on them. A trilateral view of inventories could show where the next bottleneck ' +
        'is forming before carmakers idle their lines.',
    },
  ],
  [
    {
      heading: 'Limits of the arrangement',
      text:
        'Officials were careful to say that the exercise does not coordinate export controls, which ' +
        'remain a national matter and a sensitive one in both Tokyo and The Hague. Nor will companies ' +
        'be obliged to report. Industry groups in all three capitals have welcomed the common ' +
        'categories but warned that firms will not share commercially sensitive figures unless the ' +
        'data are protected and aggregated.',
    },
    {
      text:
        'The first test is planned for the autumn, built around an imagined outage at a single ' +
        'supplier of high-purity gases. If it works, officials say, the format could be widened to ' +
        'critical minerals such as gallium and germanium, where all three economies rely heavily on ' +
        'a small number of producers.',
    },
  ],
];

export function binaryCorpus(): Record<string, Uint8Array> {
  const pdf = writePdf({
    info: {
      Title: 'Three capitals test a shared early warning for chip shortages',
      Author: 'Marisol Okonjo-Hart',
      CreationDate: "D:20230718093000+02'00'",
      Producer: 'Loupe fixture writer',
    },
    pages: pages(PDF_BLOCKS, 'Northbridge Policy Brief · No. 14 · July 2023', [
      'Three capitals test a shared early',
      'warning for chip shortages',
    ]).map((lines) => ({ lines })),
  });
  const docx = writeDocx(
    [
      {
        type: 'p',
        text: 'Minerais critiques : l’UE, le Japon et les États-Unis comparent leurs stocks',
        style: 'Title',
      },
      {
        type: 'p',
        text:
          'Note de l’Observatoire des technologies stratégiques, rédigée après la réunion trilatérale ' +
          'de Tokyo sur les chaînes d’approvisionnement.',
      },
      { type: 'p', text: 'Ce qui a été décidé', style: 'Heading1' },
      {
        type: 'p',
        text:
          'Les représentants de la Commission européenne, du ministère japonais de l’Économie et du ' +
          'département américain du Commerce se sont entendus pour comparer, chaque semestre, leurs ' +
          'estimations de stocks de gallium, de germanium et de graphite. L’objectif est de repérer plus ' +
          'tôt les tensions sur ces matériaux, dont dépendent les semi-conducteurs et les batteries.',
      },
      { type: 'li', text: 'un glossaire commun des matériaux et des étapes de raffinage ;' },
      { type: 'li', text: 'un échange semestriel de données agrégées, sans chiffres d’entreprise ;' },
      { type: 'li', text: 'une réunion d’urgence possible sous dix jours en cas de rupture.' },
      { type: 'p', text: 'Dépendances déclarées', style: 'Heading1' },
      {
        type: 'table',
        rows: [
          ['Matériau', 'Usage principal', 'Fournisseurs dominants'],
          ['Gallium', 'puces de puissance', 'un seul pays pour l’essentiel'],
          ['Germanium', 'fibres optiques, capteurs', 'deux pays'],
          ['Graphite', 'anodes de batteries', 'un seul pays pour l’essentiel'],
        ],
      },
      { type: 'p', text: 'Ce qui reste à faire', style: 'Heading1' },
      {
        type: 'p',
        text:
          'Les trois partenaires n’ont pas harmonisé leurs contrôles à l’exportation, qui restent ' +
          'nationaux. Les industriels demandent des garanties de confidentialité avant de transmettre ' +
          'leurs propres chiffres. Un premier bilan est attendu au printemps.',
      },
    ],
    {
      title: 'Minerais critiques : l’UE, le Japon et les États-Unis comparent leurs stocks',
      creator: 'Élise Marchand',
      created: '2023-09-14T08:00:00Z',
      language: 'fr-FR',
    },
  );
  return {
    'northbridge-trilateral-chip-early-warning-en.pdf': pdf,
    'observatoire-minerais-critiques-ue-japon-usa-fr.docx': docx,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const [name, bytes] of Object.entries(binaryCorpus())) {
    writeFileSync(path.join(CORPUS, name), bytes);
    console.log(`wrote corpus/${name} (${bytes.length} bytes)`);
  }
}
