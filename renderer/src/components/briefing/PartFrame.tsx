import { useState } from 'react';
import type { ReactNode } from 'react';
import type { DraggedAnnotation } from '../../briefing/evidence-drag';
import { carriesAnnotation, droppedAnnotation } from '../../briefing/evidence-drag';

export type PartFrameProps = {
  /** "Key judgment 1", "Section 2". */
  label: string;
  first: boolean;
  last: boolean;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  onDropAnnotation(annotation: DraggedAnnotation): void;
  children: ReactNode;
};

/** A key judgment or a section: a drop target for annotations, with move and remove buttons. */
export function PartFrame({
  label,
  first,
  last,
  onMove,
  onRemove,
  onDropAnnotation,
  children,
}: PartFrameProps) {
  const [over, setOver] = useState(false);
  return (
    <div
      role="group"
      aria-label={label}
      className={over ? 'briefing-part drop-target' : 'briefing-part'}
      onDragOver={(event) => {
        if (!carriesAnnotation(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const dropped = droppedAnnotation(event);
        if (!dropped) return;
        event.preventDefault();
        onDropAnnotation(dropped);
      }}
    >
      <div className="part-head">
        <span className="part-label">{label}</span>
        <span className="part-actions">
          <button
            type="button"
            className="button button-quiet part-button"
            aria-label={`Move ${label} up`}
            disabled={first}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-quiet part-button"
            aria-label={`Move ${label} down`}
            disabled={last}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button-quiet part-button"
            aria-label={`Remove ${label}`}
            onClick={onRemove}
          >
            ×
          </button>
        </span>
      </div>
      {children}
    </div>
  );
}
