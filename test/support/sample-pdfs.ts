import type { PdfLine } from './pdf-writer';
import { layoutLines, PAGE_HEIGHT, writePdf } from './pdf-writer';

/** A running header and a "Page n of m" footer, as a report template prints them. */
export function furniture(
  page: number,
  pages: number,
  header = 'Loupe Policy Review · Technology',
): PdfLine[] {
  return [
    { text: header, x: 72, y: PAGE_HEIGHT - 40, size: 9 },
    { text: `Page ${page} of ${pages}`, x: 270, y: 30, size: 9 },
  ];
}

/** Two pages, running header and footer, hyphenated line ends, a paragraph across the page break. */
export function englishReport(): Uint8Array {
  return writePdf({
    info: {
      Title: 'Microsoft Word - draft3.docx',
      Author: 'Jane Roe',
      CreationDate: "D:20240311120000+01'00'",
    },
    pages: [
      {
        lines: [
          ...furniture(1, 2),
          ...layoutLines([
            { lines: ['Europe and Japan align on chip', 'supply warnings'], size: 20, font: 'bold' },
            {
              lines: [
                'The European Commission and the Japanese govern-',
                'ment agreed on Tuesday to share early warnings on',
                'chip shortages, a Franco-',
                'German proposal first tabled in 2022.',
              ],
              gapBefore: 24,
            },
            {
              lines: [
                'Officials said the arrangement would cover the entire supply',
                'chain, from raw materials to the plants that package',
              ],
            },
          ]),
        ],
      },
      {
        lines: [
          ...furniture(2, 2),
          ...layoutLines([
            { lines: ['finished chips, and that talks with Washington would fol-', 'low in the spring.'] },
            { lines: ['Supply Chain Resilience', ''].filter(Boolean), size: 14, font: 'bold' },
            { lines: ['A state-of-the-', 'art monitoring desk will open in Brussels.'] },
          ]),
        ],
      },
    ],
  });
}

export const ENGLISH_REPORT_TEXT = [
  'Europe and Japan align on chip supply warnings',
  'The European Commission and the Japanese government agreed on Tuesday to share early warnings on chip shortages, a Franco-German proposal first tabled in 2022.',
  'Officials said the arrangement would cover the entire supply chain, from raw materials to the plants that package finished chips, and that talks with Washington would follow in the spring.',
  'Supply Chain Resilience',
  'A state-of-the-art monitoring desk will open in Brussels.',
].join('\n\n');

export function frenchNote(): Uint8Array {
  return writePdf({
    info: { Title: 'Puces : Bruxelles et Tokyo coordonnent leurs alertes', Author: 'Claire Martin' },
    pages: [
      {
        lines: layoutLines([
          { lines: ['Puces : Bruxelles et Tokyo coordonnent leurs alertes'], size: 16, font: 'bold' },
          {
            lines: [
              'La Commission européenne et le gouvernement japonais ont décidé de renforcer leur coopé-',
              'ration sur les semi-conducteurs. Selon l’accord, les deux parties échangeront des',
              'informations sur les pénuries et les stocks de matières premières critiques.',
            ],
          },
        ]),
      },
    ],
  });
}

export function germanNote(): Uint8Array {
  return writePdf({
    info: { CreationDate: 'D:20230711' },
    pages: [
      {
        lines: layoutLines([
          { lines: ['Europa und Japan stärken die Halbleiterindustrie'], size: 16, font: 'bold' },
          {
            lines: [
              'Die deutsch-japanische Arbeitsgruppe hat am Dienstag in Brüssel einen Plan für die Halbleiter-',
              'industrie vorgelegt. Die Kommission und die deutsch-',
              'japanische Gruppe wollen Engpässe bei Rohstoffen früher erkennen und gemeinsam',
              'darauf reagieren, teilte das Ministerium mit.',
            ],
          },
        ]),
      },
    ],
  });
}

export function japaneseNote(): Uint8Array {
  return writePdf({
    info: { Title: '日欧、半導体の供給情報を共有' },
    pages: [
      {
        lines: layoutLines(
          [
            { lines: ['日欧、半導体の供給情報を共有'], size: 16, font: 'japanese' },
            {
              lines: [
                '欧州連合と日本政府は火曜日、半導体の供給不足に関する早期',
                '警戒情報を共有することで合意した。原材料から製造までの',
                'サプライチェーン全体が対象となる。',
              ],
              font: 'japanese',
            },
          ],
          { leading: 1.5 },
        ),
      },
    ],
  });
}
