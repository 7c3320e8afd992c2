import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../electron/import/html/extract-html';
import type { HtmlArticle } from '../../../electron/import/html/extract-html';
import { toOriginalOffset, toOriginalRange } from '../../../shared/text/offset-map';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import/html');

function page(file: string): string {
  return readFileSync(path.join(FIXTURES, file), 'utf8');
}

/** What a reader sees of an original slice: tags gone, entities decoded, white space collapsed. */
function visible(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every clean character maps into the original, and verbatim ones are the same character there. */
function expectFaithfulMapping(original: string, article: HtmlArticle): void {
  const { text, offsets } = article;
  let next = 0;
  for (const [cleanStart, originalStart, cleanLength, originalLength] of offsets) {
    expect(cleanStart).toBe(next);
    expect(originalStart + originalLength).toBeLessThanOrEqual(original.length);
    if (cleanLength === originalLength) {
      for (let i = 0; i < cleanLength; i++) {
        const c = text[cleanStart + i]!;
        if (!/\s/.test(c)) expect(original[originalStart + i]).toBe(c);
      }
    }
    next = cleanStart + cleanLength;
  }
  expect(next).toBe(text.length);
}

/** A sentence of the clean text, mapped back, reads the same in the original page. */
function expectSentenceMapsBack(original: string, article: HtmlArticle, sentence: string): void {
  const at = article.text.indexOf(sentence);
  expect(at, sentence).toBeGreaterThanOrEqual(0);
  const range = toOriginalRange(article.offsets, at, at + sentence.length);
  expect(visible(original.slice(range.start, range.end))).toBe(sentence);
}

interface FixtureCase {
  file: string;
  meta: Record<string, string | null>;
  /** Sentences of the article; the first is the headline. */
  article: string[];
  /** Furniture on the pages, none of which may reach the clean text. */
  noise: string[];
}

const FIXTURE_CASES: FixtureCase[] = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'));

describe('extractHtml on fixture pages', () => {
  it.each(FIXTURE_CASES)('$file: metadata', ({ file, meta }) => {
    expect(extractHtml(page(file)).meta).toEqual(meta);
  });

  it.each(FIXTURE_CASES)('$file: keeps the article and drops the furniture', ({ file, article, noise }) => {
    const { text } = extractHtml(page(file));
    expect(article.filter((sentence) => !text.includes(sentence))).toEqual([]);
    expect(noise.filter((junk) => text.includes(junk))).toEqual([]);
  });

  it.each(FIXTURE_CASES)('$file: headline first, blocks separated by blank lines', ({ file, article }) => {
    const { text } = extractHtml(page(file));
    expect(text.startsWith(`${article[0]}\n\n`)).toBe(true);
    expect(text).not.toMatch(/\n{3}|^\s|\s$| {2}/);
  });

  it.each(FIXTURE_CASES)('$file: every clean character maps back into the page', ({ file, article }) => {
    const html = page(file);
    const extracted = extractHtml(html);
    expectFaithfulMapping(html, extracted);
    for (const sentence of article) expectSentenceMapsBack(html, extracted, sentence);
  });

  it('finds no article on a page that is only navigation', () => {
    expect(extractHtml(page('empty-shell.html')).text).toBe('');
  });
});

function article(body: string, head = ''): string {
  return `<html><head>${head}</head><body>${body}</body></html>`;
}

const BODY =
  '<p>The harbour authority said on Monday that the new berth for repair ships would open in April, a month early.</p>';

describe('extractHtml: text and mapping', () => {
  it('maps an entity to its whole original run and keeps the rest verbatim', () => {
    const html = article(
      '<article><p>Tom &amp; Jerry&nbsp;&eacute;t&eacute; &copy2023 &#x27;ok&#39;</p></article>',
    );
    const result = extractHtml(html);
    expect(result.text).toBe("Tom & Jerry été ©2023 'ok'");
    const amp = result.text.indexOf('&');
    expect(toOriginalRange(result.offsets, amp, amp + 1)).toEqual({
      start: html.indexOf('&amp;'),
      end: html.indexOf('&amp;') + 5,
    });
    const year = result.text.indexOf('2023');
    expect(toOriginalOffset(result.offsets, year)).toBe(html.indexOf('2023'));
    expectFaithfulMapping(html, result);
  });

  it.each([
    ['one <br> is a space', '<p>Line one<br>line two</p>', 'Line one line two'],
    ['two <br>s end a paragraph', '<div>First part<br><br>Second part</div>', 'First part\n\nSecond part'],
    ['list items are blocks', '<ul><li>One</li><li>Two</li></ul>', 'One\n\nTwo'],
    [
      'table rows are blocks, cells are spaced',
      '<table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>',
      'A 1\n\nB 2',
    ],
    ['inline tags do not split words', '<p>Ham<b>burg</b> and <i>Bre</i>men</p>', 'Hamburg and Bremen'],
    ['white space collapses', '<p>  lots \n\n of\tspace  </p>', 'lots of space'],
    ['nested blocks give one break', '<div><div><p>A</p></div><div><p>B</p></div></div>', 'A\n\nB'],
  ])('%s', (_name, body, text) => {
    expect(extractHtml(article(`<article>${body}</article>`)).text).toBe(text);
  });

  it('reads self-closing tags in XHTML', () => {
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><article><div class="x"/>${BODY}</article></body></html>`;
    expect(extractHtml(xhtml, { xhtml: true }).text).toContain('The harbour authority said');
  });

  it('never runs scripts; their text is not content', () => {
    const html = article(
      `<article>${BODY}<script>throw new Error("ran")</script><p>After the script.</p></article>`,
    );
    expect(extractHtml(html).text).not.toContain('ran');
  });
});

describe('extractHtml: choosing the article', () => {
  it.each([
    [
      'itemprop=articleBody',
      `<div class="x"><div itemprop="articleBody">${BODY}</div><div>${'<p>Other text, quite long, about nothing in particular at all.</p>'.repeat(2)}</div></div>`,
    ],
    ['the longest <article>', `<article><p>Short teaser.</p></article><article>${BODY}</article>`],
    [
      '<main>',
      `<div><p>Header blurb that is long enough to count as a paragraph, maybe.</p></div><main>${BODY}</main>`,
    ],
    ['role=main', `<div role="main">${BODY}</div>`],
    [
      'paragraph scoring without semantic markup',
      `<div id="a"><div class="c">${BODY}${BODY}</div></div><div><a href="/">Link</a></div>`,
    ],
  ])('finds the body through %s', (_name, body) => {
    expect(extractHtml(article(body)).text).toContain('The harbour authority said on Monday');
  });

  it('keeps an <article> whose own class contains a furniture word', () => {
    const html = article(`<article class="story comments-open">${BODY}</article>`);
    expect(extractHtml(html).text).toContain('The harbour authority said on Monday');
  });

  it('prefers the page prose to a short semantic teaser', () => {
    const html = article(`<article><p>Teaser.</p></article><div class="story-body">${BODY.repeat(3)}</div>`);
    expect(extractHtml(html).text).toContain('The harbour authority said on Monday');
  });

  it('puts the headline first even when it sits outside the article body', () => {
    const html = article(
      `<h1 class="logo">Site</h1><div><h1>Berth opens early</h1><div itemprop="articleBody">${BODY}</div></div>`,
    );
    expect(extractHtml(html).text.split('\n\n')[0]).toBe('Berth opens early');
  });

  it('prefers the headline that matches the declared title over the site logo', () => {
    const head = '<meta property="og:title" content="Berth opens early">';
    const html = article(
      `<header><h1>The Ledger</h1></header><article><h1>Berth opens early</h1>${BODY}</article>`,
      head,
    );
    const { text } = extractHtml(html);
    expect(text.startsWith('Berth opens early\n\n')).toBe(true);
    expect(text).not.toContain('The Ledger');
  });
});

describe('extractHtml: page furniture', () => {
  const markers = [
    'cookie-notice',
    'consent',
    'gdpr-box',
    'top-banner',
    'share-buttons',
    'social-links',
    'comment-list',
    'related-articles',
    'recommended',
    'most-read',
    'popular-now',
    'more-from-author',
    'newsletter-box',
    'subscribe',
    'promo',
    'advert',
    'ad-slot',
    'sponsor-box',
    'sidebar',
    'breadcrumb',
    'tags',
    'author-bio',
    'footer',
    'nav',
    'menu',
    'skip-link',
    'paywall',
    'adSlot',
    'ShareTools',
    'pub pub-inread',
  ];
  it.each(markers)('drops an element with class "%s"', (name) => {
    const html = article(`<article>${BODY}<div class="${name}"><p>Furniture text here</p></div></article>`);
    expect(extractHtml(html).text).not.toContain('Furniture');
  });

  it.each([
    ['id', 'id="comments"'],
    ['role', 'role="complementary"'],
    ['aria-label', 'aria-label="Share this article"'],
    ['hidden', 'hidden'],
    ['aria-hidden', 'aria-hidden="true"'],
    ['display:none', 'style="display: none"'],
    ['rel=sponsored', 'rel="sponsored nofollow"'],
  ])('drops an element marked by %s', (_name, attribute) => {
    const html = article(`<article>${BODY}<div ${attribute}><p>Furniture text here</p></div></article>`);
    expect(extractHtml(html).text).not.toContain('Furniture');
  });

  it.each([
    'script',
    'style',
    'noscript',
    'template',
    'iframe',
    'svg',
    'form',
    'nav',
    'footer',
    'aside',
    'button',
    'figcaption',
  ])('drops <%s>', (tag) => {
    const html = article(`<article>${BODY}<${tag}>Furniture text here</${tag}></article>`);
    expect(extractHtml(html).text).not.toContain('Furniture');
  });

  it.each([
    'leader',
    'download-box',
    'shadow',
    'commentary',
    'lead',
    'has-sidebar',
    'thread',
    'badge',
    'headline-wrap',
  ])('keeps an element with the harmless class "%s"', (name) => {
    const html = article(`<article>${BODY}<div class="${name}"><p>Kept paragraph text.</p></div></article>`);
    expect(extractHtml(html).text).toContain('Kept paragraph text.');
  });

  it('keeps the standfirst in the article header but not the byline or the date', () => {
    const html = article(
      `<article><header><h1>Berth opens early</h1><p>A standfirst sentence.</p><p>By Ines Okafor</p><p>Published 11 July 2023</p></header>${BODY}</article>`,
    );
    const result = extractHtml(html);
    expect(result.text).toBe(`Berth opens early\n\nA standfirst sentence.\n\n${visible(BODY)}`);
    expect(result.meta.author).toBe('Ines Okafor');
    expect(result.meta.published).toBe('2023-07-11');
  });
});

const SENTENCE = fc.constantFrom(
  'Ships wait for berths in winter.',
  'The rota starts in April &amp; runs all year.',
  'Crews stay for weeks&nbsp;now.',
  'Port fees rose by 4&#x25; last year.',
  'Calder Bay shares a berth with the lifeboat.',
);
const NOISE = fc.constantFrom(
  '<div class="share-bar"><a>Share</a> <a>Tweet</a></div>',
  '<aside><p>Related story about something else entirely.</p></aside>',
  '<script>var ad = "<p>fake</p>";</script>',
  '<div class="cookie-banner"><p>We use cookies to track you.</p></div>',
  '<figure><img src="x"><figcaption>A caption credit line.</figcaption></figure>',
);

describe('extractHtml properties', () => {
  it('keeps every sentence, drops every noise block, and maps every character back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            SENTENCE.map((s) => ({ kind: 'p' as const, s })),
            NOISE.map((s) => ({ kind: 'noise' as const, s })),
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.constantFrom('\n', '', '  '),
        (blocks, gap) => {
          const body = blocks.map((b) => (b.kind === 'p' ? `<p>${b.s}</p>` : b.s)).join(gap);
          const html = article(`<article>${body}</article>`);
          const result = extractHtml(html);
          expectFaithfulMapping(html, result);
          for (const block of blocks) {
            if (block.kind === 'p') expect(result.text).toContain(visible(block.s));
          }
          expect(result.text).not.toMatch(/Tweet|Related story|fake|cookies|caption/);
        },
      ),
    );
  });
});

describe('extractHtml: standfirst outside a marked article body', () => {
  const HEAD =
    '<header><h1>Berth opens early</h1><p>Three ports expect more repair ships than berths this spring.</p>' +
    '<p>By Ines Okafor</p><div class="share-bar"><p>Share this story with friends</p></div></header>';

  it('keeps the standfirst between the headline and an itemprop=articleBody container', () => {
    const result = extractHtml(
      article(`<article>${HEAD}<div itemprop="articleBody">${BODY}</div></article>`),
    );
    expect(result.text).toBe(
      `Berth opens early\n\nThree ports expect more repair ships than berths this spring.\n\n${visible(BODY)}`,
    );
    expect(result.meta.author).toBe('Ines Okafor');
  });

  it('maps the standfirst back to the page', () => {
    const html = article(`<article>${HEAD}<div itemprop="articleBody">${BODY}</div></article>`);
    const result = extractHtml(html);
    expectFaithfulMapping(html, result);
    expectSentenceMapsBack(html, result, 'Three ports expect more repair ships than berths this spring.');
  });

  it('takes nothing from a sidebar between the headline and the body', () => {
    const html = article(
      `<div><h1>Berth opens early</h1><aside><p>Most read: lighthouse diary goes on display.</p></aside><div itemprop="articleBody">${BODY}</div></div>`,
    );
    expect(extractHtml(html).text).toBe(`Berth opens early\n\n${visible(BODY)}`);
  });
});
