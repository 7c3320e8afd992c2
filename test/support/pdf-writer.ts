/**
 * A minimal PDF writer for our own fixtures: text lines placed at given positions, in Helvetica
 * (WinAnsi, enough for English, French and German) or in a CID font with a ToUnicode map for
 * Japanese (not embedded: text extraction reads the map, not the glyphs). Optional image-only
 * pages, document info and a password-protected Encrypt dictionary.
 */
export interface PdfLine {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
  /**
   * `japanese` maps glyph ids to text with an embedded ToUnicode map; `japanese-cmap` names
   * Adobe's predefined UniJIS-UCS2-H map instead and has no ToUnicode, as many Japanese PDFs do.
   */
  font?: 'regular' | 'bold' | 'japanese' | 'japanese-cmap';
}

export interface PdfPageSpec {
  lines: PdfLine[];
  /** Draws a small grey image and nothing else, like a scanned page. */
  image?: boolean;
}

export interface PdfSpec {
  pages: PdfPageSpec[];
  info?: { Title?: string; Author?: string; CreationDate?: string; Producer?: string };
  /** Adds a standard security handler with a user password: readers need the password. */
  encrypted?: boolean;
  /** The catalog's /Lang. */
  lang?: string;
}

export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;

const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
  Œ: 0x8c,
};

function winAnsi(text: string): number[] {
  return [...text].map((c) => WIN_ANSI[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
}

function literal(bytes: number[]): string {
  return `(${bytes
    .map((b) =>
      b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : String.fromCharCode(b),
    )
    .join('')})`;
}

/** A PDF text string: UTF-16BE with a BOM, as hex, so any script survives. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

export function writePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const reserve = (): number => add('');

  const japanese = new Map<string, number>();
  for (const page of spec.pages)
    for (const line of page.lines)
      if (line.font === 'japanese')
        for (const c of line.text) if (!japanese.has(c)) japanese.set(c, japanese.size + 1);

  const catalog = reserve();
  const pagesId = reserve();
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  let cjk = 0;
  if (japanese.size > 0) {
    const entries = [...japanese].map(
      ([c, cid]) =>
        `<${cid.toString(16).padStart(4, '0')}> <${c.charCodeAt(0).toString(16).padStart(4, '0')}>`,
    );
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange',
      `${entries.length} beginbfchar`,
      ...entries,
      'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const toUnicode = add(`<< /Length ${utf8Length(cmap)} >>\nstream\n${cmap}\nendstream`);
    const descriptor = add(
      '<< /Type /FontDescriptor /FontName /LoupeMincho /Flags 4 /FontBBox [0 -120 1000 880] ' +
        '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    );
    const descendant = add(
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /LoupeMincho ' +
        `/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
    );
    cjk = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /LoupeMincho /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
    );
  }
  const predefined = spec.pages.some((p) => p.lines.some((l) => l.font === 'japanese-cmap'))
    ? add(
        // The descriptor and the descendant font are the next two objects.
        '<< /Type /Font /Subtype /Type0 /BaseFont /LoupeGothic /Encoding /UniJIS-UCS2-H /DescendantFonts [' +
          `${objects.length + 3} 0 R] >>`,
      )
    : 0;
  if (predefined) {
    const descriptor = add(
      '<< /Type /FontDescriptor /FontName /LoupeGothic /Flags 4 /FontBBox [0 -120 1000 880] ' +
        '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    );
    add(
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /LoupeGothic ' +
        `/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
    );
  }
  const image = spec.pages.some((p) => p.image)
    ? add(
        `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0080\u00a0\u00c0\u00e0\nendstream`,
      )
    : 0;

  const pageIds: number[] = [];
  for (const page of spec.pages) {
    const ops: string[] = [];
    if (page.image) ops.push(`q ${PAGE_WIDTH - 100} 0 0 ${PAGE_HEIGHT - 100} 50 50 cm /Im1 Do Q`);
    for (const line of page.lines) {
      const font = { japanese: 'F3', 'japanese-cmap': 'F4', bold: 'F2', regular: 'F1' }[
        line.font ?? 'regular'
      ];
      const shown =
        line.font === 'japanese'
          ? `<${[...line.text].map((c) => japanese.get(c)!.toString(16).padStart(4, '0')).join('')}>`
          : line.font === 'japanese-cmap'
            ? `<${[...line.text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`
            : literal(winAnsi(line.text));
      ops.push(`BT /${font} ${line.size} Tf ${line.x} ${line.y} Td ${shown} Tj ET`);
    }
    const content = ops.join('\n');
    const contentId = add(`<< /Length ${latin1Length(content)} >>\nstream\n${content}\nendstream`);
    const fonts = `/F1 ${regular} 0 R /F2 ${bold} 0 R${cjk ? ` /F3 ${cjk} 0 R` : ''}${predefined ? ` /F4 ${predefined} 0 R` : ''}`;
    const xobjects = image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
          `/Resources << /Font << ${fonts} >>${xobjects} >> /Contents ${contentId} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] =
    `<< /Type /Catalog /Pages ${pagesId} 0 R${spec.lang ? ` /Lang ${textString(spec.lang)}` : ''} >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  const infoEntries = Object.entries(spec.info ?? {}).map(([key, value]) => `/${key} ${textString(value)}`);
  const info = infoEntries.length ? add(`<< ${infoEntries.join(' ')} >>`) : 0;
  const encrypt = spec.encrypted
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`,
      )
    : 0;

  // Object bodies hold only Latin-1 code points (WinAnsi bytes, hex strings), except a
  // ToUnicode CMap, which is ASCII; so one char is one byte throughout.
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  out +=
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}` +
    `${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

function latin1Length(text: string): number {
  return text.length;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Lays paragraphs out top-down like a simple report: each paragraph is a list of lines as they
 * break on the page, `gap` extra points between paragraphs.
 */
export function layoutLines(
  paragraphs: { lines: string[]; size?: number; font?: PdfLine['font']; gapBefore?: number }[],
  options: { top?: number; x?: number; leading?: number; gap?: number } = {},
): PdfLine[] {
  const lines: PdfLine[] = [];
  let y = options.top ?? PAGE_HEIGHT - 90;
  for (const paragraph of paragraphs) {
    const size = paragraph.size ?? 11;
    y -= paragraph.gapBefore ?? (lines.length ? (options.gap ?? 10) : 0);
    for (const text of paragraph.lines) {
      lines.push({ text, x: options.x ?? 72, y, size, font: paragraph.font });
      y -= size * (options.leading ?? 1.3);
    }
  }
  return lines;
}
