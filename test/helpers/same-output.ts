import fc from 'fast-check';
import { expect } from 'vitest';
import { scrub } from '../../src/index.js';
import type { Rule } from '../../src/rule.js';
import { dump } from './arbitraries.js';

/** Asserts that dump-like texts come out the same with the built-in rules and with `rules`. */
export function sameOnDumps(rules: readonly Rule[], numRuns: number): void {
  fc.assert(
    fc.property(dump, (input) => {
      expect(scrub(input, { path: 'x.txt' })).toEqual(scrub(input, { path: 'x.txt', rules }));
    }),
    { numRuns },
  );
}
