// The learning table of `npm run accuracy`: per site batch, the share of repeated boilerplate
// removed and of body sentences kept, cleaned plainly and with --learn. The batches and their
// scorer (score.mjs) are the shared corpus's; this script only runs it twice and sets the results
// side by side. Then it times `learn` against a plain conversion of a large generated batch.
//   node scripts/accuracy-learn.js [--batches DIR] [--items N] [--no-speed] [--no-table]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const batches = path.resolve(arg('--batches', path.join(root, '..', 'shared', 'corpus', 'batches')));
const bin = path.join(root, 'bin', 'feedscrub.cjs');

function score(extra) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'feedscrub-learn-')), 'score.json');
  const runner = `node ${JSON.stringify(bin)} --no-config -q --to ndjson${extra}`;
  try {
    execFileSync('node', [path.join(batches, 'score.mjs'), '--runner', runner, '--json', out], { cwd: batches, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    // score.mjs exits non-zero when a batch is below its marks; the JSON is still written.
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}

const pct = ([a, b]) => `${a}/${b} (${b === 0 ? '-' : ((100 * a) / b).toFixed(1)}%)`;
const sum = (rows, key) => rows.reduce(([a, b], r) => [a + r[key][0], b + r[key][1]], [0, 0]);
if (!args.includes('--no-table')) {
  const plain = score('');
  const learned = score(' --learn');
  console.log('| batch | boilerplate removed | with --learn | body kept | with --learn |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const p of plain) {
    const l = learned.find((r) => r.batch === p.batch);
    console.log(`| ${p.batch} | ${pct(p.boilerplate_removed)} | ${pct(l.boilerplate_removed)} | ${pct(p.must_keep_kept)} | ${pct(l.must_keep_kept)} |`);
  }
  console.log(`| all | ${pct(sum(plain, 'boilerplate_removed'))} | ${pct(sum(learned, 'boilerplate_removed'))} | ${pct(sum(plain, 'must_keep_kept'))} | ${pct(sum(learned, 'must_keep_kept'))} |`);
}

if (!args.includes('--no-speed')) speed(Number(arg('--items', '10000')));

/** `learn` over N generated items of a few sites against their plain conversion, same machine, same run. */
function speed(items) {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedscrub-learn-speed-'));
  try {
    const words = ('river harbour lantern copper meadow signal orchard beacon granite willow ferry canvas tide pier ' +
      'market bakery council rowing regatta island crossing timetable storm wall engineer library letter winter ' +
      'supply keeper shutter oven brick queue skipper crew coach swell mouth evening morning').split(' ');
    // A fixed generator: every run times the same batch, with bodies that do not repeat.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % words.length;
    for (let i = 0; i < items; i++) {
      const site = `site${i % 10}`;
      mkdirSync(path.join(dir, site), { recursive: true });
      const body = Array.from({ length: 4 }, () => Array.from({ length: 30 }, () => words[next()]).join(' ') + '.');
      const text = [`Story ${i} of ${site}`, '', ...body.flatMap((b) => [b, '']), `This story first ran in the ${site} weekly letter. Subscribe at https://${site}.example/letter`, ''].join('\n');
      writeFileSync(path.join(dir, site, `${String(i).padStart(5, '0')}.txt`), text);
    }
    const time = (argv) => {
      const start = process.hrtime.bigint();
      execFileSync('node', [bin, ...argv], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
      return Number(process.hrtime.bigint() - start) / 1e9;
    };
    const convert = time(['--no-config', '-q', '--to', 'ndjson', dir]);
    const learn = time(['learn', '--no-config', dir]);
    console.log(`\nlearn over ${items} items: ${learn.toFixed(1)} s; plain conversion: ${convert.toFixed(1)} s; ratio ${(learn / convert).toFixed(2)} (target < 2)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
