import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, fold, lettersKey, spaceSeparated, tidy, unfoldIn } from '../src/text/fold.js';
import { foldedStart, foldsLonger, tokensAtLeast } from '../src/text/fold-start.js';

describe('fold', () => {
  it('makes texturized, entity-encoded and plain forms of a line compare equal', () => {
    expect(fold('Fri, 07/02/2021 – 02:45')).toBe(fold('Fri, 07/02/2021 - 02:45'));
    expect(fold('It’s “done”&#8230;')).toBe(`It's "done"...`);
    expect(fold('Read\u00a0 more &hellip;')).toBe('Read more ...');
  });
});

describe('unfoldIn', () => {
  const raw = 'The post Bob’s “Best” Day – Part 2 appeared first on Bob’s  Blog&#8230;';
  it('gives a value matched on the folded line back in the line’s own typography', () => {
    expect(unfoldIn(raw, `Bob's "Best" Day - Part 2`)).toBe('Bob’s “Best” Day – Part 2');
    expect(tidy(unfoldIn(raw, "Bob's Blog..."))).toBe('Bob’s Blog…');
  });
  it('falls back to the folded value when the line does not hold it', () => {
    expect(unfoldIn(raw, 'Nowhere')).toBe('Nowhere');
  });
});

describe('countWords', () => {
  it('counts numbers with separators as one word and punctuation alone as none', () => {
    expect(countWords('from 500 to about 5,000 – said al-Kadhimi')).toBe(7);
    expect(countWords('  ')).toBe(0);
  });
});

describe('lettersKey', () => {
  const general = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  it('keys plain ASCII texts as the Unicode-aware form does', () => {
    const texts = ['  Already a Subscriber?  Sign IN. ', 'Share: X / Facebook', '--', '', 'ABC', 'a1-B2_c3', '\tTab\nNew line!'];
    let seed = 7;
    const pool = 'aZ09 -_.!?\t\n/@&\u00a0\u2019\u201c\u2014\u2026\u00bbé';
    for (let i = 0; i < 300; i++) {
      let t = '';
      for (let j = 0; j < i % 17; j++) t += pool[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pool.length];
      texts.push(t);
    }
    for (const t of texts) expect(lettersKey(t)).toBe(general(t));
  });
  it('keeps letters of every script', () => {
    expect(lettersKey('Teilen – Weiterlesen…')).toBe('teilen weiterlesen');
    expect(lettersKey('İstanbul')).toBe(general('İstanbul'));
    expect(lettersKey('シェア：X')).toBe('シェア x');
  });
});

describe('foldedStart', () => {
  it('is the start of fold() of a long line, with entities, spaces and dashes around where the head ends', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '   ', '\u00a0', '\t', '–', '’', '…', '&amp;', '&#8230;', '&CounterClockwiseContourIntegral;', '&notin;', '&not', '&#x2013;', '&', '#', '\u2028');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 700 }), fc.constantFrom(8, 16, 32), (parts, min) => {
        const text = parts.join('');
        const start = foldedStart(text, min);
        const whole = fold(text);
        expect(whole.startsWith(start)).toBe(true);
        expect(start.length >= min || start === whole).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('counts tokens as fold() can only add to them', () => {
    expect(tokensAtLeast('a  b\u00a0c', 3)).toBe(true);
    expect(tokensAtLeast('  a  b  ', 3)).toBe(false);
    expect(spaceSeparated(fold('a &nbsp; b'), 3)).toBeGreaterThanOrEqual(2);
  });
});

describe('foldsLonger', () => {
  it('says a text folds longer than n only when it does', () => {
    const piece = fc.constantFrom('a', ' ', '  ', '\t', '\u00a0', '–', '…', '&amp;', '&', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 40 }), (parts, n) => {
        const text = parts.join('');
        if (foldsLonger(text, n)) expect(fold(text).length).toBeGreaterThan(n);
      }),
      { numRuns: 500 },
    );
    expect(foldsLonger('Provided by a very long name that goes on and on', 10)).toBe(true);
    expect(foldsLonger('&amp;'.repeat(20), 10)).toBe(false);
  });
});
