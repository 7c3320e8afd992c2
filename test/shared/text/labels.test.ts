import { describe, expect, it } from 'vitest';
import { cleanLabel } from '../../../shared/text/labels';

describe('cleanLabel', () => {
  it.each([
    ['Chip\u200b pact', 'Chip pact'],
    ['invoice\u202egpj.exe', 'invoicegpj.exe'],
    ['\ufeffTitle\u2066 isolated\u2069', 'Title isolated'],
    ['\u200eLTR \u200fRTL \u061cALM', 'LTR RTL ALM'],
  ])('strips what hides or reverses text from %j', (label, clean) => {
    expect(cleanLabel(label)).toBe(clean);
  });

  it('keeps joiners that emoji and scripts need', () => {
    expect(cleanLabel('👩\u200d💻 می\u200cخواهم')).toBe('👩\u200d💻 می\u200cخواهم');
  });
});
