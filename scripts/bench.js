// npm run bench: the performance figures, each measured against a floor or a peer in the same run,
// so that the ratios hold on any machine. A script, not a test: nothing here fails a build.
//   node scripts/bench.js [--quick] [--only startup,text,html,rss,shapes,jobs] [--json FILE|-] [--profile]
//                         [--runs N] [--articles N] [--html-articles N] [--rss-mb 10,100]
//                         [--jobs-files N] [--shape-mb 1,10] [--shape-line-mb 100] [--seed S] [--keep] [--base DIR]
// The corpus is synthetic and deterministic (scripts/corpus.js), written to a temporary folder;
// docs/benchmark.md says how each figure is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.js';
import { score, summarise, fold } from './bench/accuracy.js';
import { jobs, peakRss, useTime } from './bench/cli.js';
import { htmlPath, otherInputs } from './bench/html.js';
import { htmlFolder } from './bench/html-folder.js';
import { mb, median, ms, num, pct, ratio, table, timeBoth, timeSync, verdict } from './bench/measure.js';
import { profileText } from './bench/profile.js';
import { timeBuildAlone } from './bench/text-child.js';
import { SHAPE_TARGETS, shapeCosts, shapesReport } from './bench/shapes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    articles: { type: 'string' },
    'html-articles': { type: 'string' },
    'rss-mb': { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    profile: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
    'jobs-files': { type: 'string' },
    base: { type: 'string' },
    'shape-mb': { type: 'string' },
    'shape-line-mb': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench [-- options]
  --runs N           timed runs per measure, the median reported (default 5; start-up runs 3x as many)
  --articles N       text dumps for the text path and the --jobs batch (default 2000)
  --html-articles N  HTML pages, and feed items and NDJSON records for accuracy (default 150)
  --rss-mb A,B       NDJSON sizes for peak RSS, in MB (default 10,100)
  --quick            a smaller run, under 30 s: runs 3, 300 dumps, 40 pages, 4 and 10 MB, 200 files
  --json FILE        also write the figures as JSON to FILE ("-": stdout, the report to stderr)
  --profile          also profile the text path (node --cpu-prof) into .bench/
  --jobs-files N     text dumps in the --jobs batch (default 2000, as the target is set)
  --shape-mb A,B     sizes of each input shape (one block, hard-wrapped, <br>-split...), in MB (default 1,10)
  --shape-line-mb N  also the one-line shape at N MB (e.g. 100; not by default: it takes as long as the rest)
  --only A,B         only these sections: startup, text, html, rss, shapes, jobs
  --seed S           corpus seed (default 1); --keep keeps the corpus folder
  --base DIR         also time the text and HTML paths of another build (a worktree of an older
                     commit, built), in the same runs: the speed-up is its ratio to that build`);
  process.exit(0);
}
const quick = values.quick;
const opt = (name, full, fast) => Number(values[name] ?? (quick ? fast : full));
const runs = opt('runs', 5, 3);
const settings = {
  runs,
  articles: opt('articles', 2000, 300),
  htmlArticles: opt('html-articles', 150, 40),
  rssMb: (values['rss-mb'] ?? (quick ? '4,10' : '10,100')).split(',').map(Number),
  shapeMb: (values['shape-mb'] ?? (quick ? '1,4' : '1,10')).split(',').map(Number),
  rssRuns: quick ? 1 : 3,
  startupRuns: quick ? 7 : Math.max(5, runs * 3),
  jobsRuns: quick ? 1 : 3,
  jobsFiles: Number(values['jobs-files'] ?? (quick ? 200 : 2000)),
  seed: Number(values.seed),
};
// With --json -, the JSON is the only thing on stdout and the report goes to stderr.
const log = (values.json === '-' ? console.error : console.log).bind(console);
console.log = log;

const TARGETS = { startup: 1.5, startupCold: 1.7, textVsBase: 3, textFloorShare: 0.3, htmlVsReadability: 2, htmlFolderVsReadability: 1.3, rssGrowth: 1.25, jobs: 1.6, shapes: SHAPE_TARGETS };

if (!existsSync(path.join(root, 'dist/index.js')) || !existsSync(path.join(root, 'dist/cli.cjs'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

const started = Date.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'feedscrub-bench-'));
process.on('exit', () => values.keep || rmSync(tmp, { recursive: true, force: true }));
const cache = path.join(tmp, 'cache');
const env = { ...process.env, XDG_CACHE_HOME: cache };
const machine = { cpu: os.cpus()[0]?.model ?? 'unknown CPU', cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}`, loadAtStart: os.loadavg()[0] };
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() || null;
const results = { machine, commit, settings, targets: TARGETS };

