import type { Viewer } from './editor-actions';

/**
 * Monaco builds its table of key bindings on the first key press after any action was added,
 * from every default binding of every feature, in that key press's task: the first tag key after
 * a page load drew its span 12–18 ms after the press instead of 4–9 ms (in a development build,
 * 42 ms instead of 8). Asking for one binding once the editor is set up and the window is idle
 * builds the table then instead.
 *
 * The keybinding service is the editor's own, not part of Monaco's public API; if a later
 * Monaco moves it, this does nothing and the first key press is merely slower.
 */
export function warmKeyBindings(editor: Viewer): void {
  const service = (
    editor as unknown as { _standaloneKeybindingService?: { lookupKeybinding?(id: string): unknown } }
  )._standaloneKeybindingService;
  if (typeof service?.lookupKeybinding !== 'function') return;
  const warm = () => {
    try {
      service.lookupKeybinding?.('editor.action.clipboardCopyAction');
    } catch {
      // Only a head start: the first key press builds the table anyway.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 200);
}
