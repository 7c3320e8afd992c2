import { escapeXml } from './xml';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function xmlPart(body: string): string {
  return DECL + body;
}

export const CONTENT_TYPES = xmlPart(
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${WML}.settings+xml"/>` +
    `<Override PartName="/word/numbering.xml" ContentType="${WML}.numbering+xml"/>` +
    `<Override PartName="/word/footnotes.xml" ContentType="${WML}.footnotes+xml"/>` +
    `<Override PartName="/word/header1.xml" ContentType="${WML}.header+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="${WML}.footer+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `</Types>`,
);

export const PACKAGE_RELS = xmlPart(
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `</Relationships>`,
);

export const DOCUMENT_RELS = xmlPart(
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>` +
    `<Relationship Id="rId4" Type="${REL}/footnotes" Target="footnotes.xml"/>` +
    `<Relationship Id="rId5" Type="${REL}/header" Target="header1.xml"/>` +
    `<Relationship Id="rId6" Type="${REL}/footer" Target="footer1.xml"/>` +
    `</Relationships>`,
);

/**
 * Footnote ids -1 and 0 are the separator lines Word expects before any real footnote. Word
 * refuses elements out of the schema's order, so defaultTabStop comes before footnotePr.
 */
export const SETTINGS = xmlPart(
  `<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/>` +
    `<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
);

/** Numbering 1: the key judgments, "1." "2." ... */
export const NUMBERING = xmlPart(
  `<w:numbering xmlns:w="${W_NS}">` +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
    `</w:numbering>`,
);

function paragraphStyle(id: string, name: string, props: string, runProps = '', extra = ''): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>` +
    `<w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${props}</w:pPr><w:rPr>${runProps}</w:rPr></w:style>`
  );
}

/**
 * East Asian text gets its own font slot: Word and LibreOffice both fall back from it to a
 * font that has the glyphs, so Japanese quotes never show as boxes.
 */
export const STYLES = xmlPart(
  `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Noto Sans CJK JP"/>` +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    paragraphStyle(
      'Title',
      'Title',
      '<w:spacing w:before="120" w:after="60"/>',
      '<w:b/><w:sz w:val="48"/><w:szCs w:val="48"/>',
    ) +
    paragraphStyle('Subtitle', 'Subtitle', '<w:spacing w:after="240"/>', '<w:color w:val="555555"/>') +
    paragraphStyle(
      'Heading1',
      'heading 1',
      '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
      '<w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
    ) +
    paragraphStyle(
      'Heading2',
      'heading 2',
      '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
      '<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    ) +
    paragraphStyle('Marking', 'Handling Marking', '<w:jc w:val="right"/>', '<w:b/><w:caps/>') +
    paragraphStyle('ListParagraph', 'List Paragraph', '<w:ind w:left="567"/>') +
    paragraphStyle(
      'FootnoteText',
      'footnote text',
      '<w:spacing w:after="40" w:line="240" w:lineRule="auto"/>',
      '<w:sz w:val="18"/><w:szCs w:val="18"/>',
    ) +
    paragraphStyle(
      'Header',
      'header',
      '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>',
    ) +
    paragraphStyle(
      'Footer',
      'footer',
      '<w:spacing w:after="0"/><w:jc w:val="center"/>',
      '<w:sz w:val="18"/>',
    ) +
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`)
      .join('') +
    `</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`,
);

export function coreProperties(title: string, author: string, date: string): string {
  const created = /^\d{4}-\d{2}-\d{2}/.test(date) ? `${date.slice(0, 10)}T00:00:00Z` : '';
  return xmlPart(
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(author)}</dc:creator>` +
      (created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` : '') +
      `</cp:coreProperties>`,
  );
}