log(`feedscrub bench${quick ? ' (--quick)' : ''}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}${commit ? `, commit ${commit}` : ''}`);
// Other processes on the machine slow every figure, the floors included, and not always alike.
if (machine.loadAtStart > machine.cores / 2) log(`note: load average ${machine.loadAtStart.toFixed(1)} on ${machine.cores} cores: the machine is busy, figures will be noisy`);
const corpusDir = path.join(tmp, 'corpus');
const corpus = writeCorpus(corpusDir, { seed: settings.seed, counts: { text: settings.articles, html: settings.htmlArticles, feed: settings.htmlArticles, ndjson: settings.htmlArticles } });
log(`corpus: seed ${settings.seed}, ${corpus.texts.length} text dumps, ${corpus.pages.length} HTML pages, ${corpus.feeds.length} feeds, ${corpus.manifest.entries.length} articles in ${corpusDir}`);

// ---------------------------------------------------------------------------------------------
function startup() {
  const dump = path.join(tmp, 'dump.txt');
  writeFileSync(dump, corpus.texts[0].data);
  const bin = path.join(root, 'bin/feedscrub.cjs');
  const cold = { ...env, FEEDSCRUB_NO_CACHE: '1' };
  const cases = [
    ['node -e ""', ['-e', ''], env],
    ['feedscrub dump.txt (json)', [bin, dump], env],
    ['feedscrub dump.txt --to md', [bin, dump, '--to', 'md'], env],
    ['feedscrub dump.txt --to html', [bin, dump, '--to', 'html'], env],
    ['same, json, without code cache', [bin, dump], cold],
    ...(values.base ? [['the base build, json', [path.resolve(values.base, 'bin/feedscrub.cjs'), dump], env]] : []),
  ];
  for (const [, args, e] of cases) for (let i = 0; i < 2; i++) spawnSync(process.execPath, args, { env: e }); // warm the file and code caches
  // The cases take turns, run by run, so that a burst of load elsewhere falls on all of them alike.
  const times = cases.map(() => []);
  // CPU time (user + system, from GNU time) as well: on a loaded machine wall time mostly measures
  // the wait for a core, alike for every case only on average.
  const cpus = cases.map(() => []);
  let failed = 0;
  for (let i = 0; i < settings.startupRuns; i++) {
    cases.forEach(([, args, e], k) => {
      let child = null;
      const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', 'BENCH_CPU=%U %S', process.execPath, ...args]] : [process.execPath, args];
      times[k].push(timeSync(() => (child = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: e }))));
      const cpu = /BENCH_CPU=([\d.]+) ([\d.]+)/.exec(child.stderr?.toString() ?? '');
      if (cpu) cpus[k].push((Number(cpu[1]) + Number(cpu[2])) * 1000);
      if (child.status !== 0) failed++;
    });
  }
  if (failed) log(`  warning: ${failed} start-up runs exited with an error; their times are not conversions`);
  const out = cases.map(([name], k) => ({ name, ms: median(times[k]), best: Math.min(...times[k]), cpuMs: cpus[k].length ? median(cpus[k]) : NaN }));
  for (const c of out) {
    c.ratio = c.ms / out[0].ms;
    c.cpuRatio = c.cpuMs / out[0].cpuMs;
  }
  const json = out[1].ratio; // the headline: one dump to JSON, as the target is set
  const coldRatio = out[4].ratio;
  log(`\nStart-up: one small dump, wall time (median of ${settings.startupRuns} runs, and the fastest); target <= ${TARGETS.startup}x a bare node with the code cache, <= ${TARGETS.startupCold}x without`);
  table([
    ['', 'median', 'ratio', 'fastest', 'CPU', 'CPU ratio', ''],
    ...out.map((c) => [c.name, ms(c.ms), ratio(c.ratio), ms(c.best), Number.isFinite(c.cpuMs) ? ms(c.cpuMs) : '', Number.isFinite(c.cpuRatio) ? ratio(c.cpuRatio) : '', c === out[0] ? '' : c.name.includes('without') ? verdict(c.ratio <= TARGETS.startupCold) : c.name.includes('base') ? '' : verdict(c.ratio <= TARGETS.startup)]),
  ]);
  if (useTime) log('  CPU: user + system time from GNU time (10 ms resolution), median; the verdicts go by wall time');
  return { cases: out, ratio: json, cold: coldRatio, cpuRatio: out[1].cpuRatio, coldCpuRatio: out[4].cpuRatio, met: json <= TARGETS.startup && coldRatio <= TARGETS.startupCold };
}

