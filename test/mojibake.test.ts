import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize.js';
import { repairLine, repairReferences } from '../src/text/mojibake.js';

/** What a UTF-8 text becomes when it is read as Windows-1252 (the way the damage is done). */
function misread(text: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  return [...Buffer.from(text, 'utf8')].map((b) => (b >= 0x80 && b <= 0x9f ? high.charAt(b - 0x80) : String.fromCharCode(b))).join('');
}

describe('repairLine() undoes UTF-8 read as Windows-1252', () => {
  it.each([
    ['Itâ€™s a cafÃ© [â€¦]', 'It’s a café […]'],
    ['â€œQuotedâ€\u009D and â€˜singleâ€™', '“Quoted” and ‘single’'],
    ['Continue reading â†’', 'Continue reading →'],
    ['PriceÂ\u00A0list: Â£5 or 6â‚¬', 'Price\u00A0list: £5 or 6€'],
    ['voilÃ\u00A0 tout', 'voilà tout'],
    ['Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'],
    ['ðŸ˜€ smile', '😀 smile'],
    ['Ã¢â‚¬â„¢', '’'], // read wrongly twice
    // ù, ò and ó misread alone on a line: after a lower-case letter the capital cannot end a word
    ['Ospedale Santa GiustÃ¹: nuovo reparto', 'Ospedale Santa Giustù: nuovo reparto'],
    ['PerÃ² il sindaco tace', 'Però il sindaco tace'],
    ['El alcalde dimitiÃ³', 'El alcalde dimitió'],
  ])('%s -> %s', (input, output) => {
    expect(repairLine(input).text).toBe(output);
  });

  it('reports each repair with the whole word around it', () => {
    expect(repairLine('Itâ€™s a cafÃ© [â€¦]').repairs).toEqual([
      { from: 'Itâ€™s', to: 'It’s' },
      { from: 'cafÃ©', to: 'café' },
      { from: '[â€¦]', to: '[…]' },
    ]);
  });

  it('repairs whatever UTF-8 text misread once or twice turns into', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ’“”…–—€éèàçñüößøåłšžć£°]{0,30}$/), (text) => {
        expect(repairLine(misread(text)).text).toBe(text);
        expect(repairLine(misread(misread(text))).text).toBe(text);
      }),
    );
  });
});

describe('repairLine() leaves plausible text alone', () => {
  it.each([
    'São Paulo e Ãgua', // a real Ã before a letter
    'O château de la Reine, à côté', // â and à in French
    'naïve Düsseldorf Øresund Ñandú', // accented capitals and letters before letters
    '« café » and « CAFÉ » with NBSPs', // lower-case leads before NBSP and guillemets
    'Chega AMANHÃ” disse ela', // Ã before a closing quote, nothing else wrong on the line
    'GUÐ” said the Icelandic poster', // Ð before a closing quote
    'ROMÂNIA and CHÂTEAU', // Â before a letter
    '3×4 = 12 and 20°C', // × and ° in their own use
    'Привет, мир 😀', // real Cyrillic and emoji
  ])('%s', (text) => {
    expect(repairLine(text)).toEqual({ text, repairs: [] });
  });

  it('repairs an ambiguous run only when the same line is surely mis-read elsewhere', () => {
    expect(repairLine('AMANHÃ” cafÃ©').text).toBe('AMANHÔ café');
  });
});

describe('normalize() with repairs', () => {
  it('repairs before dropping NBSPs and controls, and records line numbers', () => {
    const repairs: { line: number; from: string; to: string }[] = [];
    const lines = normalize('Title\nIt Ã\u00A0 la\nÃ\u0081gua', repairs);
    expect(lines.map((l) => l.text)).toEqual(['Title', 'It à la', 'Água']);
    expect(repairs).toEqual([
      { line: 2, from: 'Ã\u00A0', to: 'à' },
      { line: 3, from: 'Ã\u0081gua', to: 'Água' },
    ]);
  });

  it('leaves nothing a second pass would repair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('Ã', 'Â', 'â', '€', '™', '‚', '\u0000', '\u0082', '\u00A0', '\u00AD', 'a', ' ', 'A\u0302') }), (text) => {
        const once = normalize(text, []).map((l) => l.text).join('\n');
        const again: { line: number; from: string; to: string }[] = [];
        expect(normalize(once, again).map((l) => l.text).join('\n')).toBe(once);
        expect(again).toEqual([]);
      }),
      { numRuns: 2000, examples: [["ÃÃÂ€‚€€"]] },
    );
  });
});

describe('repairReferences() repairs mojibake with some of its characters written as references', () => {
  it('reads a run with its references resolved, and reports the run as written', () => {
    expect(repairReferences('<p>2 â&#8218;¬ la tasse, 3â&#x201A;¬ le bol</p>')).toEqual({
      text: '<p>2 € la tasse, 3€ le bol</p>',
      repairs: [
        { from: 'â&#8218;¬', to: '€' },
        { from: 'â&#x201A;¬', to: '€' },
      ],
    });
  });

  it('leaves references that make no mojibake as written', () => {
    for (const markup of ['caf&#233; cr&#232;me', '&#171;&#160;oui&#160;&#187;', 'S&#227;o Paulo, ch&#226;teau', 'a &#8218; b', '&#8364; 5', 'â&#8218;x']) {
      expect(repairReferences(markup)).toEqual({ text: markup, repairs: [] });
    }
  });
});
