import type { ColorScheme } from '../state/use-color-scheme';
import type { PaneView } from '../state/use-pane-view';
import { OriginalView } from './OriginalView';

export type OriginalPaneTextProps = {
  view: PaneView;
  colorScheme: ColorScheme;
  /** The document's title, for the editor's accessible name. */
  title: string;
};

/** The pane's text area in original mode: the original view, or why there is none yet. */
export function OriginalPaneText({ view, colorScheme, title }: OriginalPaneTextProps) {
  const { state, correct } = view.corrections;
  return (
    <div className="pane-text">
      {state.status === 'ready' && state.view.runs ? (
        <OriginalView
          runs={state.view.runs}
          colorScheme={colorScheme}
          ariaLabel={`Original of ${title}`}
          handleRef={view.originalEditor}
          onCorrect={(action, span) => void correct(action, 'original', span.start, span.end)}
        />
      ) : (
        <p className="pane-note">
          {state.status === 'ready'
            ? state.view.unavailable
            : state.status === 'error'
              ? state.message
              : 'Loading the original…'}
        </p>
      )}
    </div>
  );
}