async function textPath() {
  const { scrub } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const inputs = corpus.texts.map((t) => Buffer.from(t.data));
  const bytes = inputs.reduce((n, b) => n + b.length, 0);
  const decoder = new TextDecoder();
  // The floor: the same bytes decoded and split into lines and paragraphs, nothing else.
  const floor = () => {
    let n = 0;
    for (const b of inputs) {
      const s = decoder.decode(b);
      n += s.split('\n').length + s.split(/\n\s*\n/).length;
    }
    return n;
  };
  const through = (fn) => () => {
    let n = 0;
    for (const b of inputs) n += fn(b).length;
    return n;
  };
  const ours = through(scrub);
  // Warm-up, and the accuracy of the warm-up pass's articles.
  floor();
  const scores = corpus.texts.map((t, i) => {
    const [a] = scrub(inputs[i]);
    return score(t.truth, a.text, a.text.split('\n').map(fold).filter(Boolean));
  });
  const floorMs = [];
  const oursMs = [];
  for (let i = 0; i < runs; i++) {
    floorMs.push(timeBoth(floor));
    oursMs.push(timeBoth(ours));
  }
  // Against another build, each build runs in a process of its own, as a user runs one: loaded
  // into this process beside ours, an older build slowed ours by about 40% (one heap and garbage
  // collector, the built-ins' inline caches shared), which is no property of either build. The
  // builds take turns run by run, which goes first alternating, so that load elsewhere falls on both alike.
  const aloneMs = [];
  const baseMs = [];
  if (values.base) {
    const dir = path.join(corpusDir, 'text');
    const builds = [root, path.resolve(values.base)];
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [1, 0] : [0, 1];
      for (const k of order) (k ? baseMs : aloneMs).push(timeBuildAlone(builds[k], dir));
    }
  }
  const rate = (ts) => {
    const t = median(ts.map((x) => x.wall));
    return { ms: t, cpuMs: median(ts.map((x) => x.cpu)), articlesPerSec: (inputs.length / t) * 1000, mbPerSec: (bytes / 1e6 / t) * 1000 };
  };
  const f = rate(floorMs);
  const o = rate(oursMs);
  const share = f.ms / o.ms;
  const shareCpu = f.cpuMs / o.cpuMs;
  const acc = summarise(scores);
  const b = values.base ? rate(baseMs) : null;
  const alone = values.base ? rate(aloneMs) : null;
  const speedup = b ? { wall: b.ms / alone.ms, cpu: b.cpuMs / alone.cpuMs } : null;
  log(`\nText path: scrub() on ${inputs.length} dumps, ${(bytes / 1e6).toFixed(1)} MB (median of ${runs} runs); target >= ${pct(TARGETS.textFloorShare, 0)} of the floor`);
  table([
    ['floor (decode, split lines + paragraphs)', `${num(f.articlesPerSec)} articles/s`, `${f.mbPerSec.toFixed(1)} MB/s`, ''],
    ['feedscrub scrub()', `${num(o.articlesPerSec)} articles/s`, `${o.mbPerSec.toFixed(2)} MB/s`, `${pct(share, 2)} of the floor: ${verdict(share >= TARGETS.textFloorShare)}`],
    ...(b
      ? [
          ['scrub(), in a process of its own', `${num(alone.articlesPerSec)} articles/s`, `${alone.mbPerSec.toFixed(2)} MB/s`, `CPU ${ms(alone.cpuMs)}`],
          [`the base build (${values.base}), the same`, `${num(b.articlesPerSec)} articles/s`, `${b.mbPerSec.toFixed(2)} MB/s`, `CPU ${ms(b.cpuMs)}; this build is ${ratio(speedup.wall)} it (by CPU ${ratio(speedup.cpu)}); target >= ${TARGETS.textVsBase}x: ${verdict(speedup.wall >= TARGETS.textVsBase)}`],
        ]
      : []),
  ]);
  log(`  by CPU time: ${pct(shareCpu, 2)} of the floor`);
  log(`  accuracy: ${pct(acc.boilerplateLeft)} of ${acc.pieces} boilerplate lines left, ${pct(acc.bodyKept)} of ${acc.paragraphs} body paragraphs kept`);
  if (acc.leftByFamily.length > 0) log(`  left: ${acc.leftByFamily.slice(0, 6).map((f) => `${f.family} ${f.count} ("${f.example}")`).join(', ')}`);
  return { bytes, dumps: inputs.length, floor: f, feedscrub: o, alone, base: b, speedup, shareOfFloor: share, shareOfFloorCpu: shareCpu, met: share >= TARGETS.textFloorShare, accuracy: acc };
}

