// The text path counted in instructions rather than timed (as html-instructions.js does for pages):
// each build's scrub() runs under valgrind's callgrind over the same dumps, once with one pass (the
// modules loaded, the JIT warmed up) and once with three, so the difference halved is a warm pass.
// On a machine shared with other work, two copies of one build timed side by side measured 0.84x to
// 1.04x by CPU time; a count does not depend on the load. It is not time either: what a build loses
// to memory traffic does not show (docs/benchmark.md). Callgrind is some fifty times slower: use a
// few hundred dumps.
//   node scripts/bench/text-instructions.js <folder of .txt> [--dumps N] [--base DIR]...
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { instructions } from './callgrind.js';
import { readDumps } from './text-child.js';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');

/** Instructions callgrind counted for `passes` passes of one build's scrub() over the dumps. */
function count(build, dir, dumps, passes) {
  return instructions(build, [here, '--child', build, dir, String(dumps), String(passes)]);
}

async function child([build, dir, dumps, passes]) {
  const { scrub } = await import(pathToFileURL(path.resolve(build, 'dist/index.js')).href);
  const inputs = readDumps(dir).slice(0, Number(dumps));
  for (let p = 0; p < Number(passes); p++) for (const d of inputs) scrub(d);
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dumps: { type: 'string', default: '200' }, base: { type: 'string', multiple: true, default: [] } } });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: text-instructions.js <folder of .txt> [--dumps N] [--base DIR]...');
    process.exit(2);
  }
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('text-instructions: valgrind is not installed');
    process.exit(2);
  }
  const dumps = Number(values.dumps);
  console.log(`${dumps} dumps of ${dir}, instructions in billions; the cold figure includes loading the modules`);
  const rows = [root, ...values.base].map((build) => {
    const cold = count(build, dir, dumps, 1);
    return { build, cold, warm: (count(build, dir, dumps, 3) - cold) / 2 };
  });
  const [first] = rows;
  for (const r of rows) {
    // This build's speed against each: the other's count over this one's (above 1: this does less).
    console.log(`${path.relative(process.cwd(), r.build) || '.'}  cold ${(r.cold / 1e9).toFixed(3)}  warm/pass ${(r.warm / 1e9).toFixed(3)}  this build against it: cold ${(r.cold / first.cold).toFixed(3)}x, warm ${(r.warm / first.warm).toFixed(3)}x`);
  }
}
