import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../electron/import/html/extract-html';

function article(body: string, head = ''): string {
  return `<html><head>${head}</head><body>${body}</body></html>`;
}

const BODY =
  '<p>The harbour authority said on Monday that the new berth for repair ships would open in April, a month early.</p>';

describe('extractHtml: metadata', () => {
  it.each([
    [
      'og:title before everything',
      '<meta property="og:title" content="OG title"><title>Tag title | Out</title>',
      '<h1>H1 title</h1>',
      'OG title',
    ],
    [
      'JSON-LD headline before the h1',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title"}</script>',
      '<h1>H1 title</h1>',
      'LD title',
    ],
    ['h1 before <title>', '<title>Tag title | Out</title>', '<h1>H1 title</h1>', 'H1 title'],
    ['<title> without " | Outlet"', '<title>Tag title | The Outlet</title>', '', 'Tag title'],
    ['<title> without " - Outlet"', '<title>Tag title - The Outlet</title>', '', 'Tag title'],
    [
      'og:title without the known outlet',
      '<meta property="og:title" content="OG title – The Outlet"><meta property="og:site_name" content="The Outlet">',
      '',
      'OG title',
    ],
    [
      'a title keeping a dash that is not an outlet',
      '<meta property="og:title" content="Ports - a long look at cable ships and berths"><meta property="og:site_name" content="The Outlet">',
      '',
      'Ports - a long look at cable ships and berths',
    ],
  ])('title: %s', (_name, head, body, title) => {
    expect(extractHtml(article(`<article>${body}${BODY}</article>`, head)).meta.title).toBe(title);
  });

  it.each([
    [
      'og:site_name',
      '<meta property="og:site_name" content="OG Outlet"><title>T | Tag Outlet</title>',
      'OG Outlet',
    ],
    [
      'JSON-LD publisher',
      '<script type="application/ld+json">{"@type":"Article","publisher":{"name":"LD Outlet"}}</script>',
      'LD Outlet',
    ],
    ['application-name', '<meta name="application-name" content="App Outlet">', 'App Outlet'],
    ['the <title> suffix', '<title>Berth opens early | Suffix Outlet</title>', 'Suffix Outlet'],
  ])('source: %s', (_name, head, source) => {
    expect(extractHtml(article(`<article>${BODY}</article>`, head)).meta.source).toBe(source);
  });

  it.each([
    ['meta author', '<meta name="author" content="Meta Person">', '', 'Meta Person'],
    [
      'article:author unless a URL',
      '<meta property="article:author" content="https://x.example/p"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ana"},{"name":"Ben"}]}</script>',
      '',
      'Ana, Ben',
    ],
    [
      'article:author as a name',
      '<meta property="article:author" content="Named Person">',
      '',
      'Named Person',
    ],
    [
      'JSON-LD author by @id',
      '<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#p","name":"Ref Person"},{"@type":"NewsArticle","author":{"@id":"#p"}}]}</script>',
      '',
      'Ref Person',
    ],
    ['rel=author', '', '<a rel="author" href="/p">Rel Person</a>', 'Rel Person'],
    ['a byline element', '', '<div class="byline">By Byline Person | 11 July 2023</div>', 'Byline Person'],
  ])('author: %s', (_name, head, body, author) => {
    expect(extractHtml(article(`<article>${body}${BODY}</article>`, head)).meta.author).toBe(author);
  });

  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2023-07-11T09:30:00+02:00">',
      '',
      '2023-07-11T09:30:00+02:00',
    ],
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2023-07-12"}]</script>',
      '',
      '2023-07-12',
    ],
    ['<time datetime>', '', '<time datetime="2023-07-13T08:00">13 July</time>', '2023-07-13T08:00'],
    ['meta date', '<meta name="date" content="2023-07-14">', '', '2023-07-14'],
    ['DC.date', '<meta name="DC.date" content="15.07.2023">', '', '2023-07-15'],
    ['a date line in the text', '', '<p>16 juillet 2023</p>', '2023-07-16'],
  ])('published: %s', (_name, head, body, published) => {
    expect(extractHtml(article(`<article>${body}${BODY}</article>`, head)).meta.published).toBe(published);
  });

  it.each([
    [
      'canonical',
      '<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/x">',
      'https://a.example/x',
    ],
    [
      'og:url over a relative canonical',
      '<link rel="canonical" href="/x"><meta property="og:url" content="https://b.example/x">',
      'https://b.example/x',
    ],
    [
      'JSON-LD url',
      '<script type="application/ld+json">{"@type":"NewsArticle","url":"https://c.example/x"}</script>',
      'https://c.example/x',
    ],
    [
      'JSON-LD mainEntityOfPage',
      '<script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://d.example/x"}}</script>',
      'https://d.example/x',
    ],
  ])('url: %s', (_name, head, url) => {
    expect(extractHtml(article(`<article>${BODY}</article>`, head)).meta.url).toBe(url);
  });

  it('takes the primary language subtag from <html lang>', () => {
    const html = `<html lang="pt-BR"><body><article>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.lang).toBe('pt');
  });

  it('leaves lang null without a declaration (the caller detects it from the text)', () => {
    expect(extractHtml(article(`<article>${BODY}</article>`)).meta.lang).toBeNull();
  });

  it('ignores JSON-LD that is not valid JSON and reads the valid block', () => {
    const head =
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' +
      '<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"Valid one"}\n//]]></script>';
    expect(extractHtml(article(`<article>${BODY}</article>`, head)).meta.title).toBe('Valid one');
  });

  it('decodes entities in meta values', () => {
    const head =
      '<meta property="og:title" content="Ports &amp; cables"><meta name="author" content="Ren&eacute;e Roe">';
    const { meta } = extractHtml(article(`<article>${BODY}</article>`, head));
    expect([meta.title, meta.author]).toEqual(['Ports & cables', 'Renée Roe']);
  });
});