async function html() {
  const r = await htmlPath({ root, dir: corpusDir, tmp, pages: corpus.pages, runs, base: values.base ?? null });
  const [ours, readability, defuddle] = r.tools;
  const older = r.tools.find((t) => t.id === 'base');
  r.vsReadability = ours.articlesPerSec / readability.articlesPerSec;
  r.vsDefuddle = ours.articlesPerSec / defuddle.articlesPerSec;
  r.vsReadabilityCpu = readability.cpuMs / ours.cpuMs;
  r.vsDefuddleCpu = defuddle.cpuMs / ours.cpuMs;
  r.met = r.vsReadability >= TARGETS.htmlVsReadability;
  log(`\nHTML path: ${r.pages} whole pages, ${(r.bytes / 1e6).toFixed(1)} MB, to Markdown, each tool in a process of its own (median of ${runs} runs x ${r.passesPerRun} passes); target >= ${TARGETS.htmlVsReadability}x Readability+turndown`);
  table([
    ['', 'articles/s', 'MB/s', 'vs feedscrub', 'boilerplate left', '(catalogue / not)', 'body kept', 'clean articles'],
    ...r.tools.map((t) => [t.label, num(t.articlesPerSec), t.mbPerSec.toFixed(2), t === ours ? '' : ratio(ours.articlesPerSec / t.articlesPerSec), pct(t.boilerplateLeft), `${pct(t.catalogueLeft)} / ${pct(t.offCatalogueLeft)}`, pct(t.bodyKept), pct(t.perfect, 0)]),
  ]);
  log(`  feedscrub is ${ratio(r.vsReadability)} Readability+turndown (${verdict(r.met)}) and ${ratio(r.vsDefuddle)} defuddle; by CPU time ${ratio(r.vsReadabilityCpu)} and ${ratio(r.vsDefuddleCpu)}`);
  if (older) {
    r.speedup = { wall: older.ms / ours.ms, cpu: older.cpuMs / ours.cpuMs };
    log(`  against the base build: ${ratio(r.speedup.wall)} (by CPU ${ratio(r.speedup.cpu)}); the base build is ${ratio(older.articlesPerSec / readability.articlesPerSec)} Readability+turndown`);
  }
  // Whole processes over the same pages as a folder: start-up and module loading count too.
  const f = htmlFolder({ root, tmp, dir: path.join(corpusDir, 'html'), runs, env, base: values.base });
  r.folder = { ...f, met: f.vsReadability >= TARGETS.htmlFolderVsReadability };
  log(`\nHTML path as whole processes: a folder of ${f.pages} pages to Markdown files (median of ${runs} runs); target >= ${TARGETS.htmlFolderVsReadability}x Readability+turndown`);
  table([
    ['', 'wall', 'CPU', 'vs feedscrub (wall)', 'vs feedscrub (CPU)', 'files'],
    ...f.tools.map((t, i) => [t.label, ms(t.ms), Number.isFinite(t.cpuMs) ? ms(t.cpuMs) : '', i ? ratio(t.ms / f.tools[0].ms) : '', i && Number.isFinite(t.cpuMs) ? ratio(t.cpuMs / f.tools[0].cpuMs) : '', t.failed ? `${t.written}, ${t.failed} runs failed` : t.written]),
  ]);
  log(`  feedscrub is ${ratio(f.vsReadability)} Readability+turndown (${verdict(r.folder.met)}); by CPU time ${Number.isFinite(f.vsReadabilityCpu) ? ratio(f.vsReadabilityCpu) : 'n/a'}`);
  log('  lower "boilerplate left" and higher "body kept" are better');
  for (const t of r.tools) {
    const left = t.leftByFamily.slice(0, 6).map((f) => `${f.family} ${f.count}`).join(', ');
    log(`  left by ${t.id}: ${left || 'nothing'}`);
  }
  for (const [peer, { count, examples }] of Object.entries(r.leftByFeedscrubOnly)) {
    const shown = examples.slice(0, 3).map((e) => `${e.family} "${e.needle}" (${e.page})`).join('; ');
    log(`  left by feedscrub, removed by ${peer}: ${count}${count ? `, e.g. ${shown}` : ''}`);
  }
  return r;
}

