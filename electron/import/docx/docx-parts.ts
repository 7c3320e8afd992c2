import { Parser } from 'htmlparser2';
import type { StyleInfo } from './docx-body';

/** Heading style ids as Word writes them when styles.xml is missing or says nothing. */
const HEADING_ID = /^(?:heading|berschrift|überschrift|titre|titolo|título|kop|見出し)\s*([1-9])$/i;

/**
 * Paragraph styles from `word/styles.xml`: which are headings (by the style's name, which Word
 * keeps in English whatever the UI language, or by its outline level) and which are lists.
 */
export function readStyles(xml: string | null): {
  styles: Map<string, StyleInfo>;
  defaultLang: string | null;
} {
  const styles = new Map<string, StyleInfo>();
  let defaultLang: string | null = null;
  let id: string | null = null;
  let info: StyleInfo = { heading: 0, list: false };
  let inDefaults = false;
  if (xml !== null) {
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          const val = attributes['w:val'] ?? '';
          if (name === 'w:docDefaults') inDefaults = true;
          else if (name === 'w:lang' && inDefaults) defaultLang = val || null;
          else if (name === 'w:style') {
            id = attributes['w:styleId'] ?? null;
            info = { heading: headingFromId(id ?? ''), list: false };
          } else if (id !== null && name === 'w:name') {
            const heading = /^heading ([1-9])$/i.exec(val);
            if (heading) info.heading = Number(heading[1]);
            else if (/^title$/i.test(val)) info.heading = 1;
            if (/^list/i.test(val)) info.list = true;
          } else if (id !== null && name === 'w:outlineLvl' && /^\d$/.test(val) && info.heading === 0) {
            info.heading = Number(val) + 1;
          } else if (id !== null && name === 'w:numPr') info.list = true;
        },
        onclosetag(name) {
          if (name === 'w:docDefaults') inDefaults = false;
          if (name === 'w:style' && id !== null) {
            styles.set(id, info);
            id = null;
          }
        },
      },
      { xmlMode: true },
    );
    parser.end(xml);
  }
  return { styles, defaultLang };
}

function headingFromId(id: string): number {
  if (/^title$/i.test(id)) return 1;
  const m = HEADING_ID.exec(id);
  return m ? Number(m[1]) : 0;
}

/** A style id not defined in styles.xml may still say what it is. */
export function styleOrGuess(styles: Map<string, StyleInfo>, id: string): StyleInfo {
  return styles.get(id) ?? { heading: headingFromId(id), list: /^list/i.test(id) };
}

export interface CoreProperties {
  title: string | null;
  creator: string | null;
  created: string | null;
  language: string | null;
}

/** `docProps/core.xml`: Dublin Core title, creator, created date and language. */
export function readCoreProperties(xml: string | null): CoreProperties {
  const found: Record<string, string> = {};
  let field: string | null = null;
  const wanted = new Set(['dc:title', 'dc:creator', 'dcterms:created', 'dc:language']);
  if (xml !== null) {
    const parser = new Parser(
      {
        onopentag(name) {
          field = wanted.has(name) ? name : null;
        },
        ontext(text) {
          if (field !== null) found[field] = (found[field] ?? '') + text;
        },
        onclosetag() {
          field = null;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.end(xml);
  }
  const value = (key: string): string | null => found[key]?.replace(/\s+/g, ' ').trim() || null;
  return {
    title: value('dc:title'),
    creator: value('dc:creator'),
    created: value('dcterms:created'),
    language: value('dc:language'),
  };
}

/**
 * The main document part named by `_rels/.rels`. Targets marked External are links, never
 * files of this archive, and are never followed; nor is a target that climbs out with `..`.
 */
export function mainDocumentPath(relsXml: string | null): string {
  let target: string | null = null;
  if (relsXml !== null) {
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          if (target !== null || name !== 'Relationship') return;
          if (!/\/officeDocument$/.test(attributes.Type ?? '')) return;
          if ((attributes.TargetMode ?? '').toLowerCase() === 'external') return;
          const path = (attributes.Target ?? '').replace(/^\/+/, '');
          if (path.length > 0 && !path.split('/').includes('..') && !/^[a-z][a-z0-9+.-]*:/i.test(path))
            target = path;
        },
      },
      { xmlMode: true },
    );
    parser.end(relsXml);
  }
  return target ?? 'word/document.xml';
}
