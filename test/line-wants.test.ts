import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrub } from '../src/index.js';
import { scrubItems } from '../src/pipeline.js';
import { shapeOf, SHAPE_WORDS } from '../src/line-shape.js';
import { rules } from '../src/rules/index.js';
import type { Rule } from '../src/rule.js';
import { countWords } from '../src/text/fold.js';
import { BOILERPLATE, PROSE } from './helpers/arbitraries.js';
import { cases } from './helpers/fixtures.js';
import { sameOnDumps } from './helpers/same-output.js';

/**
 * A rule's `meta.wants` leaves lines out of what it is asked about. That must never change what
 * comes out: every declaration is a fact about the rule's code, and the same inputs cleaned with
 * every rule asked about every line give the same articles.
 */
const withoutWants = (r: Rule): Rule => {
  const { wants: _wants, ...meta } = r.meta ?? {};
  return { ...r, meta };
};
const everyLine: Rule[] = rules.map(withoutWants);
const declaring = rules.filter((r) => r.meta?.wants);
const numRuns = Number(process.env.FC_RUNS ?? '') || 200;

// Lines of the families the declaring rules remove, written for this test (names and sites
// invented), each near what its rule's declaration says: its length, its words, its digits.
const NEAR = [
  'Published: 12 March 2024',
  'Veröffentlicht am 5. März 2024',
  'Publicado el lunes',
  'Date published:',
  'Duration: 42:10 | Host: Mara Lind',
  'durée : 00:42:10 - La Revue du Port - par : Anne Voss',
  'Durée : quarante minutes - par : Anne Voss',
  'This entry is part 2 of 5 in the series Harbour Walks',
  'This entry is part two of five in the series Harbour Walks',
  'Listen on Spotify',
  'Listen on Apple Podcasts and Spotify',
  '© 2024 Quayside Gazette. All rights reserved.',
  'Copyright 2024 Quayside Gazette',
  'Click here to read more',
  'Click here to read the full report on the harbour and the new ferry timetable for the summer season',
  'Page 2 of 5',
  '« Previous 1 2 3 Next »',
  'Photo by Lena Ortiz on Unsplash',
  'Photo: Quayside Gazette',
  '(Click to enlarge)',
  'Powered by WordPress',
  'Home | About | Contact | Privacy Policy',
];

// A line padded past a bound: words or characters added where a footer would not have them.
const padded = (line: string, words: number) => `${line} ${Array.from({ length: words }, (_, i) => `harbour${i % 7}`).join(' ')}`;
const undigited = (line: string) => line.replace(/\d/g, 'x');
const variants = (line: string): string[] => [line, undigited(line), padded(line, 8), padded(line, 20), padded(line, 45), padded(line, 70), `${'='.repeat(130)} ${line}`, `${line}${' .'.repeat(120)}`];

/** A dump with `line` at its head and again in its tail, under and over prose. */
const around = (line: string): string =>
  `Harbour Wall Repairs Start In Spring\n\n${line}\n\n${PROSE.slice(2, 5).join(' ')}\n\n${PROSE.slice(5, 7).join(' ')}\n\n${line}\n`;

describe('line wants', () => {
  it('scans a line once: its trimmed length, its words and an ASCII digit', () => {
    expect(shapeOf('  Page 2 of 5 \t')).toEqual({ length: 11, words: 4, digit: true });
    expect(shapeOf('\u00a0Listen on Spotify\u3000')).toEqual({ length: 17, words: 3, digit: false });
    // Digits of other scripts are no ASCII digit (dateLine reads them only on short lines).
    expect(shapeOf('٢٠٢٤').digit).toBe(false);
    expect(shapeOf(padded('word', 100)).words).toBe(SHAPE_WORDS);
    expect(countWords(padded('word', 100))).toBeGreaterThan(SHAPE_WORDS);
  });

  it('is declared by rules that go through their lines one by one', () => {
    const ids = declaring.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['labelled-date', 'episode-credits', 'photo-credit']));
    // Rules that read their zone's lines by position (the next one, the last one) see every line.
    for (const id of ['jetpack-share', 'head-byline', 'tail-byline', 'taxonomy-label', 'follow-call']) expect(ids).not.toContain(id);
  });

  it.each(declaring.map((r) => [r.id, r]))('%s removes the same near-miss lines with or without its declaration', (_id, rule) => {
    for (const line of [...NEAR, ...BOILERPLATE].flatMap(variants)) {
      const input = around(line);
      expect(scrub(input, { path: 'x.txt', rules: [rule] })).toEqual(scrub(input, { path: 'x.txt', rules: [withoutWants(rule)] }));
    }
  });

  it('cleans every fixture as if every rule saw every line', () => {
    for (const c of cases()) {
      const bytes = readFileSync(c.input);
      const options = { path: path.basename(c.input), now: c.options.now === undefined ? null : new Date(c.options.now) };
      expect(scrubItems(bytes, options), c.name).toEqual(scrubItems(bytes, { ...options, rules: everyLine }));
    }
  }, 120_000);

  it('gives the same articles as asking every rule about every line, on dump-like texts', () => {
    sameOnDumps(everyLine, numRuns);
  }, 120_000);
});