function rssReport(r) {
  const peak = (x) => (Number.isFinite(x.timeKb) ? x.timeKb : x.selfKb);
  log(`\nPeak RSS: feedscrub big.ndjson --to ndjson > /dev/null; target: constant (largest <= ${TARGETS.rssGrowth}x smallest)`);
  table([
    ['input', 'peak RSS (time %M)', 'peak RSS (maxRSS)', 'wall time', 'MB/s', 'runs', ''],
    ['bare node -e ""', mb(r.bare.timeKb), mb(r.bare.selfKb), '', '', '', ''],
    ...r.sizes.map((s) => [`${s.mb} MB NDJSON (${num(s.records)} records)`, mb(s.timeKb), mb(s.selfKb), `${s.seconds.toFixed(1)} s`, (s.bytes / 1e6 / s.seconds).toFixed(2), s.runs, s.status ? `exit ${s.status}: ${s.error}` : '']),
  ]);
  const met = r.growth !== null && r.growth <= TARGETS.rssGrowth && r.sizes.every((s) => s.status === 0);
  if (r.growth !== null) log(`  ${r.sizes.at(-1).mb} MB peak / ${r.sizes[0].mb} MB peak = ${ratio(r.growth)}: ${verdict(met)}; ${r.sizes.at(-1).mb} MB peak is ${ratio(peak(r.sizes.at(-1)) / peak(r.bare))} a bare node`);
  return { ...r, met };
}

function jobsReport(r) {
  log(`\n--jobs: a folder of ${Math.min(settings.jobsFiles, settings.articles)} text dumps to JSON files (median of ${settings.jobsRuns} runs); target >= ${TARGETS.jobs}x from ${machine.cores} workers`);
  if (machine.cores < 2) return log('  one core: nothing to compare'), null;
  if (!r) return log('  not available (feedscrub --help does not mention --jobs)'), { available: false };
  const cpu = (x) => (Number.isFinite(x) ? `${ms(x)} CPU` : '');
  table([
    ['--jobs 1', ms(r.jobs1Ms), cpu(r.jobs1CpuMs), ''],
    [`--jobs ${r.workers}`, ms(r.jobsNMs), cpu(r.jobsNCpuMs), `${ratio(r.speedup)}: ${verdict(r.speedup >= TARGETS.jobs)}`],
  ]);
  log(`  ${r.written} files written per run; inputs as ${r.how}`);
  return { available: true, ...r, met: r.speedup >= TARGETS.jobs };
}

// ---------------------------------------------------------------------------------------------
const only = new Set((values.only ?? 'startup,text,html,rss,shapes,jobs').split(','));
if (only.has('startup')) results.startup = startup();
if (only.has('text')) results.text = await textPath();
if (only.has('html')) {
  results.html = await html();
  results.otherInputs = await otherInputs({ root, corpus });
  log('\nfeedscrub accuracy on the other input kinds (not timed)');
  table(Object.entries({ 'HTML pages': results.html.tools[0], ...results.otherInputs }).map(([k, a]) => [k, `${num(a.articles)} articles`, `${pct(a.boilerplateLeft)} boilerplate left`, `${pct(a.bodyKept)} body kept`, a.leftByFamily.slice(0, 4).map((f) => `${f.family} ${f.count}`).join(', ')]));
}
if (only.has('rss')) {
  log('\nPeak RSS (this takes a while: the largest input runs once)');
  results.rss = rssReport(await peakRss({ root, tmp, sizes: settings.rssMb, runs: settings.rssRuns, seed: settings.seed, env, log }));
}
if (only.has('shapes')) {
  log('\nInput shapes (each shape once per size; the largest take a while)');
  const lineMb = values['shape-line-mb'] ? Number(values['shape-line-mb']) : undefined;
  const rows = await shapeCosts({ root, tmp, sizes: settings.shapeMb, lineMb, env, log });
  shapesReport(rows, log);
  results.shapes = { sizes: settings.shapeMb, rows, met: rows.every((r) => r.met) };
}
if (only.has('jobs')) {
  const dir = path.join(tmp, 'batch');
  mkdirSync(dir);
  for (const t of corpus.texts.slice(0, settings.jobsFiles)) writeFileSync(path.join(dir, path.basename(t.name)), t.data);
  results.jobs = jobsReport(jobs({ root, tmp, dir, workers: machine.cores, runs: settings.jobsRuns, env, log }));
}

