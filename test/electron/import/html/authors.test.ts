import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../electron/import/html/extract-html';

function article(body: string, head = ''): string {
  return `<html><head>${head}</head><body><article><h1>Berth opens early</h1>${body}${BODY}</article></body></html>`;
}

const BODY =
  '<p>The harbour authority said on Monday that the new berth for repair ships would open in April, a month early.</p>' +
  '<p>Crews now stay for weeks rather than days, because each cable splice is tested twice.</p>';

const TWO_AUTHORS =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Berth opens early",' +
  '"author":[{"@type":"Person","name":"Ana López"},{"@type":"Person","name":"Ines Okafor"}]}</script>';

describe('extractHtml: authors', () => {
  it.each([
    ['a byline with a job title', '<p>By Ana López, Staff Writer</p>', 'Ana López'],
    ['a byline with a lower-case job title', '<p>By Ana López, staff writer</p>', 'Ana López'],
    ['a job title and a date', '<p>By Ana López, Senior Correspondent | July 11, 2023</p>', 'Ana López'],
    [
      'a byline in an element the text leaves out',
      '<div class="meta"><span>By Ana López, Staff Writer</span></div>',
      'Ana López',
    ],
    ['a byline with two names', '<p>By Ana López and Ines Okafor</p>', 'Ana López and Ines Okafor'],
  ])('reads the author from %s', (_name, byline, author) => {
    const result = extractHtml(article(byline));
    expect(result.meta.author).toBe(author);
    expect(result.text).not.toContain('By Ana');
  });

  it('reads every author of a JSON-LD list', () => {
    expect(extractHtml(article('', TWO_AUTHORS)).meta.author).toBe('Ana López, Ines Okafor');
  });

  it('prefers the JSON-LD list to a meta tag that names only one of its authors', () => {
    const head = `<meta name="author" content="Ana López">${TWO_AUTHORS}`;
    expect(extractHtml(article('', head)).meta.author).toBe('Ana López, Ines Okafor');
  });

  it('keeps a meta author that the JSON-LD list does not name', () => {
    const head = `<meta name="author" content="Harbour Desk">${TWO_AUTHORS}`;
    expect(extractHtml(article('', head)).meta.author).toBe('Harbour Desk');
  });
});
