// Two builds' scrub() in one process, timed on the same inputs in turn, for a change meant to be
// faster with the same output. Loading both into one process slows both (one heap, one garbage
// collector), so the ratio, not the absolute time, is the figure; taking turns in chunks of a few
// dozen inputs, which build goes first alternating, spreads a burst of load over both. By default
// the script runs twice, in a process each, once with each build loaded first, and reports both
// and their mean. The floor a change has to clear is a copy of the base build in another folder
// timed against the base: the same folder twice is one module timed against itself (about 1.0x,
// which says nothing). At a load of 5 to 6 on 2 cores such a copy measured 0.63x to 0.85x, so a
// lever of a few per cent cannot show here: count instructions instead (text-instructions.js).
//   node scripts/bench/ab.js <base build root> <this build root> [--html] [--rounds N] [--chunk N] <files or folders...>
// Folders are read for .txt (text) or .html (with --html) files, gzipped or not; files are taken as given.
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    html: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '5' },
    chunk: { type: 'string', default: '50' },
    // Which build is loaded first: 'base', 'this', or 'both' (a process each).
    first: { type: 'string', default: 'both' },
  },
});
const [baseRoot, thisRoot, ...sources] = positionals;
if (!baseRoot || !thisRoot || sources.length === 0) {
  console.error('usage: node scripts/bench/ab.js <base root> <this root> [--html] [--rounds N] [--chunk N] <files or folders...>');
  process.exit(2);
}
if (path.resolve(baseRoot) === path.resolve(thisRoot)) console.error('ab: both builds are one module here; copy the base build to another folder for a control');
if (values.first === 'both') {
  const medians = [];
  for (const first of ['base', 'this']) {
    const args = process.argv.slice(2).filter((a, i, all) => a !== '--first' && all[i - 1] !== '--first');
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args, '--first', first], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) process.exit(child.status ?? 1);
    process.stdout.write(`${first} loaded first:\n${child.stdout}`);
    medians.push(Number(/median CPU ratio ([\d.]+)x/.exec(child.stdout)?.[1]));
  }
  console.log(`both orders: ${Math.sqrt(medians[0] * medians[1]).toFixed(3)}x (CPU time, geometric mean of the medians)`);
  process.exit(0);
}
const ext = values.html ? '.html' : '.txt';
const files = sources.flatMap((s) =>
  statSync(s).isDirectory()
    ? readdirSync(s)
        .filter((f) => f.endsWith(ext) || f.endsWith(`${ext}.gz`))
        .sort()
        .map((f) => path.join(s, f))
    : [s],
);
// A saved page may be stored gzipped: it is given to scrub() as the page it holds.
const inputs = files.map((f) => (f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f)));
const options = values.html ? { from: 'html' } : {};
const load = async (root) => (await import(pathToFileURL(path.resolve(root, 'dist/index.js')).href)).scrub;
const base = { name: 'base', scrub: null, ms: 0, wall: 0 };
const mine = { name: 'this', scrub: null, ms: 0, wall: 0 };
for (const [b, root] of values.first === 'this' ? [[mine, thisRoot], [base, baseRoot]] : [[base, baseRoot], [mine, thisRoot]]) b.scrub = await load(root);
const builds = [base, mine];
const chunk = Number(values.chunk);
// CPU time (user + system, process.cpuUsage()) is the figure: on a loaded machine wall time mostly
// measures the wait for a core. Wall time is kept beside it.
const timeChunk = (build, from) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = from; i < Math.min(from + chunk, inputs.length); i++) build.scrub(inputs[i], options);
  build.wall += Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  build.ms += (used.user + used.system) / 1000;
};
// Warm-up: each build over every input once.
for (const b of builds) for (let i = 0; i < inputs.length; i += chunk) timeChunk(b, i);
const ratios = [];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const b of builds) b.ms = b.wall = 0;
  let turn = round;
  for (let i = 0; i < inputs.length; i += chunk, turn++) {
    const order = turn % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) timeChunk(b, i);
  }
  ratios.push(base.ms / mine.ms);
  console.log(`round ${round + 1}, ${inputs.length} inputs: CPU base ${base.ms.toFixed(0)} ms, this ${mine.ms.toFixed(0)} ms: ${(base.ms / mine.ms).toFixed(3)}x; wall ${(base.wall / mine.wall).toFixed(3)}x`);
}
ratios.sort((a, b) => a - b);
console.log(`median CPU ratio ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}x (min ${ratios[0].toFixed(3)}x, max ${ratios.at(-1).toFixed(3)}x)`);