if (values.profile) {
  const outDir = path.join(root, '.bench');
  mkdirSync(outDir, { recursive: true });
  const p = profileText({ root, dir: path.join(corpusDir, 'text'), passes: 3, outDir });
  log(`\nText path profile (${p.file}; ${(p.totalMs / 1000).toFixed(1)} s sampled, ${pct(p.bundleShare, 0)} in dist/index.js): top self time`);
  table(p.top.map((t) => [t.name.length > 60 ? `${t.name.slice(0, 57)}...` : t.name, pct(t.share), t.where]));
  log('  by source file:');
  table(p.files.map((f) => [f.file, pct(f.share)]), '    ');
  results.profile = p;
}

const { startup: su, text, html: h, rss, shapes, jobs: j } = results;
const summary = [
  su && ['start-up (json)', `${ratio(su.ratio)} node, ${ratio(su.cold)} without code cache (CPU ${ratio(su.cpuRatio)}, ${ratio(su.coldCpuRatio)})`, `<= ${TARGETS.startup}x, ${TARGETS.startupCold}x`, verdict(su.met)],
  text && ['text path', `${pct(text.shareOfFloor, 2)} of floor`, `>= ${pct(TARGETS.textFloorShare, 0)}`, verdict(text.met)],
  text?.speedup && ['text path against the base build (each alone)', `${ratio(text.speedup.wall)} (CPU ${ratio(text.speedup.cpu)})`, `>= ${TARGETS.textVsBase}x`, verdict(text.speedup.wall >= TARGETS.textVsBase)],
  h && ['HTML path', `${ratio(h.vsReadability)} Readability`, `>= ${TARGETS.htmlVsReadability}x`, verdict(h.met)],
  h?.folder && ['HTML path, whole processes', `${ratio(h.folder.vsReadability)} Readability`, `>= ${TARGETS.htmlFolderVsReadability}x`, verdict(h.folder.met)],
  h?.speedup && ['HTML path against the base build', `${ratio(h.speedup.wall)} (CPU ${ratio(h.speedup.cpu)})`, '', ''],
  rss && ['peak RSS', rss.growth === null ? 'one size' : `${ratio(rss.growth)} from ${settings.rssMb.join(' to ')} MB`, `<= ${TARGETS.rssGrowth}x`, verdict(rss.growth === null ? null : rss.met)],
  shapes && ['input shapes', `${shapes.rows.filter((r) => r.met).length} of ${shapes.rows.length} within budget`, `<= ${SHAPE_TARGETS.growth}x linear, < ${SHAPE_TARGETS.rssTimesInput}x + ${SHAPE_TARGETS.rssPlusMiB} MB`, verdict(shapes.met)],
  only.has('jobs') && ['--jobs', j?.available ? `${ratio(j.speedup)}` : 'not available', `>= ${TARGETS.jobs}x`, verdict(j?.available ? j.met : null)],
].filter(Boolean);
results.seconds = (Date.now() - started) / 1000;
machine.loadAtEnd = os.loadavg()[0];
log(`\nSummary (${results.seconds.toFixed(0)} s; load average ${machine.loadAtStart.toFixed(1)} at the start, ${machine.loadAtEnd.toFixed(1)} at the end)`);
table(summary);

if (values.json) {
  const json = `${JSON.stringify(results, null, 2)}\n`;
  if (values.json === '-') process.stdout.write(json);
  else writeFileSync(values.json, json), log(`figures written to ${values.json}`);
}
if (values.keep) log(`corpus kept in ${corpusDir}`);
