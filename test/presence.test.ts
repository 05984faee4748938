import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { family } from '../src/phrases/match.js';
import { mayHold, wordNeeds } from '../src/phrases/presence.js';
import { followCalls } from '../src/phrases/follow.js';
import { sourceLabels } from '../src/phrases/source.js';
import { shareLabels } from '../src/phrases/share.js';
import { anyOf } from '../src/text/any-of.js';

/**
 * A family's word scan is skipped when the line lacks every letter pair its words need. That must
 * never rule out a line the scan would match: whatever the case, the long s, the Kelvin sign, or
 * words with no ASCII letter at all.
 */
const numRuns = Number(process.env.FC_RUNS ?? '') || 300;

// Characters `iu` folds in ways worth trying: case pairs across blocks, final sigma, dotted and
// dotless i, sharp s, and characters that fold to ASCII.
const TRICKY = ['ſ', 'K', 'k', 'S', 's', 'İ', 'ı', 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'µ', 'Μ', 'Å', 'å', 'Ω', 'И', 'и', '来', '源', ' ', '’', '-', 'é', 'É'];

function variants(word: string): fc.Arbitrary<string> {
  // The word itself, its case changed character by character, letters swapped for their look-alikes.
  return fc.array(fc.integer({ min: 0, max: 3 }), { minLength: word.length, maxLength: word.length }).map((how) =>
    [...word]
      .map((ch, i) => {
        const k = how[i] ?? 0;
        if (k === 1) return ch.toUpperCase();
        if (k === 2) return ch.toLowerCase();
        if (k === 3 && /s/i.test(ch)) return 'ſ';
        if (k === 3 && /k/i.test(ch)) return 'K';
        return ch;
      })
      .join(''),
  );
}

function lineWith(words: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...words).chain(variants), fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.constantFrom(...words).map((w) => w.slice(1)));
  return fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
}

describe('letter pairs a family needs', () => {
  for (const [name, sets] of [
    ['follow', followCalls],
    ['source', sourceLabels],
    ['share', shareLabels],
  ] as const) {
    it(`never rules out a line the ${name} scan matches`, () => {
      const f = family(sets);
      const words = f.words.list;
      const scan = new RegExp(anyOf(words), 'iu');
      fc.assert(
        fc.property(lineWith(words), (line) => {
          if (scan.test(line)) expect(mayHold(f.needs, line)).toBe(true);
        }),
        { numRuns },
      );
    });
  }

  it('rules out lines without the words, and finds words in any script and fold', () => {
    const needs = wordNeeds(['Follow', 'Источник', '来源', 'ſuivez', 'K9']);
    expect(mayHold(needs, 'nothing here at all')).toBe(false);
    expect(mayHold(needs, 'FOLLOW')).toBe(true);
    expect(mayHold(needs, 'Also ИСТОЧНИК')).toBe(true);
    expect(mayHold(needs, '见来源')).toBe(true);
    expect(mayHold(needs, 'SUIVEZ')).toBe(true);
    expect(mayHold(needs, 'k9')).toBe(true);
    expect(mayHold(needs, 'café au lait')).toBe(false);
  });

  it('asks a word of one character that folds to ASCII without requiring a wide line', () => {
    const needs = wordNeeds(['ſ']);
    expect(mayHold(needs, 'plain s')).toBe(true);
  });
});
