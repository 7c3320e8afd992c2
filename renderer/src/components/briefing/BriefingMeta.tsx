import type { LanguageWarning } from '../../../../shared/briefing/checks';
import type { Briefing, Tlp } from '../../../../shared/domain/briefing';
import { TLP_LEVELS } from '../../../../shared/domain/briefing';
import type { BriefingEdit } from '../../briefing/briefing-edits';
import { WarningList } from './WarningList';

export type BriefingMetaProps = {
  briefing: Briefing;
  blufWarnings: LanguageWarning[];
  edit(change: BriefingEdit): void;
};

/** Title, date, author, handling marking and the bottom line up front. */
export function BriefingMeta({ briefing, blufWarnings, edit }: BriefingMetaProps) {
  const set = (fields: Partial<Briefing>) => edit((b) => ({ ...b, ...fields }));
  return (
    <div className="briefing-meta">
      <label className="field">
        <span>Title</span>
        <input
          type="text"
          className="text-input"
          value={briefing.title}
          onChange={(event) => set({ title: event.target.value })}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Date</span>
          <input
            type="date"
            className="text-input"
            value={briefing.date}
            onChange={(event) => set({ date: event.target.value })}
          />
        </label>
        <label className="field">
          <span>Author</span>
          <input
            type="text"
            className="text-input"
            value={briefing.author}
            onChange={(event) => set({ author: event.target.value })}
          />
        </label>
        <label className="field">
          <span>Handling (TLP)</span>
          <select value={briefing.tlp} onChange={(event) => set({ tlp: event.target.value as Tlp })}>
            {TLP_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>Bottom line up front (BLUF)</span>
        <textarea
          className="text-input"
          rows={3}
          value={briefing.bluf}
          onChange={(event) => set({ bluf: event.target.value })}
        />
      </label>
      <WarningList text={briefing.bluf} warnings={blufWarnings} label="Warnings for the BLUF" />
    </div>
  );
}
