import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../src/article.js';
import { bin, ensureBuilt, plainEnv, tempDirs } from './helpers/cli.js';
import { cases } from './helpers/fixtures.js';

/**
 * docs/scale-out.md's GNU parallel example, run: the NDJSON filter split into chunks over four
 * jobs gives the single run's output, line for line. Hadoop and Spark use the same filter the same
 * way but need a cluster: they are documented, not run here.
 */

const which = spawnSync('bash', ['-c', 'command -v parallel'], { encoding: 'utf8' });
const PARALLEL = which.status === 0 ? which.stdout.trim() : null;
const IN_CI = !!process.env['CI'] && !['0', 'false'].includes(process.env['CI'] ?? '');
const MISSING = 'no GNU parallel on PATH (apt-get install parallel)';
if (!PARALLEL && !IN_CI) console.warn(`parallel: scale-out test skipped: ${MISSING}`);

const RECORDS = 2000;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Records in the shapes the fixtures hold: each NDJSON fixture line (the broken one included), and
 * each UTF-8 dump, page and Markdown file as a record's content; an id on every record, as a
 * pipeline keeps to join on.
 */
function corpus(): string {
  const shapes: ((id: string) => string)[] = [];
  for (const c of cases()) {
    const bytes = readFileSync(c.input);
    if (/\.(?:ndjson|jsonl)$/.test(c.input)) {
      for (const line of bytes.toString('utf8').split('\n').filter((l) => l.trim())) {
        shapes.push((id) => (line.startsWith('{"') && line.endsWith('}') ? `{"id": "${id}", ${line.slice(1)}` : line));
      }
    } else if (/\.(?:txt|html|md)$/.test(c.input)) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        continue;
      }
      shapes.push((id) => JSON.stringify({ id, content: text }));
    }
  }
  return Array.from({ length: RECORDS }, (_, i) => (shapes[i % shapes.length] as (id: string) => string)(`rec-${i}`)).join('\n') + '\n';
}

/**
 * What may differ between a chunk's run and the whole run: positions. `source.index` and every
 * line number count within the input a process was given; with one record per line and no blank
 * lines, a record's line is its index + 1, so both come out as offsets from the record's own line.
 */
function placeless(item: Item): unknown {
  const { index, ...source } = item.source;
  const at = (line: number | null) => (line === null ? null : line - (index + 1));
  if ('error' in item) return { ...item, line: at(item.line), source };
  return {
    ...item,
    removed: item.removed.map((r) => ({ ...r, line: at(r.line) })),
    repairs: item.repairs.map((r) => ({ ...r, line: at(r.line) })),
    notes: item.notes.map((n) => ({ ...n, line: at(n.line) })),
    source,
  };
}

const parse = (stdout: string) => stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l) as Item);

describe.skipIf(!PARALLEL && !IN_CI)(`GNU parallel --pipe${PARALLEL ? '' : ` (${MISSING})`}`, { timeout: 180_000 }, () => {
  const tmp = tempDirs('feedscrub-parallel-');
  let file: string;

  beforeAll(async () => {
    if (!PARALLEL) throw new Error(`CI is set and there is ${MISSING}`);
    ensureBuilt();
    file = path.join(await tmp.make(), 'export.ndjson');
    await writeFile(file, corpus());
  });
  afterAll(() => tmp.cleanup());

  it('splits an export over four jobs and gives the single run’s output, record for record', () => {
    const command = `${quote(process.execPath)} ${quote(bin)} --from ndjson --to ndjson`;
    const shell = (line: string) => spawnSync('bash', ['-c', line], { env: plainEnv(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const single = shell(`${command} < ${quote(file)}`);
    // -q keeps each word of the command as it is (paths with spaces); the docs' form needs no quoting.
    const split = shell(`parallel --pipe --keep-order -j 4 --block 64k -q ${command} < ${quote(file)}`);

    const one = parse(single.stdout);
    const many = parse(split.stdout);
    expect(one).toHaveLength(RECORDS);
    expect(many).toHaveLength(RECORDS);
    // Each job numbers its own chunk from 0: proof the input was split, and the one difference.
    const starts = many.filter((i) => i.source.index === 0).length;
    expect(starts).toBeGreaterThanOrEqual(4);
    expect(one.filter((i) => i.source.index === 0)).toHaveLength(1);
    expect(many.map(placeless)).toEqual(one.map(placeless));
    // The id each record carries is how a job downstream keeps a global position.
    const ids = (items: Item[]) => items.map((i) => ('extra' in i ? i.extra['id'] ?? null : null));
    expect(ids(many)).toEqual(ids(one));
    expect(ids(one).filter((id) => id !== null).slice(0, 3)).toEqual(['rec-0', 'rec-1', 'rec-2']);

    // Broken lines are error records in place and exit code 1 from the jobs that met one; parallel
    // exits with how many jobs failed.
    const errors = one.filter((i) => 'error' in i).length;
    expect(errors).toBeGreaterThan(0);
    expect(single.status).toBe(1);
    expect(split.status).toBeGreaterThan(0);
    expect(split.status).toBeLessThanOrEqual(starts);
    // One message per broken line; warnings (a record read for its title alone) come once per job
    // that met one, so a split run may print one more of them per job.
    const messages = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('feedscrub:') && !l.startsWith('feedscrub: warning:'));
    expect(messages(split.stderr)).toHaveLength(errors);
    expect(messages(single.stderr)).toHaveLength(errors);
  });
});
