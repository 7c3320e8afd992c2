import type { BriefingFields } from '../../../shared/contract/api';
import type { Briefing, BriefingSection, EvidenceItem, KeyJudgment } from '../../../shared/domain/briefing';

/** A change to a briefing as a pure function, so undo can replay it on whatever is current. */
export type BriefingEdit = (briefing: Briefing) => Briefing;

/** A change that can be undone: the inverse is its own function, not a snapshot of the whole. */
export interface ReversibleEdit {
  label: string;
  forward: BriefingEdit;
  backward: BriefingEdit;
}

export type PartKind = 'judgment' | 'section';

export function fieldsOf(briefing: Briefing): BriefingFields {
  const { title, date, author, tlp, bluf, judgments, sections, reliability, derivativeOf } = briefing;
  return {
    title,
    date,
    author,
    tlp,
    bluf,
    judgments,
    sections,
    reliability,
    derivativeOf: derivativeOf ?? {},
  };
}

export function newPartId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type Part = KeyJudgment | BriefingSection;

function mapParts(briefing: Briefing, kind: PartKind, change: (parts: Part[]) => Part[]): Briefing {
  return kind === 'judgment'
    ? { ...briefing, judgments: change(briefing.judgments) as KeyJudgment[] }
    : { ...briefing, sections: change(briefing.sections) as BriefingSection[] };
}

export function updatePart<K extends PartKind>(
  kind: K,
  id: string,
  fields: Partial<K extends 'judgment' ? KeyJudgment : BriefingSection>,
): BriefingEdit {
  return (b) => mapParts(b, kind, (parts) => parts.map((p) => (p.id === id ? { ...p, ...fields } : p)));
}

function insertAt<T>(list: T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

export function partsOf(briefing: Briefing, kind: PartKind): Part[] {
  return kind === 'judgment' ? briefing.judgments : briefing.sections;
}

/** Adds a judgment or a section at the end; undo takes it away again. */
export function addPart(kind: PartKind, part: Part): ReversibleEdit {
  return {
    label: kind === 'judgment' ? 'add key judgment' : `add section “${(part as BriefingSection).heading}”`,
    forward: (b) => mapParts(b, kind, (parts) => [...parts.filter((p) => p.id !== part.id), part]),
    backward: (b) => mapParts(b, kind, (parts) => parts.filter((p) => p.id !== part.id)),
  };
}

export function removePart(briefing: Briefing, kind: PartKind, id: string): ReversibleEdit | null {
  const parts = partsOf(briefing, kind);
  const index = parts.findIndex((p) => p.id === id);
  if (index < 0) return null;
  const part = parts[index]!;
  return {
    label: kind === 'judgment' ? 'remove key judgment' : 'remove section',
    forward: (b) => mapParts(b, kind, (list) => list.filter((p) => p.id !== id)),
    backward: (b) =>
      mapParts(b, kind, (list) => (list.some((p) => p.id === id) ? list : insertAt(list, index, part))),
  };
}

function moveTo(kind: PartKind, id: string, index: number): BriefingEdit {
  return (b) =>
    mapParts(b, kind, (list) => {
      const part = list.find((p) => p.id === id);
      return part
        ? insertAt(
            list.filter((p) => p !== part),
            index,
            part,
          )
        : list;
    });
}

/** Moves a part up (-1) or down (+1); null at either end. */
export function movePart(briefing: Briefing, kind: PartKind, id: string, by: -1 | 1): ReversibleEdit | null {
  const parts = partsOf(briefing, kind);
  const from = parts.findIndex((p) => p.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= parts.length) return null;
  return {
    label: kind === 'judgment' ? 'move key judgment' : 'move section',
    forward: moveTo(kind, id, to),
    backward: moveTo(kind, id, from),
  };
}

/** Cites annotations in a part, skipping those already cited there. */
export function addEvidence(kind: PartKind, partId: string, items: EvidenceItem[]): ReversibleEdit {
  const ids = new Set(items.map((i) => i.annotationId));
  return {
    label: items.length === 1 ? 'add evidence' : `add ${items.length} evidence items`,
    forward: (b) =>
      mapParts(b, kind, (parts) =>
        parts.map((p) =>
          p.id !== partId
            ? p
            : {
                ...p,
                evidence: [
                  ...p.evidence,
                  ...items.filter((i) => !p.evidence.some((e) => e.annotationId === i.annotationId)),
                ],
              },
        ),
      ),
    backward: (b) =>
      mapParts(b, kind, (parts) =>
        parts.map((p) =>
          p.id === partId ? { ...p, evidence: p.evidence.filter((e) => !ids.has(e.annotationId)) } : p,
        ),
      ),
  };
}

export function removeEvidence(
  briefing: Briefing,
  kind: PartKind,
  partId: string,
  annotationId: string,
): ReversibleEdit | null {
  const part = partsOf(briefing, kind).find((p) => p.id === partId);
  const index = part?.evidence.findIndex((e) => e.annotationId === annotationId) ?? -1;
  if (!part || index < 0) return null;
  const item = part.evidence[index]!;
  const put = (b: Briefing, evidence: (list: EvidenceItem[]) => EvidenceItem[]) =>
    mapParts(b, kind, (parts) =>
      parts.map((p) => (p.id === partId ? { ...p, evidence: evidence(p.evidence) } : p)),
    );
  return {
    label: 'remove evidence',
    forward: (b) => put(b, (list) => list.filter((e) => e.annotationId !== annotationId)),
    backward: (b) =>
      put(b, (list) =>
        list.some((e) => e.annotationId === annotationId) ? list : insertAt(list, index, item),
      ),
  };
}

export function updateEvidence(
  kind: PartKind,
  partId: string,
  annotationId: string,
  fields: Partial<Pick<EvidenceItem, 'credibility' | 'translation'>>,
): BriefingEdit {
  return (b) =>
    mapParts(b, kind, (parts) =>
      parts.map((p) =>
        p.id !== partId
          ? p
          : {
              ...p,
              evidence: p.evidence.map((e) => (e.annotationId === annotationId ? { ...e, ...fields } : e)),
            },
      ),
    );
}

/** Every document cited anywhere in the briefing, in order of first citation. */
export function citedDocuments(briefing: Briefing): string[] {
  const seen = new Set<string>();
  for (const part of [...briefing.judgments, ...briefing.sections])
    for (const item of part.evidence) seen.add(item.documentId);
  return [...seen];
}
