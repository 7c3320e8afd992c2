import { useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { checkBriefing } from '../../../../shared/briefing/checks';
import type { AnnotationRow, Tag } from '../../../../shared/domain/codebook';
import type { DocumentSummary } from '../../../../shared/domain/document';
import * as edits from '../../briefing/briefing-edits';
import type { Briefings } from '../../state/use-briefings';
import { BriefingMeta } from './BriefingMeta';
import { BriefingPreview } from './BriefingPreview';
import { ExportMenu } from './ExportMenu';
import { evidenceItem, PartsEditor } from './PartsEditor';
import { SourcesList } from './SourcesList';

const NO_COPIES: Record<string, string> = {};

export type BriefingViewProps = {
  briefings: Briefings;
  /** Every annotation of the workspace: evidence shows their stored quotes. */
  annotations: readonly AnnotationRow[];
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Changes when File → Export Briefing… asks for the export menu. */
  exportRequest?: number;
  /** Copies found by story grouping (document → original), so circular reporting is caught. */
  detectedCopies?: Record<string, string>;
  onClose(): void;
};

/** The briefing builder, beside the panes: one briefing at a time, saved as it is written. */
export function BriefingView({
  briefings,
  annotations,
  documents,
  tags,
  headingRef,
  exportRequest,
  detectedCopies = NO_COPIES,
  onClose,
}: BriefingViewProps) {
  const { current, edit, change } = briefings;
  const [creating, setCreating] = useState(false);
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const warnings = useMemo(
    () => (current ? checkBriefing(current, detectedCopies) : null),
    [current, detectedCopies],
  );
  const [tagId, setTagId] = useState('');

  function sectionFromTag() {
    const tag = tags.find((t) => t.id === (tagId || tags[0]?.id));
    if (!tag) return;
    const items = annotations.filter((a) => a.tagIds.includes(tag.id)).map(evidenceItem);
    void change(
      edits.addPart('section', { id: edits.newPartId(), heading: tag.name, body: '', evidence: items }),
    );
  }

  return (
    <section className="briefing-view" aria-labelledby="briefing-heading">
      <div className="section-head">
        <h2 id="briefing-heading" className="section-title" ref={headingRef} tabIndex={-1}>
          Briefing
        </h2>
        <ExportMenu
          disabled={!current}
          openRequest={exportRequest ?? 0}
          onExport={(format) => void briefings.exportAs(format)}
        />
        <button
          type="button"
          className="button button-quiet"
          aria-label="Close the briefing"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="briefing-picker field-row">
        <select
          aria-label="Open briefing"
          value={current?.id ?? ''}
          onChange={(event) => void briefings.select(event.target.value)}
          disabled={briefings.list.length === 0}
        >
          {briefings.list.length === 0 && <option value="">No briefing yet</option>}
          {briefings.list.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title || 'Untitled briefing'}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={creating}
          onClick={() => {
            // Until the host answers, the fields of the briefing shown before are hidden: typing
            // meant for the new one must not land in the old one.
            setCreating(true);
            void briefings.create('Untitled briefing').finally(() => setCreating(false));
          }}
        >
          New briefing
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={!current}
          onClick={() => void briefings.remove()}
        >
          Delete briefing
        </button>
      </div>
      {briefings.status === 'error' && (
        <p role="alert" className="list-error">
          The briefings could not be loaded: {briefings.error}
        </p>
      )}
      {creating ? (
        <p className="pane-note">Creating a briefing…</p>
      ) : current && warnings ? (
        <div className="briefing-body">
          <BriefingMeta briefing={current} blufWarnings={warnings.bluf} edit={edit} />
          <h3>Key judgments</h3>
          <PartsEditor
            briefing={current}
            kind="judgment"
            warnings={warnings.judgments}
            annotations={byId}
            edit={edit}
            change={(e) => void change(e)}
          />
          <button
            type="button"
            className="button"
            onClick={() =>
              void change(
                edits.addPart('judgment', {
                  id: edits.newPartId(),
                  text: '',
                  confidence: 'moderate',
                  likelihood: null,
                  evidence: [],
                }),
              )
            }
          >
            Add a key judgment
          </button>
          <h3>Sections</h3>
          <PartsEditor
            briefing={current}
            kind="section"
            warnings={warnings.sections}
            annotations={byId}
            edit={edit}
            change={(e) => void change(e)}
          />
          <div className="field-row">
            <button
              type="button"
              className="button"
              onClick={() =>
                void change(
                  edits.addPart('section', {
                    id: edits.newPartId(),
                    heading: 'New section',
                    body: '',
                    evidence: [],
                  }),
                )
              }
            >
              Add a section
            </button>
            <select
              aria-label="Tag for a new section"
              value={tagId}
              onChange={(event) => setTagId(event.target.value)}
            >
              {tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
            </select>
            <button type="button" className="button" disabled={tags.length === 0} onClick={sectionFromTag}>
              Add a section per tag
            </button>
          </div>
          <h3>Sources</h3>
          <SourcesList briefing={current} documents={documents} edit={edit} />
          <h3>Preview</h3>
          <BriefingPreview html={briefings.preview} />
        </div>
      ) : (
        briefings.status === 'ready' && <p className="pane-note">Create a briefing to start writing.</p>
      )}
    </section>
  );
}
