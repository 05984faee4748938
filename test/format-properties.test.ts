import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticle } from '../src/article.js';
import { scrubItems } from '../src/pipeline.js';
import { bytes, feed, html, markdown, ndjson, unicode } from './helpers/arbitraries.js';
import { bin, ensureBuilt, plainEnv, stackLines, tempDirs } from './helpers/cli.js';
import { validateArticle } from './helpers/fixtures.js';

/**
 * Every input format, read as itself and forced through every reader: whatever arrives, the
 * library returns articles that match the schema (or an error in place of a broken record), and
 * the command exits 0 or 1 with a message, never 2 and never a stack trace.
 */
const numRuns = Number(process.env.FC_RUNS ?? '') || 1000;
const READERS = ['auto', 'text', 'html', 'md', 'feed', 'ndjson'] as const;
const shaped: [string, fc.Arbitrary<string | Uint8Array>][] = [
  ['HTML', html],
  ['Markdown with front matter', markdown],
  ['RSS, Atom and JSON feeds', feed],
  ['NDJSON', ndjson],
  ['full-unicode strings', unicode],
  ['arbitrary bytes', bytes],
];

describe.each(shaped)('%s', (_, input) => {
  it(`never throws through any reader, and every article matches the JSON Schema (${numRuns} runs)`, { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...READERS), (value, from) => {
        for (const item of scrubItems(value, { from })) {
          if (isArticle(item)) {
            if (!validateArticle(item)) throw new Error(`schema: ${JSON.stringify(validateArticle.errors)}`);
          } else {
            expect(typeof item.error).toBe('string');
          }
        }
      }),
      { numRuns },
    );
  });
});

describe('the command on the same inputs', () => {
  const tmp = tempDirs('feedscrub-formats-');
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = await tmp.make();
  });
  afterAll(() => tmp.cleanup());

  // Each case starts a process (~0.1 s): fewer runs than the library properties, every format.
  it('exits 0 or 1, says why on stderr when 1, and never prints a stack', { timeout: 300_000 }, () => {
    let n = 0;
    fc.assert(
      fc.property(fc.oneof(...shaped.map(([, a]) => a)), fc.constantFrom(...READERS), fc.constantFrom('json', 'md', 'html'), (value, from, to) => {
        const file = path.join(dir, `input-${(n += 1)}`);
        writeFileSync(file, value);
        const r = spawnSync(process.execPath, [bin, file, '--from', from, '--to', to], { env: plainEnv(), encoding: 'utf8', timeout: 60_000 });
        expect([0, 1]).toContain(r.status);
        if (r.status === 1) expect(r.stderr).toMatch(/^feedscrub: /m);
        expect(stackLines(r.stderr)).toEqual([]);
        expect(r.stderr).not.toMatch(/internal error/);
      }),
      { numRuns: Math.min(numRuns, 120) },
    );
  });
});
