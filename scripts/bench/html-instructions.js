// The HTML path counted in instructions rather than timed: each contestant's html-child.js runs
// under valgrind's callgrind, once with its warm-up pass only and once with `passes` more, so a
// cold pass (module loading and JIT warm-up included) and a warm one each get a count. On a machine
// shared with other work, CPU time moved by 10-20% from one run to the next, more than the change
// being measured; an instruction count moves by about 1%, whatever else the machine does.
// Callgrind runs code some fifty times slower: use a few dozen pages.
//   node scripts/bench/html-instructions.js [--pages N] [--passes P] [--base DIR] [--peers readability,defuddle]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../corpus.js';
import { instructions } from './callgrind.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const child = path.join(here, 'html-child.js');

/** Instructions callgrind counted for one run of html-child.js. */
function count({ id, base, list, passes, tmp }) {
  return instructions(id, [child, root, base ?? '', id, list, String(passes), '0'], path.join(tmp, `callgrind.${id}.${passes}`));
}

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '40' }, passes: { type: 'string', default: '2' }, base: { type: 'string' }, peers: { type: 'string', default: 'readability' } },
});
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('html-instructions: valgrind is not installed');
  process.exit(2);
}
const passes = Number(values.passes);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'feedscrub-instructions-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const corpus = writeCorpus(path.join(tmp, 'corpus'), { seed: 1, counts: { text: 1, html: Number(values.pages), feed: 1, ndjson: 1 } });
const list = path.join(tmp, 'pages.json');
writeFileSync(list, JSON.stringify(corpus.pages.map((p) => path.join(tmp, 'corpus', p.name))));

const ids = ['feedscrub', ...(values.base ? ['base'] : []), ...values.peers.split(',').filter(Boolean)];
const rows = ids.map((id) => {
  const cold = count({ id, base: values.base, list, passes: 0, tmp });
  const warm = (count({ id, base: values.base, list, passes, tmp }) - cold) / passes;
  return { id, cold, warm };
});
const first = rows[0];
// feedscrub's speed against each: the other's count over feedscrub's (above 1: feedscrub does less).
console.log(`${corpus.pages.length} pages, instructions in billions; the cold pass includes loading the modules`);
for (const r of rows) {
  const ratio = (a, b) => (a / b).toFixed(2);
  console.log(`${r.id.padEnd(12)} cold ${(r.cold / 1e9).toFixed(2)}  warm/pass ${(r.warm / 1e9).toFixed(2)}  feedscrub against it: cold ${ratio(r.cold, first.cold)}x, warm ${ratio(r.warm, first.warm)}x`);
}
