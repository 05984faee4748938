import { foldCase } from '../src/text/case-fold.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { family, mayOpenWith, type PhraseSet } from '../src/phrases/match.js';
import { readMore } from '../src/phrases/read-more.js';
import { shareLabels, widgetOpeners } from '../src/phrases/share.js';
import { loadingPlaceholders } from '../src/phrases/page-chrome.js';
import { alternation, openers } from '../src/util/regex.js';
import { isAscii } from '../src/text/chars.js';

// The cheap tests placed before costly regexes must never say no where the regex would say yes:
// a wrong guard silently keeps a footer in. Each is checked against its regex on text made of the
// regex's own words, in every case, beside the characters `iu` folds oddly (long s, Kelvin sign,
// dotted and dotless i).

const odd = ['ſ', 'K', 'İ', 'ı', 'ß', 'Σ', 'ς', '\u00A0', '’', '…', '😀', ' ', ':', '1', 'é', 'É'];
const cased = (pool: readonly string[]) =>
  fc.oneof(fc.constantFrom(...pool), fc.constantFrom(...pool).map((w) => w.toUpperCase()), fc.constantFrom(...pool).map((w) => w.slice(0, 2)), fc.constantFrom(...odd), fc.string({ maxLength: 4 }));
const textOf = (pool: readonly string[]) => fc.array(cased(pool), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

describe('openers()', () => {
  const words = fc.array(fc.oneof(fc.constantFrom('published', 'Posted on', 'ſtory', 'Kelvin', 'İstanbul', 'ıslak', 'été', 'Дата', '日期', 'a', 'by', 'über'), fc.string({ minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 8 });

  it('says no only to text that no word opens, as `iu` matches', () => {
    fc.assert(
      fc.property(words.chain((list) => fc.tuple(fc.constant(list), textOf(list))), ([list, text]) => {
        const re = new RegExp(`^(?:${alternation(list)})`, 'iu');
        if (!openers(list).test(text)) expect(re.test(text)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('turns down ASCII text that opens with none of the words', () => {
    const guard = openers(['published', 'posted', 'von']);
    expect(guard.test('The council met on Tuesday')).toBe(false);
    expect(guard.test('PUBLISHED: 2024-03-05')).toBe(true);
    expect(guard.test('Von Jana Roth')).toBe(true);
  });
});

describe('a family\'s opening test', () => {
  const families: [string, readonly PhraseSet[]][] = [
    ['read more', readMore],
    ['share', shareLabels],
    ['widget', widgetOpeners],
    ['loading', loadingPlaceholders],
  ];
  for (const [name, sets] of families) {
    it(`${name}: says no only where no lead opens the text`, () => {
      const f = family(sets);
      const pool = sets.flatMap((s) => s.phrases.map((p) => p.split(/\{\w+\}/)[0] ?? '')).filter(Boolean);
      fc.assert(
        fc.property(textOf(pool), (text) => {
          if (mayOpenWith(f, text) || !f.anyLead) return;
          // The lead test reads folded text (src/text/case-fold.ts).
          f.anyLead.lastIndex = 0;
          expect(f.anyLead.test(foldCase(text))).toBe(false);
        }),
        { numRuns: 1500 },
      );
    });
  }
});

describe('isAscii()', () => {
  it('tells ASCII text from any other', () => {
    expect(isAscii('Jane Doe, Reuters')).toBe(true);
    expect(isAscii('José')).toBe(false);
    expect(isAscii('a’b')).toBe(false);
  });
});
