import os from 'node:os';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { family, hitsAtEnd, leads, wholeLine, type Family, type Hit, type PhraseSet } from '../src/phrases/match.js';
import { familyTables, tableKey } from '../src/phrases/tables.js';
import { readMore } from '../src/phrases/read-more.js';
import { shareLabels, widgetOpeners } from '../src/phrases/share.js';
import { firstAppeared } from '../src/phrases/first-appeared.js';
import { archiveLabels } from '../src/phrases/archive-meta.js';
import '../src/rules/index.js';
import { distCli, ensureBuilt, feedscrub, plainEnv, seed } from './helpers/cli.js';

// The command's build derives what each phrase family needs before a line is matched (words, word
// trees, the leads' and ends' tests) and embeds it, so that a start-up only makes the regexes. A
// family made from the embedded table must find what the same family derives at run time finds.

declare global {
  // eslint-disable-next-line no-var
  var FEEDSCRUB_PHRASE_TABLES: string | undefined;
}

const families: [string, readonly PhraseSet[], string][] = [
  ['read more', readMore, '\\s*(?:»|→|>)?'],
  ['share', shareLabels, '(?:\\s*[:|]\\s*\\w+)*'],
  ['widget', widgetOpeners, '.*'],
  ['first appeared', firstAppeared, '\\s*[.!]?'],
  ['archive', archiveLabels, '.{0,300}'],
];

/** A family whose table says that no line starts with one of its phrases: a wrong table, on purpose. */
const planted: readonly PhraseSet[] = [{ lang: 'en', phrases: ['Keep scrolling for more'] }];

const odd = ['ſ', 'K', '\u00A0', '&nbsp;', '’', '“', '…', '...', '–', '😀', ' ', ':', '»', 'the council met', 'Weiterlesen'];
function lineOf(phrases: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...phrases).map((p) => p.toUpperCase()), fc.constantFrom(...odd), fc.string({ maxLength: 6 }));
  return fc.array(fc.tuple(piece, fc.constantFrom(' ', '', ': ')), { maxLength: 6 }).map((parts) => parts.flat().join(''));
}

/** Everything a rule can ask a family about `text`. */
function answers(f: Family, text: string): unknown {
  const all = (match: (accept: (h: Hit) => boolean) => Hit | null) => {
    const seen: Hit[] = [];
    match((h) => (seen.push(h), false));
    return seen;
  };
  return { end: all((a) => hitsAtEnd(f, text, a)), whole: all((a) => wholeLine(f, text, a)), leads: leads(f, text) };
}

describe('phrase families from the build', () => {
  const lines = families.map(([, sets]) => fc.sample(lineOf(sets.flatMap((s) => s.phrases.map((p) => p.replace(/\{\w+\}/g, 'Harbour Weekly')))), { numRuns: 300, seed: 7 }));
  let derived: unknown[][] = [];

  beforeAll(() => {
    // Made before any table exists: these derive theirs, as the tests' families all do.
    derived = families.map(([, sets, suffix], k) => {
      const f = family(sets, suffix);
      return (lines[k] ?? []).map((text) => answers(f, text));
    });
    family(planted);
    const tables = familyTables();
    tables[tableKey(planted, '')] = { ...(tables[tableKey(planted, '')] as NonNullable<(typeof tables)[string]>), anyLead: { source: 'x(?!x)x', span: 3 } };
    globalThis.FEEDSCRUB_PHRASE_TABLES = JSON.stringify(tables);
  });

  it('every family the cleaner makes has a key of its own', () => {
    // familyTables() throws when two families with different tables share a key.
    expect(Object.keys(familyTables()).length).toBeGreaterThan(20);
  });

  for (const [k, [name, sets, suffix]] of families.entries()) {
    it(`${name}: made from the table, it finds what the derived family finds`, () => {
      const f = family(sets, suffix);
      expect((lines[k] ?? []).map((text) => answers(f, text))).toEqual(derived[k]);
    });
  }

  it('a family made after the tables are there takes its table, not its phrases', () => {
    expect(wholeLine(family(planted), 'Keep scrolling for more')).toBeNull();
  });
});

describe('the built command', () => {
  beforeAll(() => ensureBuilt());

  it('has a table for every phrase family that cleaning a dump makes', () => {
    // Strict, the command fails on a family whose key the build did not embed (a key made from
    // text that the bundle spells otherwise than the source, say).
    const run = feedscrub([seed, '--to', 'md'], { cwd: os.tmpdir(), env: plainEnv({ FEEDSCRUB_STRICT_TABLES: '1', FEEDSCRUB_NO_CACHE: '1' }) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('is ASCII only, as the launcher reads it as latin1', () => {
    const bytes = readFileSync(distCli);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });
});
