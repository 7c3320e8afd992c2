import type { MonacoViewProps } from '../../../renderer/src/components/MonacoView';

/**
 * Stands in for the Monaco wrapper: real Monaco needs canvas and layout that happy-dom lacks,
 * and is tested in Chromium instead. Use with
 * `vi.mock('<path>/renderer/src/components/MonacoView', () => import('<path>/support/monaco-stub'))`.
 */
export function MonacoView({ text, ariaLabel }: MonacoViewProps) {
  return (
    <pre data-testid="source-text" aria-label={ariaLabel}>
      {text}
    </pre>
  );
}
