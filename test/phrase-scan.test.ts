import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { family, leadMatches } from '../src/phrases/match.js';
import { followCalls } from '../src/phrases/follow.js';
import { sourceLabels } from '../src/phrases/source.js';
import { shareLabels } from '../src/phrases/share.js';

const numRuns = Number(process.env.FC_RUNS ?? '') || 300;

describe('a lead scanned without its word edge', () => {
  // The lookbehind is checked by hand after each match: the matches must be the lead regex's own,
  // after letters in any script, digits, combining marks, surrogate pairs and folded characters.
  const AROUND = ['a', 'Z', '9', ' ', '.', 'é', 'ß', 'И', '来', '\u0345', '\u0301', '😀', 'ſ', 'K', '-', '\n'];
  for (const [name, sets] of [
    ['follow', followCalls],
    ['source', sourceLabels],
    ['share', shareLabels],
  ] as const) {
    it(`finds the ${name} leads the lead regex finds`, () => {
      const f = family(sets);
      const heads = f.compiled.filter((c) => !c.opensWithPlaceholder).map((c) => c.head);
      const text = fc.array(fc.oneof(fc.constantFrom(...heads), fc.constantFrom(...AROUND), fc.string({ maxLength: 4 })), { maxLength: 10 }).map((p) => p.join(''));
      fc.assert(
        fc.property(text, fc.nat({ max: f.compiled.length - 1 }), fc.nat({ max: 8 }), (t, i, from) => {
          const c = f.compiled[i];
          if (!c) return;
          const at = Math.min(from, t.length);
          expect(leadMatches(c, t, at, true)).toEqual(leadMatches(c, t, at, false));
        }),
        { numRuns },
      );
    });
  }
});
