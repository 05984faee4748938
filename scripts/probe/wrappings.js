// The real-dump corpus in other wrappings: each case's input as other sites and tools hand the same
// dump on (CRLF, a byte order mark, more blank lines, credit fields glued or under the title, the
// title twice, an NDJSON record, an RSS item, paragraphs as <p> or as blank lines, lines wrapped at
// 72 columns, no-break spaces, the other kind of quotes: scripts/probe/wrap-variants.js), made in
// memory, run through the built library and scored with the accuracy table's own checks
// (scripts/accuracy/score.js). A check the unchanged input passes and a wrapping fails is an
// answer that rests on the wrapping, not on the dump. The corpus stays where it is.
//   node scripts/probe/wrappings.js <real corpus folder> [options]
//     --dist <dir>   the build to probe (default this checkout's dist/)
//     --json <file>  write each wrapping's lost and gained check ids per case, to compare builds
//     --only <name>  the wrappings whose name holds the word
//     -q             the table only, not each lost check
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { casesOf } from '../accuracy/cases.js';
import { checks } from '../accuracy/score.js';
import { layout, VARIANTS } from './wrap-variants.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string' }, json: { type: 'string' }, only: { type: 'string' }, q: { type: 'boolean', default: false } },
});
const [folder] = positionals;
if (!folder) {
  console.error('usage: node scripts/probe/wrappings.js <real corpus folder> [--dist dir] [--json file] [--only name] [-q]');
  process.exit(2);
}
const dist = path.resolve(opt.dist ?? path.join(root, 'dist'));
const { scrub } = await import(pathToFileURL(path.join(dist, 'index.js')).href);

/** The first article of a dump, as the accuracy table takes it from the command. */
function run(text, kind) {
  try {
    return scrub(Buffer.from(text), { path: `input.${kind}` })[0] ?? null;
  } catch {
    return null;
  }
}

/** What a check expected, for the listing: the phrase or the field value. */
function expectedOf(want, id) {
  const [key, n] = id.split('#');
  if (key === 'keep') return want.must_keep[Number(n)];
  if (key === 'drop') return want.must_drop[Number(n)];
  return want[{ date: 'published' }[key] ?? key];
}

const names = Object.keys(VARIANTS).filter((n) => !opt.only || n.includes(opt.only));
const stats = Object.fromEntries(names.map((n) => [n, { cases: 0, scored: 0, kept: 0, lost: [], gained: 0 }]));
const json = Object.fromEntries(names.map((n) => [n, {}]));
for (const c of casesOf(folder)) {
  const text = readFileSync(c.file, 'utf8');
  const base = checks(c.want, run(text, c.kind));
  const passed = new Set(base.filter((k) => k.ok).map((k) => k.id));
  const parts = layout(text, c.kind, c.want);
  for (const name of names) {
    const v = VARIANTS[name]({ text, kind: c.kind, want: c.want, parts });
    if (!v || v.text === text) continue;
    const want = v.want ?? c.want;
    const got = checks(want, run(v.text, v.kind ?? c.kind));
    const s = stats[name];
    s.cases += 1;
    const lost = got.filter((k) => !k.ok && passed.has(k.id));
    const gained = got.filter((k) => k.ok && !passed.has(k.id));
    s.scored += passed.size;
    s.kept += passed.size - lost.length;
    s.gained += gained.length;
    for (const k of lost) s.lost.push({ case: c.name, id: k.id, expected: expectedOf(want, k.id), why: k.why });
    if (lost.length || gained.length) json[name][c.name] = { lost: lost.map((k) => k.id), gained: gained.map((k) => k.id) };
  }
}

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
console.log('| wrapping | cases | checks kept | lost | body phrases lost | gained |\n|---|---|---|---|---|---|');
const total = { cases: 0, scored: 0, kept: 0, lost: 0, keep: 0, gained: 0 };
for (const name of names) {
  const s = stats[name];
  const keep = s.lost.filter((l) => l.id.startsWith('keep#')).length;
  console.log(`| ${name} | ${s.cases} | ${s.kept}/${s.scored} (${pct(s.kept, s.scored)}) | ${s.lost.length} | ${keep} | ${s.gained} |`);
  Object.assign(total, { cases: total.cases + s.cases, scored: total.scored + s.scored, kept: total.kept + s.kept, lost: total.lost + s.lost.length, keep: total.keep + keep, gained: total.gained + s.gained });
}
console.log(`| all | ${total.cases} | ${total.kept}/${total.scored} (${pct(total.kept, total.scored)}) | ${total.lost} | ${total.keep} | ${total.gained} |`);
if (!opt.q) {
  for (const name of names) {
    if (stats[name].lost.length === 0) continue;
    console.log(`\n## ${name}`);
    for (const l of stats[name].lost) console.log(`${l.case.slice(0, 48).padEnd(48)}  ${l.id.padEnd(7)}  want ${JSON.stringify(String(l.expected ?? '')).slice(0, 60)}  ${l.why.slice(0, 90)}`);
  }
}
if (opt.json) writeFileSync(opt.json, `${JSON.stringify(json, null, 1)}\n`);
