// Byte-for-byte comparison of two builds' output: a speed-up must not change a single article.
// Runs each build's bin/feedscrub.cjs `--to json` over every fixture input and every input of the
// given corpus folders (gzipped pages are unpacked first), one output file per article, and lists
// each article whose JSON differs, and any difference in messages or exit status.
//   node scripts/compare-builds.js <other build's root> [corpus folder...]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [other, ...corpora] = process.argv.slice(2);
if (!other) {
  console.error('usage: node scripts/compare-builds.js <other build root> [corpus folder...]');
  process.exit(2);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'feedscrub-compare-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/**
 * Inputs are files named input.* or page.*, the way fixtures and corpus cases name them; a folder
 * with none (the bench's dumps, a site's batch, a folder of feeds) gives every file of an input's kind.
 */
function inputsIn(dir) {
  const out = [];
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
  const named = entries.some((e) => CASE_INPUT.test(e.name));
  for (const entry of entries) {
    if (!(named ? CASE_INPUT : ANY_INPUT).test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!file.endsWith('.gz')) {
      out.push(file);
      continue;
    }
    // Unpacked under a name that keeps the case folder and the extension, which picks the reader.
    const plain = path.join(tmp, `${path.basename(path.dirname(file))}-${entry.name.slice(0, -3)}`);
    writeFileSync(plain, gunzipSync(readFileSync(file)));
    out.push(plain);
  }
  return out.sort();
}

const CASE_INPUT = /^(?:input|page)\./;
const ANY_INPUT = /\.(?:txt|html?|xml|rss|atom|md|markdown|json|ndjson|jsonl)(?:\.gz)?$/i;
const inputs = [path.join(root, 'fixtures'), ...corpora].flatMap(inputsIn);
const env = { ...process.env, NO_COLOR: '1', FEEDSCRUB_NO_CACHE: '1' };

/** One batch per build, one output file per article, inline: what each input gives as `--to json`. */
function run(buildRoot, name) {
  const out = path.join(tmp, name);
  const args = [path.join(buildRoot, 'bin/feedscrub.cjs'), ...inputs, '--to', 'json', '-j', '1', '-o', `${out}/`, '--now', '2026-01-01T00:00:00Z', '--no-config'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (d) => err.push(d));
    child.stdout.resume();
    // The summary line's timing differs from run to run, in every unit progress.ts writes it in.
    child.on('close', (status) => resolve({ out, status, stderr: Buffer.concat(err).toString().replace(/ in (?:[\d,.]+ (?:ms|s|min|h) ?)+\([\d,.]+\/s\)/g, '') }));
  });
}

const [ours, theirs] = await Promise.all([run(root, 'ours'), run(other, 'theirs')]);
const files = new Set([...readdirSync(ours.out), ...readdirSync(theirs.out)]);
let differ = 0;
for (const f of [...files].sort()) {
  const read = (dir) => {
    try {
      return readFileSync(path.join(dir, f));
    } catch {
      return null;
    }
  };
  const a = read(ours.out);
  const b = read(theirs.out);
  if (a && b && a.equals(b)) continue;
  differ++;
  const source = (a ?? b)?.toString().match(/"path":\s*"([^"]*)"/)?.[1] ?? '?';
  console.log(`DIFFERS: ${f} (${source})${a && b ? '' : ', in one build only'}`);
}
if (ours.status !== theirs.status || ours.stderr !== theirs.stderr) {
  differ++;
  console.log(`DIFFERS: exit status ${ours.status} against ${theirs.status}, or messages on stderr`);
}
console.log(`${inputs.length} inputs, ${files.size} articles, ${differ} difference(s)`);
process.exit(differ > 0 ? 1 : 0);
