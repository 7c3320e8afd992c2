import type { BriefingView, Citation } from '../assemble';
import { citationReference } from '../citation-reference';
import { TLP_COLORS } from '../tlp-colors';
import {
  CONTENT_TYPES,
  coreProperties,
  DOCUMENT_RELS,
  NUMBERING,
  PACKAGE_RELS,
  R_NS,
  SETTINGS,
  STYLES,
  W_NS,
  xmlPart,
} from './parts';
import { field, paragraph, run } from './xml';
import { utf8, writeZip } from './zip';

/** Word footnotes are referenced once each, so a citation used twice gets a second footnote. */
class Footnotes {
  readonly xml: string[] = [];

  constructor(private readonly byNumber: Map<number, Citation>) {}

  references(numbers: number[]): string {
    return (
      numbers
        .map((n) => this.byNumber.get(n))
        .filter((c): c is Citation => c !== undefined)
        .map((c) => {
          const id = this.xml.length + 1;
          this.xml.push(footnote(id, c));
          return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
        })
        // A superscript comma between marks, so notes 1 and 2 do not read as note 12.
        .join('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>,</w:t></w:r>')
    );
  }
}

function footnote(id: number, c: Citation): string {
  const style = { style: 'FootnoteText' };
  const where = [
    c.outlet ? run(`${c.outlet}, `) : '',
    run(c.title, { italic: true }),
    c.published ? run(`, ${c.published.slice(0, 10)}`) : '',
  ];
  const first =
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' +
    run(' “') +
    run(c.quote, { lang: c.lang }) +
    run('” — ') +
    where.join('') +
    (c.grade ? run(` (${c.grade})`, { bold: true }) : '');
  const paragraphs = [paragraph(first, style)];
  if (c.translation) paragraphs.push(paragraph(run('Translation: ') + run(c.translation), style));
  if (c.note) paragraphs.push(paragraph(run('Note: ') + run(c.note), style));
  paragraphs.push(paragraph(run(`Reference: ${citationReference(c)}`, { color: '555555' }), style));
  return `<w:footnote w:id="${id}">${paragraphs.join('')}</w:footnote>`;
}

/** Free text to paragraphs: a blank line starts a new paragraph, a single newline breaks the line. */
function textParagraphs(text: string, trailing = ''): string[] {
  const blocks = text.split(/\r?\n\s*\r?\n/).filter((b) => b.trim() !== '');
  if (blocks.length === 0) return trailing ? [paragraph(run('Evidence: ') + trailing)] : [];
  return blocks.map((block, i) => paragraph(run(block) + (i === blocks.length - 1 ? trailing : '')));
}

function heading(text: string): string {
  return paragraph(run(text), { style: 'Heading1' });
}

function marking(view: BriefingView): string {
  return run(` ${view.briefing.tlp} `, { bold: true, color: TLP_COLORS[view.briefing.tlp], fill: '000000' });
}

/** Column widths in twentieths of a point: the A4 text width, with room for "Reliability". */
const COLUMNS = [3700, 2300, 1700, 1500];

function cell(content: string, width: number, header = false): string {
  const text = header ? run(content, { bold: true }) : content;
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(text, { style: 'Normal' })}</w:tc>`;
}

function sourcesTable(view: BriefingView): string {
  const head = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${['Document', 'Outlet', 'Date', 'Reliability'].map((h, i) => cell(h, COLUMNS[i]!, true)).join('')}</w:tr>`;
  const rows = view.sources.map(
    (s) =>
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${[
        run(s.title, { lang: s.lang }),
        run(s.outlet ?? ''),
        run(s.published?.slice(0, 10) ?? ''),
        run(s.reliability ?? ''),
      ]
        .map((content, i) => cell(content, COLUMNS[i]!))
        .join('')}</w:tr>`,
  );
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${COLUMNS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    head +
    rows.join('') +
    '</w:tbl>'
  );
}

function documentXml(view: BriefingView, notes: Footnotes): string {
  const b = view.briefing;
  const body: string[] = [
    paragraph(marking(view), { style: 'Marking' }),
    paragraph(run(b.title), { style: 'Title' }),
    paragraph(run([b.date, b.author, b.tlp].filter(Boolean).join(' · ')), { style: 'Subtitle' }),
    heading('Bottom line up front'),
    ...(textParagraphs(b.bluf).length
      ? textParagraphs(b.bluf)
      : [paragraph(run('(none)', { italic: true }))]),
  ];
  if (view.judgments.length) {
    body.push(heading('Key judgments'));
    for (const j of view.judgments) {
      const likelihood = j.likelihood ? `; ${j.likelihood}` : '';
      body.push(
        paragraph(
          run(j.text) +
            run(` (${j.confidence} confidence${likelihood})`, { italic: true, color: '555555' }) +
            notes.references(j.citations),
          { style: 'ListParagraph', numId: 1 },
        ),
      );
    }
  }
  for (const s of view.sections) {
    body.push(heading(s.heading));
    body.push(...textParagraphs(s.body, notes.references(s.citations)));
  }
  if (view.missing.length) {
    const n = view.missing.length;
    body.push(
      paragraph(
        run(
          `${n} cited annotation${n === 1 ? ' no longer exists' : 's no longer exist'} in the workspace and ${n === 1 ? 'is' : 'are'} left out.`,
          {
            italic: true,
            color: 'A00000',
          },
        ),
      ),
    );
  }
  if (view.sources.length) body.push(heading('Sources'), sourcesTable(view), paragraph(''));
  const section =
    '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>' +
    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';
  return xmlPart(
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body.join('')}${section}</w:body></w:document>`,
  );
}

function footnotesXml(notes: Footnotes): string {
  return xmlPart(
    `<w:footnotes xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
      notes.xml.join('') +
      '</w:footnotes>',
  );
}

/** The handling marking on every page, as TLP requires of a marked document. */
function headerXml(view: BriefingView): string {
  return xmlPart(
    `<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${paragraph(marking(view), { style: 'Marking' })}</w:hdr>`,
  );
}

function footerXml(): string {
  return xmlPart(
    `<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${paragraph(run('Page ') + field(' PAGE ', '1') + run(' of ') + field(' NUMPAGES ', '1'), { style: 'Footer' })}</w:ftr>`,
  );
}

/** A Word document (OOXML) of the briefing: real headings, numbered judgments, footnotes, a sources table. */
export function renderDocx(view: BriefingView): Uint8Array {
  const notes = new Footnotes(new Map(view.citations.map((c) => [c.number, c])));
  const document = documentXml(view, notes);
  const b = view.briefing;
  const parts: Array<[string, string]> = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['docProps/core.xml', coreProperties(b.title, b.author, b.date)],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/settings.xml', SETTINGS],
    ['word/numbering.xml', NUMBERING],
    ['word/footnotes.xml', footnotesXml(notes)],
    ['word/header1.xml', headerXml(view)],
    ['word/footer1.xml', footerXml()],
  ];
  return writeZip(parts.map(([name, xml]) => ({ name, data: utf8(xml) })));
}
