import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * A synthetic corpus for benchmarks: articles built from our own sentence templates in four
 * languages, half as saved web pages with page furniture, half as text clips with noise.
 */
const SENTENCES: Record<string, string[]> = {
  en: [
    'Officials in {city} said the chip partnership would cover {n} research projects this year.',
    'The agreement on critical materials names gallium, germanium and graphite as priorities.',
    'Analysts expect the joint fund to reach {n} million euros by the end of the decade.',
  ],
  fr: [
    'Les responsables de {city} ont indiqué que le partenariat couvrirait {n} projets de recherche.',
    'L’accord sur les matériaux critiques cite le gallium, le germanium et le graphite.',
    'Les analystes prévoient que le fonds commun atteindra {n} millions d’euros.',
  ],
  de: [
    'Beamte in {city} erklärten, die Chip-Partnerschaft umfasse in diesem Jahr {n} Forschungsprojekte.',
    'Das Abkommen über kritische Rohstoffe nennt Gallium, Germanium und Graphit als Prioritäten.',
    'Analysten erwarten, dass der gemeinsame Fonds {n} Millionen Euro erreicht.',
  ],
  ja: [
    '{city}の当局者は、半導体協力が今年{n}件の研究計画を対象にすると述べた。',
    '重要鉱物に関する合意は、ガリウム、ゲルマニウム、黒鉛を優先分野に挙げている。',
    'アナリストは、共同基金が{n}百万ユーロに達すると見込んでいる。',
  ],
};
const CITIES = ['Tokyo', 'Brussels', 'Osaka', 'Berlin', 'Paris', 'Washington'];
const LANGS = Object.keys(SENTENCES);

function paragraph(lang: string, seed: number): string {
  const pool = SENTENCES[lang]!;
  return Array.from({ length: 4 }, (_, i) =>
    pool[(seed + i) % pool.length]!.replace('{city}', CITIES[(seed + i) % CITIES.length]!).replace(
      '{n}',
      String(((seed * 7 + i * 13) % 90) + 10),
    ),
  ).join(' ');
}

export function syntheticArticle(index: number): { name: string; content: string } {
  const lang = LANGS[index % LANGS.length]!;
  const title = `Report ${index}: ${paragraph(lang, index).slice(0, 60)}`;
  const body = Array.from({ length: 8 }, (_, p) => paragraph(lang, index + p));
  if (index % 2 === 0) {
    const paragraphs = body.map((p) => `<p>${p}</p>`).join('\n');
    const content = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} | Bench Wire</title>
<meta property="og:site_name" content="Bench Wire"><meta property="article:published_time" content="2023-07-${String((index % 28) + 1).padStart(2, '0')}">
</head><body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav><div class="cookie-banner">We use cookies. Accept all</div>
<article><h1>${title}</h1>${paragraphs}</article><aside class="related"><h2>Related</h2><ul><li><a href="/x">Other story</a></li></ul></aside>
<section class="comments"><h2>Leave a reply</h2><form><input name="email"></form></section><footer>© 2023 Bench Wire</footer></body></html>`;
    return { name: `article-${index}.html`, content };
  }
  const content = `Home › Tech › Policy\n${title}\n\nBy Bench Writer | July ${(index % 28) + 1}, 2023\n\n0\nShare\n\n${body.join('\n\n')}\n\nLeave a reply\nYour email address will not be published.\n#AI #Chips\n`;
  return { name: `clip-${index}.txt`, content };
}

export async function writeSyntheticCorpus(dir: string, count: number): Promise<number> {
  await fs.mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const { name, content } = syntheticArticle(i);
    await fs.writeFile(path.join(dir, name), content);
    bytes += Buffer.byteLength(content);
  }
  return bytes;
}
