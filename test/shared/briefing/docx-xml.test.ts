import { describe, expect, it } from 'vitest';
import { escapeXml, run } from '../../../shared/briefing/docx/xml';
import { crc32, utf8 } from '../../../shared/briefing/docx/zip';

describe('OOXML text', () => {
  it.each([
    ['</script>', '&lt;/script&gt;'],
    ['a & "b"', 'a &amp; &quot;b&quot;'],
    ['[x](javascript:alert(1)) | y', '[x](javascript:alert(1)) | y'],
    ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['日本語 ß 😀', '日本語 ß 😀'],
  ])('escapes %j', (text, xml) => {
    expect(escapeXml(text)).toBe(xml);
  });

  it('turns line breaks and tabs into Word elements and marks Japanese runs as East Asian', () => {
    expect(run('a\nb\tc', { lang: 'ja' })).toBe(
      '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="ja"/></w:rPr>' +
        '<w:t xml:space="preserve">a</w:t><w:br/><w:t xml:space="preserve">b</w:t><w:tab/><w:t xml:space="preserve">c</w:t></w:r>',
    );
  });
});

describe('zip', () => {
  it.each([
    ['123456789', 0xcbf43926],
    ['', 0],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j)', (text, crc) => {
    expect(crc32(utf8(text))).toBe(crc);
  });

  it('encodes UTF-8 like the platform does', () => {
    for (const text of ['ascii', 'Straße', '日本語', '😀', 'x\ud800y']) {
      expect([...utf8(text)]).toEqual([...Buffer.from(text, 'utf8')]);
    }
  });
});
