import { expect, it } from 'vitest';
import type { LineRef, RuleContext } from '../src/rule.js';
import supporterRoll from '../src/rules/supporter-roll.js';

/** Lines as a rule sees them, in a list that counts how often a rule reads one of them. */
function counted(texts: string[]): { all: LineRef[]; reads: () => number } {
  const lines = texts.map((text, n) => ({ n, text, raw: text }) as unknown as LineRef);
  let reads = 0;
  const all = new Proxy(lines, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { all, reads: () => reads };
}

it('supporter-roll reads each line a bounded number of times however often its heading repeats', () => {
  // A heading over prose, again and again: each heading used to filter every line below it.
  const texts = Array.from({ length: 4000 }, (_, i) => (i % 2 === 0 ? 'Thanks to our Patreon supporters' : 'The council met again on Tuesday evening and voted to keep the library open.'));
  const { all, reads } = counted(texts);
  const removed: LineRef[] = [];
  supporterRoll.apply({ lines: all, all, remove: (l: LineRef) => removed.push(l) } as unknown as RuleContext);
  expect(removed).toEqual([]);
  expect(reads()).toBeLessThan(10 * texts.length);
});
