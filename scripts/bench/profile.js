// The text path under V8's CPU profiler: `node --cpu-prof` on this file scrubs every .txt dump in a
// folder through the built library (dist/index.js), a few passes over, and the parent reads the
// .cpuprofile back into self time per function. Functions of the bundle are named with the source
// file esbuild wrote above them ("// src/rules/tail-block.ts"), so the list points into src/.
//   node --cpu-prof --cpu-prof-dir DIR scripts/bench/profile.js <folder of .txt> <passes>
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** Profiles the text path on the dumps in `dir`; returns the profile's path and its top self-time functions. */
export function profileText({ root, dir, passes, outDir, top = 10 }) {
  const child = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', outDir, '--cpu-prof-name', 'text-path.cpuprofile', here, dir, String(passes)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.status !== 0) throw new Error(`profiling failed: ${child.stderr}`);
  const file = path.join(outDir, 'text-path.cpuprofile');
  return { file, ...topSelf(JSON.parse(readFileSync(file, 'utf8')), root, top) };
}

/** Self time per function (name, source file, line), as a share of all samples. */
export function topSelf(profile, root, top) {
  const bundle = path.join(root, 'dist/index.js');
  const marks = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (m) marks.push([n, m[1]]);
    });
  const sourceOf = (lineNumber) => {
    let found = 'dist/index.js';
    for (const [n, file] of marks) {
      if (n > lineNumber) break;
      found = file;
    }
    return found;
  };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const bundleUrl = pathToFileURL(bundle).href;
  const fns = new Map();
  const files = new Map();
  let inBundle = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    const where = url === bundleUrl ? `${sourceOf(lineNumber)} (dist/index.js:${lineNumber + 1})` : url ? path.relative(root, fileURLToPath(url.startsWith('file:') ? url : pathToFileURL(url).href)) : '';
    if (url === bundleUrl) {
      inBundle += us;
      const file = sourceOf(lineNumber);
      files.set(file, (files.get(file) ?? 0) + us);
    }
    const key = `${functionName || '(anonymous)'}\t${where}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const list = [...fns]
    .map(([key, us]) => {
      const [name, where] = key.split('\t');
      return { name, where, ms: us / 1000, share: us / total };
    })
    .sort((a, b) => b.ms - a.ms);
  const byFile = [...files].map(([file, us]) => ({ file, ms: us / 1000, share: us / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, bundleShare: inBundle / total, top: list.slice(0, top), files: byFile.slice(0, top) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const [dir, passes = '3'] = process.argv.slice(2);
  const root = path.resolve(path.dirname(here), '../..');
  const { scrub } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const dumps = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f)));
  let articles = 0;
  for (let p = 0; p < Number(passes); p++) for (const d of dumps) articles += scrub(d).length;
  console.log(articles);
}
