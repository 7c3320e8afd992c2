/**
 * Escapes text for XML content and attributes, and drops what XML 1.0 cannot carry at all
 * (control characters other than tab and newline, lone surrogates, U+FFFE/U+FFFF): a document
 * with one of those would not open in Word.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\P{Cc}\t\n\r]|\p{Cs}|[\ufffe\uffff]/gu, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  style?: string;
  color?: string;
  /** Background fill, hex without #. */
  fill?: string;
  /** BCP 47 language of the text, so Word picks the right fonts and proofing. */
  lang?: string | null;
}

const EAST_ASIAN = /^(ja|zh|ko)\b/i;

function runProps(props: RunProps): string {
  const parts: string[] = [];
  if (props.style) parts.push(`<w:rStyle w:val="${escapeXml(props.style)}"/>`);
  if (props.lang && EAST_ASIAN.test(props.lang)) parts.push('<w:rFonts w:hint="eastAsia"/>');
  if (props.bold) parts.push('<w:b/>');
  if (props.italic) parts.push('<w:i/>');
  if (props.color) parts.push(`<w:color w:val="${escapeXml(props.color)}"/>`);
  if (props.fill) parts.push(`<w:shd w:val="clear" w:color="auto" w:fill="${escapeXml(props.fill)}"/>`);
  if (props.lang) {
    const lang = escapeXml(props.lang);
    parts.push(EAST_ASIAN.test(props.lang) ? `<w:lang w:eastAsia="${lang}"/>` : `<w:lang w:val="${lang}"/>`);
  }
  return parts.length ? `<w:rPr>${parts.join('')}</w:rPr>` : '';
}

/** One run of literal text; line breaks and tabs become Word's own break and tab elements. */
export function run(text: string, props: RunProps = {}): string {
  if (text === '') return '';
  const pieces = text
    .replace(/\r\n?/g, '\n')
    .split(/(\n|\t)/)
    .map((piece) =>
      piece === '\n'
        ? '<w:br/>'
        : piece === '\t'
          ? '<w:tab/>'
          : piece
            ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`
            : '',
    );
  return `<w:r>${runProps(props)}${pieces.join('')}</w:r>`;
}

export interface ParagraphProps {
  style?: string;
  /** Numbering instance and level, for list items. */
  numId?: number;
  keepNext?: boolean;
}

export function paragraph(content: string, props: ParagraphProps = {}): string {
  const parts: string[] = [];
  if (props.style) parts.push(`<w:pStyle w:val="${escapeXml(props.style)}"/>`);
  if (props.keepNext) parts.push('<w:keepNext/>');
  if (props.numId !== undefined)
    parts.push(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${props.numId}"/></w:numPr>`);
  return `<w:p>${parts.length ? `<w:pPr>${parts.join('')}</w:pPr>` : ''}${content}</w:p>`;
}

/** A field such as PAGE or NUMPAGES, with a placeholder value until the reader updates it. */
export function field(instruction: string, placeholder: string): string {
  return `<w:fldSimple w:instr="${escapeXml(instruction)}"><w:r><w:t>${escapeXml(placeholder)}</w:t></w:r></w:fldSimple>`;
}
