import { describe, expect, it } from 'vitest';
import { cleanClip } from '../../../../electron/import/clip/clean-clip';
import { inlinePieces } from '../../../../electron/import/clip/markdown-inline';

const BODY_ONE =
  'The harbour authority said on Monday that the new berth for repair ships would open in April.';

describe('cleanClip: Markdown', () => {
  it.each([
    [
      'emphasis',
      'A **bold** and *italic* and __strong__ and _em_ word.',
      'A bold and italic and strong and em word.',
    ],
    ['nested emphasis', '***both*** and **bold *inner***', 'both and bold inner'],
    ['snake_case stays', 'the file_name_here stays', 'the file_name_here stays'],
    ['a lone asterisk stays', 'price 5 * 3 and fields marked *', 'price 5 * 3 and fields marked *'],
    ['unclosed emphasis stays', 'an **unclosed marker', 'an **unclosed marker'],
    ['links keep their text', 'see [the port site](https://port.example/a_(b)) now', 'see the port site now'],
    ['reference links keep their text', 'see [the port site][1] now', 'see the port site now'],
    ['images are dropped', '![a ship](ship.png) The ship left.', 'The ship left.'],
    [
      'linked images are dropped',
      '[![a ship](ship.png)](https://x.example) The ship left.',
      'The ship left.',
    ],
    ['escapes keep the character', 'a \\*literal\\* star', 'a *literal* star'],
    ['inline code keeps its content', 'run `make_berth` now', 'run make_berth now'],
    ['strikethrough', '~~old~~ new', 'old new'],
    ['footnote marks are dropped', 'the claim[^1] holds', 'the claim holds'],
    ['inline HTML is dropped', 'a <span class="x">tagged</span> word<br/>', 'a tagged word'],
    ['autolinks keep the address', 'at <https://port.example> today', 'at https://port.example today'],
  ])('inline: %s', (_name, line, text) => {
    expect(cleanClip(`Title\n\n${line}\n`, 'md').text).toBe(`Title\n\n${text}`);
  });

  it('strips block markup and joins the lines of a paragraph', () => {
    const md = [
      'Setext title',
      '============',
      '',
      'First line of a paragraph',
      'continues here.',
      '',
      '> A quote',
      '> on two lines.',
      '',
      '* * *',
      '',
      '- bullet one',
      '- bullet two',
      '1. numbered stays numbered',
      '',
      '```',
      'code line',
      '```',
      '',
      '| Port | Berths |',
      '|------|--------|',
      '',
      '[1]: https://port.example',
      '### Closing heading ###',
    ].join('\n');
    expect(cleanClip(md, 'md').text).toBe(
      [
        'Setext title',
        'First line of a paragraph continues here.',
        'A quote on two lines.',
        'bullet one',
        'bullet two',
        '1. numbered stays numbered',
        'code line',
        '| Port | Berths |',
        'Closing heading',
      ].join('\n\n'),
    );
  });

  it('reads front matter and drops it', () => {
    const md = [
      '---',
      'title: "Front title"',
      "author: 'Ana Ruiz'",
      'published: 11 July 2023',
      'publisher: Coast Weekly',
      'url: https://coast.example/a',
      'language: de-AT',
      '---',
      '# Heading title',
      '',
      BODY_ONE,
    ].join('\n');
    expect(cleanClip(md, 'md')).toMatchObject({
      text: `Heading title\n\n${BODY_ONE}`,
      meta: {
        title: 'Front title',
        author: 'Ana Ruiz',
        published: '2023-07-11',
        source: 'Coast Weekly',
        url: 'https://coast.example/a',
        lang: 'de',
      },
    });
  });

  it('treats an unclosed front matter fence as text', () => {
    expect(cleanClip(`---\ntitle: x\n\n${BODY_ONE}\n`, 'md').text).toContain(BODY_ONE);
  });

  it('maps each inline piece to the original it came from', () => {
    const line = 'a **b** [c](u) d';
    expect(inlinePieces(line, 100)).toEqual([
      { text: 'a ', start: 100, length: 2 },
      { text: 'b', start: 104, length: 1 },
      { text: ' ', start: 107, length: 1 },
      { text: 'c', start: 109, length: 1 },
      { text: ' d', start: 114, length: 2 },
    ]);
  });
});
