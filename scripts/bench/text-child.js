// The text path of one build, timed in a process of its own, as a user runs one build: two builds
// loaded into one process share a heap, its garbage collector and the built-ins' inline caches, and
// the second one loaded ran about 40% slower than alone. scripts/bench.js starts this file once per
// run and build, the builds taking turns; each child warms up with one pass over the dumps (as the
// in-process measure does), then times one more pass and prints its wall and CPU time as JSON on stdout.
//   node scripts/bench/text-child.js <build root> <folder of .txt>
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** The dumps of `dir`, by name, as the bench's in-process measure reads them. */
export function readDumps(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f)));
}

/** One child run: `{ wall, cpu, articles }` in milliseconds, or throws with the child's stderr. */
export function timeBuildAlone(buildRoot, dir) {
  const child = spawnSync(process.execPath, [here, buildRoot, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`text-path child for ${buildRoot} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const [buildRoot, dir] = process.argv.slice(2);
  const { scrub } = await import(pathToFileURL(path.resolve(buildRoot, 'dist/index.js')).href);
  const dumps = readDumps(dir);
  for (const d of dumps) scrub(d);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let articles = 0;
  for (const d of dumps) articles += scrub(d).length;
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000, articles }));
}
