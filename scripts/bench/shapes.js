// Cost per input shape: the built command on one big input of each shape at two sizes, its CPU
// time and peak RSS. Shapes are where a cleaner written for 4 KB articles goes quadratic (a rule
// that rescans the rest of a paragraph at every dash) or holds copies (a record per line, the text
// of every removal), so each is measured at 1 and 10 MB: 10 MB may cost 1.5 times ten times 1 MB,
// and may peak at 10 times its size plus 100 MB.
// With --line-mb 100, one more row: the one-line shape at 1 MB and at that size (over the 32 MiB
// input limit, so run with --max-size). Not in the default run: at 100 MB it alone takes about as
// long as all the others.
//   node scripts/bench/shapes.js [--sizes 1,10] [--only block,br] [--line-mb 100] [--bin bin/feedscrub.cjs] [--json -]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mb, ratio, table, verdict } from './measure.js';

export const SHAPE_TARGETS = { growth: 1.5, rssTimesInput: 10, rssPlusMiB: 100 };

const SENTENCE = 'The ferry - said the harbour master – runs again | after the storm, weeks late.';
// Each shape: how the file is written (a head, a unit repeated to the size, a tail) and how it is read.
export const SHAPES = {
  block: { what: 'one block, no blank line', ext: 'txt', head: 'Ferry Runs Again\n\n', unit: `${SENTENCE}\n`, tail: '' },
  wrapped: {
    what: 'hard-wrapped at 72, paragraphs of 6 lines',
    ext: 'txt',
    head: 'Ferry Runs Again\n\n',
    unit: 'The ferry runs again after the storm, said the harbour master on Monday,\nand the timetable of the winter months returns with it - weeks late,\nthough the crossing to the island takes its usual forty minutes again\nfor the passengers who waited on the quay since the first of the month\nwith their cars, their bicycles and the mail for the village shop, and\nthe school children who had stayed with relatives on the mainland.\n\n',
    tail: '',
  },
  br: { what: 'one <p> split by <br>', ext: 'html', head: '<html><head><title>Ferry Runs Again</title></head><body><article><h1>Ferry Runs Again</h1><p>', unit: `${SENTENCE}<br>\n`, tail: '</p></article></body></html>\n' },
  paragraph: { what: 'one huge <p>', ext: 'html', head: '<html><head><title>Ferry Runs Again</title></head><body><article><h1>Ferry Runs Again</h1><p>', unit: `${SENTENCE} `, tail: '</p></article></body></html>\n' },
  short: { what: 'short paragraphs (~240,000 at 10 MB)', ext: 'txt', head: 'Ferry Runs Again\n\n', unit: 'Paragraph with a few words in it.\n\n', tail: '' },
  line: { what: 'one line, no newline', ext: 'txt', head: '', unit: 'lorem ipsum dolor sit amet - consectetur | adipiscing elit ', tail: '' },
  ndjson: { what: 'one NDJSON record', ext: 'ndjson', head: '{"title":"Ferry Runs Again","content":"', unit: `${SENTENCE}\\n\\n`, tail: '"}\n', args: ['--from', 'ndjson'] },
};

const useTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

async function write(file, shape, bytes) {
  const handle = await open(file, 'w');
  const piece = shape.unit.repeat(Math.ceil((1 << 20) / shape.unit.length));
  await handle.write(shape.head);
  for (let written = 0; written < bytes; written += piece.length) await handle.write(piece);
  await handle.write(shape.tail);
  await handle.close();
}

/** CPU seconds (user + system) and peak RSS in KiB of one conversion to Markdown, output discarded. */
function run(bin, file, shape, env, mb) {
  const args = [bin, file, '--to', 'md', ...(shape.args ?? []), ...(mb >= 32 ? ['--max-size', `${mb + 1}MB`] : [])];
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', 'BENCH=%U %S %M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const f = /BENCH=([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr.toString());
  return { status: r.status, wall, cpu: f ? Number(f[1]) + Number(f[2]) : wall, rssKb: f ? Number(f[3]) : NaN };
}

export async function shapeCosts({ root, tmp, sizes = [1, 10], only, lineMb, bin = path.join(root, 'bin/feedscrub.cjs'), env = process.env, log = console.log }) {
  const out = [];
  const plan = Object.entries(SHAPES).filter(([id]) => !only || only.includes(id)).map(([id, shape]) => ({ id, shape, what: shape.what, sizes }));
  if (lineMb) plan.push({ id: `line-${lineMb}`, shape: SHAPES.line, what: `${SHAPES.line.what}, 1 and ${lineMb} MB`, sizes: [sizes[0], lineMb] });
  for (const { id, shape, what, sizes } of plan) {
    const row = { id, what, sizes: [] };
    for (const size of sizes) {
      const file = path.join(tmp, `shape-${id}-${size}.${shape.ext}`);
      await write(file, shape, size << 20);
      const r = run(bin, file, shape, env, size);
      rmSync(file, { force: true });
      row.sizes.push({ mb: size, ...r });
      log(`  ${id} ${size} MB: exit ${r.status}, ${r.cpu.toFixed(2)} s CPU, ${mb(r.rssKb)}`);
    }
    const [a, b] = [row.sizes[0], row.sizes.at(-1)];
    const scale = b.mb / a.mb;
    row.growth = b.cpu / (a.cpu * scale);
    row.rssBudgetKb = (b.mb * SHAPE_TARGETS.rssTimesInput + SHAPE_TARGETS.rssPlusMiB) * 1024;
    row.met = row.sizes.every((s) => s.status === 0) && row.growth <= SHAPE_TARGETS.growth && !(b.rssKb > row.rssBudgetKb);
    out.push(row);
  }
  return out;
}

export function shapesReport(rows, log = console.log) {
  const [lo, hi] = [rows[0].sizes[0].mb, rows[0].sizes.at(-1).mb];
  log(`\nInput shapes: one input to Markdown, CPU time and peak RSS at ${lo} and ${hi} MB; target: ${hi} MB costs <= ${SHAPE_TARGETS.growth}x ${hi / lo} times ${lo} MB, peaks < ${SHAPE_TARGETS.rssTimesInput}x input + ${SHAPE_TARGETS.rssPlusMiB} MB`);
  table([
    ['shape', `${lo} MB CPU`, `${hi} MB CPU`, 'growth / linear', `${lo} MB RSS`, `${hi} MB RSS`, 'RSS budget', ''],
    ...rows.map((r) => {
      const [a, b] = [r.sizes[0], r.sizes.at(-1)];
      return [r.what, `${a.cpu.toFixed(2)} s`, `${b.cpu.toFixed(2)} s`, ratio(r.growth), mb(a.rssKb), mb(b.rssKb), mb(r.rssBudgetKb), verdict(r.met)];
    }),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,10' }, only: { type: 'string' }, 'line-mb': { type: 'string' }, bin: { type: 'string' }, json: { type: 'string' } } });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'feedscrub-shapes-'));
  // With --json -, the JSON alone goes to stdout: the report (table() included) to stderr.
  const print = console.log.bind(console);
  if (values.json === '-') console.log = console.error.bind(console);
  const log = console.log;
  try {
    const rows = await shapeCosts({ root, tmp, sizes: values.sizes.split(',').map(Number), only: values.only?.split(','), lineMb: values['line-mb'] ? Number(values['line-mb']) : undefined, bin: values.bin && path.resolve(values.bin), log });
    shapesReport(rows, log);
    if (values.json === '-') print(JSON.stringify(rows, null, 2));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
