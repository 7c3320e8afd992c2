import type { Correction } from '../../../shared/domain/corrections';
import type { ImportWarning } from '../../../shared/domain/document';
import { applyCorrections } from '../corrections/apply-corrections';
import type { Result } from '../../../shared/domain/result';
import { fail, ok } from '../../../shared/domain/result';
import { normalizeDate } from '../../../shared/text/dates';
import { detectLanguage } from '../../../shared/text/language';
import { primaryLanguage, shortTitle } from '../meta-text';
import type { FormatExtraction } from '../format-extraction';
import { assemble, makeUnit, rawText } from '../text-unit';
import type { DocxBlock } from './docx-body';
import { readDocxBody } from './docx-body';
import { mainDocumentPath, readCoreProperties, readStyles, styleOrGuess } from './docx-parts';
import type { ZipDirectory } from './zip-reader';
import { readEntry, readZipDirectory } from './zip-reader';

const UTF8 = new TextDecoder('utf-8');

/**
 * A Word (OOXML) file's text: headings, paragraphs, list items and table rows, one block each,
 * with title, author, date and language from its properties. The zip is checked before anything
 * is inflated (see zip-reader.ts); only the parts named here are ever read, and no relationship
 * target (images, links) is followed. Offsets map into the layout text of `readDocxBody`.
 */
export async function extractDocx(
  bytes: Uint8Array,
  corrections: readonly Correction[] = [],
): Promise<Result<FormatExtraction>> {
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return fail(
      'encrypted',
      'is password-protected or an old .doc file renamed; Loupe reads unprotected .docx files',
    );
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return fail('invalid-docx', 'is not a Word file (it is not a zip archive)');
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const part = (name: string): Result<string | null> => readPart(bytes, directory.value, name);

  const rels = part('_rels/.rels');
  if (!rels.ok) return rels;
  const mainPath = mainDocumentPath(rels.value);
  const main = part(mainPath);
  if (!main.ok) return main;
  if (main.value === null) return fail('invalid-docx', `is not a Word file (it has no ${mainPath})`);
  const stylesXml = part('word/styles.xml');
  if (!stylesXml.ok) return stylesXml;
  const core = part('docProps/core.xml');
  if (!core.ok) return core;

  const { styles, defaultLang } = readStyles(stylesXml.value);
  const body = readDocxBody(main.value, (id) => styleOrGuess(styles, id));
  const blocks = body.blocks.map((block) => makeUnit(block.kind, block.pieces, true, block.level));
  // Every block is kept, so only "boilerplate" changes anything; by the document's own corrections.
  const units =
    corrections.length > 0
      ? applyCorrections(
          blocks,
          blocks.map((unit) => ({ ...unit, signature: '' })),
          [],
          corrections,
        )
      : blocks;
  const mapped = assemble(units.map((unit) => [unit]));
  if (!/\S/.test(mapped.text)) return fail('no-text', 'the Word file has no text');

  const properties = readCoreProperties(core.value);
  const warnings: ImportWarning[] = [];
  if (directory.value.unsafe.length > 0) {
    warnings.push({
      code: 'docx-unsafe-entries',
      message: `${directory.value.unsafe.length} archive entries with unsafe paths (such as ${JSON.stringify(directory.value.unsafe[0])}) were ignored`,
    });
  }
  return ok({
    meta: {
      title: properties.title !== null ? shortTitle(properties.title) : titleFromBlocks(body.blocks),
      source: null,
      author: properties.creator,
      published: normalizeDate(properties.created),
      url: null,
      lang:
        detectLanguage(mapped.text).lang ??
        primaryLanguage(mostUsed(body.languages) ?? defaultLang ?? properties.language),
    },
    format: 'docx',
    encoding: 'docx',
    text: mapped.text,
    offsets: mapped.offsets,
    warnings,
  });
}

/** The layout text a Word file's offsets point into, read again (the original view); null if unreadable. */
export function docxLayout(bytes: Uint8Array): string | null {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return null;
  const part = (name: string) => readPart(bytes, directory.value, name);
  const rels = part('_rels/.rels');
  const main = rels.ok ? part(mainDocumentPath(rels.value)) : null;
  if (!main?.ok || main.value === null) return null;
  const stylesXml = part('word/styles.xml');
  const { styles } = readStyles(stylesXml.ok ? stylesXml.value : null);
  return readDocxBody(main.value, (id) => styleOrGuess(styles, id)).layout;
}

function readPart(bytes: Uint8Array, directory: ZipDirectory, name: string): Result<string | null> {
  const entry = directory.entries.get(name);
  if (entry === undefined) return ok(null);
  const data = readEntry(bytes, entry);
  if (!data.ok) return data;
  return ok(UTF8.decode(data.value));
}

/** The Title-styled paragraph, else the first heading, if it comes early. */
function titleFromBlocks(blocks: readonly DocxBlock[]): string | null {
  const early = blocks.slice(0, 5);
  const block =
    early.find((b) => b.style !== null && /^title$/i.test(b.style)) ??
    early.find((b) => b.kind === 'heading');
  return block === undefined ? null : shortTitle(rawText(block.pieces));
}

function mostUsed(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [lang, count] of counts) if (count > most) [best, most] = [lang, count];
  return best;
}
