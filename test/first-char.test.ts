import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, foldedRegExp } from '../src/text/case-fold.js';
import { foldedOpeners } from '../src/text/first-char.js';
import { BYLINE_PREFIXES } from '../src/metadata/credit/words.js';
import { DATE_LABELS } from '../src/metadata/dates/labels.js';
import { escapeRegExp } from '../src/util/regex.js';

// The label tables split by first character must match exactly as their whole alternation does:
// the same text, the same groups, the longest label first where two open alike.
const tables = {
  'byline prefixes': [...new Set(Object.values(BYLINE_PREFIXES).flat())].sort((a, b) => b.length - a.length),
  'date labels': [...new Set(Object.values(DATE_LABELS).flat())].sort((a, b) => b.length - a.length),
};
const source = (words: readonly string[]) => `^(${words.map(escapeRegExp).join('|')})\\s*(?:[:：]|\\s-)?\\s*(?=\\S)`;

describe('foldedOpeners: an alternation of labels split by first character', () => {
  it.each(Object.entries(tables))('the %s match as one regex does, in any case and with anything after', (_name, words) => {
    const whole = foldedRegExp(source(words));
    const split = foldedOpeners(words, source);
    const text = fc.oneof(
      fc.tuple(fc.constantFrom(...words), fc.boolean(), fc.string({ maxLength: 12 })).map(([w, upper, rest]) => `${upper ? w.toUpperCase() : w}${rest}`),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldCase(t);
        const a = whole.exec(folded);
        const b = split.exec(folded);
        expect(b === null ? null : [...b], t).toEqual(a === null ? null : [...a]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });

  it('compiles only the parts the texts open with', () => {
    const made: string[] = [];
    const split = foldedOpeners(['By', 'Par', 'Posted by'], (words) => {
      made.push(words.join(','));
      return `^(?:${words.map(escapeRegExp).join('|')})\\s+`;
    });
    expect(split.exec(foldCase('by Jane'))?.[0]).toBe('by ');
    expect(split.exec(foldCase('Posted by Jane'))?.[0]).toBe('posted by ');
    expect(split.exec(foldCase('Nothing here'))).toBeNull();
    expect(made).toEqual(['By', 'Par,Posted by']);
  });
});
