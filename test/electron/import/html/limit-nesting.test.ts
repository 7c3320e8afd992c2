import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../electron/import/html/extract-html';
import { limitNesting } from '../../../../electron/import/html/limit-nesting';
import { toOriginalOffset } from '../../../../shared/text/offset-map';

const deep = (n: number, inner: string) =>
  `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;

describe('limitNesting', () => {
  it('leaves a page of ordinary depth exactly as it is', () => {
    const page = `<html><body><p>One<p>Two<ul><li>a<li>b</ul>${deep(40, '<p>Text</p>')}</body></html>`;
    expect(limitNesting(page)).toBe(page);
  });

  it('blanks the tags past the limit with spaces of the same length, keeping their text and every offset', () => {
    const page = deep(10, '<section class="x"><p>Kept text</p></section>');
    const limited = limitNesting(page, 4);
    expect(limited).toHaveLength(page.length);
    expect(limited.indexOf('Kept text')).toBe(page.indexOf('Kept text'));
    expect(limited.match(/<div>/g)).toHaveLength(4);
    expect(limited.match(/<\/div>/g)).toHaveLength(4);
  });

  it('lets the extractor read a page nested 100,000 deep, with offsets into the original', () => {
    const inner = '<p>Deep inside, Tokyo and Brussels agree on chips and materials.</p>';
    const page = deep(100_000, inner);
    const article = extractHtml(page);
    expect(article.text).toContain('Tokyo and Brussels agree on chips');
    const original = toOriginalOffset(article.offsets, article.text.indexOf('Tokyo'));
    expect(page.slice(original, original + 5)).toBe('Tokyo');
  });

  it('never changes the length of any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 5 }), (html, max) => {
        expect(limitNesting(html, max)).toHaveLength(html.length);
      }),
      { numRuns: 300 },
    );
  });
});
