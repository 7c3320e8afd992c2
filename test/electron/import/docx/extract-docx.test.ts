import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { extractImport } from '../../../../electron/import/extract-import';
import type { ExtractedDocument } from '../../../../shared/domain/document';
import type { DocxBlockSpec } from '../../../support/docx-writer';
import { coreXml, documentXml, STYLES_XML, writeDocx, writeZip } from '../../../support/docx-writer';

async function extracted(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const result = await extractImport(name, bytes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const MEMO: DocxBlockSpec[] = [
  { type: 'p', text: 'EU–Japan chip desk: first report', style: 'Title' },
  { type: 'p', text: 'Background', style: 'Heading1' },
  { type: 'p', text: 'The desk in Brussels tracks gallium & germanium supplies for chip makers.' },
  { type: 'li', text: 'Share early warnings on shortages.' },
  { type: 'li', text: 'Publish a joint outlook every quarter.' },
  {
    type: 'table',
    rows: [
      ['Partner', 'Budget', ''],
      ['EU', '€2 bn', ''],
      ['Japan', '', '¥300 bn'],
    ],
  },
  { type: 'p', text: 'Next steps', style: 'Heading2' },
  { type: 'p', text: 'Talks with Washington follow in the spring.' },
];

describe('DOCX extraction', () => {
  it('keeps headings, paragraphs, list items and table rows as blocks of text', async () => {
    const document = await extracted(
      'memo.docx',
      writeDocx(MEMO, { title: 'Chip desk report', creator: 'Ana Ruiz', created: '2024-05-02T09:00:00Z' }),
    );
    expect(document.text).toBe(
      [
        'EU–Japan chip desk: first report',
        'Background',
        'The desk in Brussels tracks gallium & germanium supplies for chip makers.',
        'Share early warnings on shortages.',
        'Publish a joint outlook every quarter.',
        'Partner | Budget',
        'EU | €2 bn',
        'Japan | ¥300 bn',
        'Next steps',
        'Talks with Washington follow in the spring.',
      ].join('\n\n'),
    );
    expect(document.meta).toEqual({
      title: 'Chip desk report',
      source: null,
      author: 'Ana Ruiz',
      published: '2024-05-02T09:00:00Z',
      url: null,
      lang: 'en',
    });
    expect(document.format).toBe('docx');
    expect(document.warnings).toEqual([]);
  });

  it('takes the title from the Title paragraph when the properties have none', async () => {
    expect((await extracted('memo.docx', writeDocx(MEMO))).meta.title).toBe(
      'EU–Japan chip desk: first report',
    );
  });

  it.each([
    [
      'French',
      [
        { type: 'p', text: 'Bruxelles et Tokyo coordonnent leurs alertes', style: 'Heading1' },
        {
          type: 'p',
          text: 'La Commission européenne et le gouvernement japonais renforcent leur coopération sur les semi-conducteurs.',
        },
      ],
      'fr',
    ],
    [
      'German',
      [
        { type: 'p', text: 'Europa und Japan stärken die Halbleiterindustrie', style: 'Heading1' },
        {
          type: 'p',
          text: 'Die Arbeitsgruppe hat am Dienstag in Brüssel einen gemeinsamen Plan für die Versorgung vorgelegt.',
        },
      ],
      'de',
    ],
    [
      'Japanese',
      [
        { type: 'p', text: '日欧、半導体の供給情報を共有', style: 'Heading1' },
        {
          type: 'p',
          text: '欧州連合と日本政府は火曜日、半導体の供給不足に関する早期警戒情報を共有することで合意した。',
        },
      ],
      'ja',
    ],
  ] as const)('reads a %s document', async (_name, blocks, lang) => {
    const document = await extracted('note.docx', writeDocx([...blocks]));
    expect(document.meta.lang).toBe(lang);
    expect(document.meta.title).toBe(blocks[0].text);
    expect(document.text).toBe(blocks.map((b) => b.text).join('\n\n'));
  });

  it('falls back to w:lang when the text is too short to tell', async () => {
    const document = await extracted('short.docx', writeDocx([{ type: 'p', text: 'Oui.', lang: 'fr-FR' }]));
    expect(document.meta.lang).toBe('fr');
  });

  it('ignores entries with .. or absolute paths, with a warning, and never reads them', async () => {
    const bytes = writeDocx(MEMO, {}, [
      { name: '../evil.xml', data: '<w:document/>' },
      { name: '/etc/evil.xml', data: 'x' },
    ]);
    const document = await extracted('evil.docx', bytes);
    expect(document.text).toContain('Talks with Washington');
    expect(document.warnings).toEqual([
      {
        code: 'docx-unsafe-entries',
        message: '2 archive entries with unsafe paths (such as "../evil.xml") were ignored',
      },
    ]);
  });

  it('does not take the main document from a relationship that climbs out of the archive', async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../outside/document.xml"/></Relationships>';
    const bytes = writeZip([
      { name: '_rels/.rels', data: rels },
      {
        name: 'word/document.xml',
        data: documentXml([{ type: 'p', text: 'The real body stays in the archive.' }]),
      },
    ]);
    expect((await extracted('rels.docx', bytes)).text).toBe('The real body stays in the archive.');
  });

  it('never fetches external relationship targets (linked images, links)', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pixel.png`;
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${url}" TargetMode="External"/></Relationships>`;
    const body =
      '<w:p><w:r><w:t>Linked picture follows.</w:t></w:r><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:link="rId7" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:drawing></w:r></w:p>';
    const bytes = writeZip([
      { name: 'word/document.xml', data: documentXml([], body) },
      { name: 'word/_rels/document.xml.rels', data: rels },
      { name: 'word/styles.xml', data: STYLES_XML },
    ]);
    try {
      expect((await extracted('linked.docx', bytes)).text).toBe('Linked picture follows.');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('leaves out deleted text, field codes and fallback copies of text boxes', async () => {
    const body =
      '<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>' +
      '<w:r><w:instrText> HYPERLINK "http://example.org" </w:instrText></w:r><w:r><w:t>text.</w:t></w:r></w:p>' +
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></mc:Choice>' +
      '<mc:Fallback><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml([], body) }]);
    expect((await extracted('edits.docx', bytes)).text).toBe('Kept text.\n\nBox text.');
  });
});

describe('DOCX files that are refused', () => {
  const document = documentXml([{ type: 'p', text: 'A short body.' }]);
  it.each<[string, () => Uint8Array, string, RegExp]>([
    [
      'bomb.docx',
      // 80 MB of zeros deflate to about 80 KB: a 1000:1 ratio.
      () => writeZip([{ name: 'word/document.xml', data: new Uint8Array(80 * 1024 * 1024) }]),
      'zip-bomb',
      /^its entry word\/document\.xml would unpack \d+ times larger than stored; refused as a zip bomb$/,
    ],
    [
      'huge-declared.docx',
      // Each entry alone looks plausible (about 70:1), together they declare 220 MB.
      () =>
        writeZip([
          { name: 'word/document.xml', data: document },
          ...['a', 'b'].map((n) => ({
            name: `word/media/${n}.bin`,
            data: randomBytes(1.6 * 1024 * 1024),
            declaredSize: 110 * 1024 * 1024,
            store: true,
          })),
        ]),
      'zip-bomb',
      /^declares more than 200 MB of content once unpacked; refused as a zip bomb$/,
    ],
    [
      'liar.docx',
      // Declares 2 KB but inflates to 600 KB: inflation stops at the declared size.
      () =>
        writeZip([
          {
            name: 'word/document.xml',
            data: documentXml([{ type: 'p', text: 'x'.repeat(600_000) }]),
            declaredSize: 2048,
          },
        ]),
      'zip-bomb',
      /^its part word\/document\.xml unpacks to more than it declares; refused as a zip bomb$/,
    ],
    ['cut.docx', () => writeDocx(MEMO).slice(0, 400), 'invalid-docx', /no zip directory found; truncated\?/],
    [
      'text.docx',
      () => new TextEncoder().encode('plain text'),
      'invalid-docx',
      /^is not a Word file \(it is not a zip archive\)$/,
    ],
    ['stub.docx', () => new TextEncoder().encode('PK\u0003\u0004'), 'invalid-docx', /no zip directory found/],
    [
      'locked.docx',
      () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'encrypted',
      /^is password-protected or an old \.doc file renamed/,
    ],
    [
      'no-body.docx',
      () => writeZip([{ name: 'docProps/core.xml', data: coreXml({ title: 'T' }) }]),
      'invalid-docx',
      /has no word\/document\.xml/,
    ],
    ['blank.docx', () => writeDocx([{ type: 'p', text: '   ' }]), 'no-text', /^the Word file has no text$/],
  ])('%s is refused (%s) with a reason naming the file', async (name, make, code, message) => {
    expect(await extractImport(name, make())).toEqual({
      ok: false,
      error: { code, message: expect.stringMatching(message), file: name },
    });
  });
});
