import { useMemo } from 'react';
import type { Tag } from '../../../shared/domain/codebook';
import { tagStyleSheet } from '../tagging/tag-styles';

export type TagStylesProps = { tags: readonly Tag[] };

/** The app's own style element with one class per tag colour; Monaco's decorations use them. */
export function TagStyles({ tags }: TagStylesProps) {
  const css = useMemo(() => tagStyleSheet(tags), [tags]);
  return <style data-loupe="tag-styles">{css}</style>;
}
