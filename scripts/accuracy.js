// npm run accuracy -- <corpus folder> [options]
//
// Real-world accuracy: the built command on a folder of cases (<case>/input.* + expected.json, the
// layout of the shared real-dump corpus), scored as that corpus's README says: body phrases kept,
// boilerplate phrases dropped, title, author, date. Prints Markdown tables: feedscrub beside the
// page extractors on the same inputs, then feedscrub per language and per input kind.
//
// The per-case results are compared with a committed baseline (test/accuracy/<name>.json: check
// ids and pass/fail only, never the corpus's text); a check the baseline passed and this run fails
// exits 1, so a change that trades one case for another says so. --update writes the baseline.
//
//   --bin <file>      the command to score (default bin/feedscrub.cjs)
//   --no-peers        feedscrub only (the peers take most of the time)
//   --baseline <file> the results file (default test/accuracy/<corpus name>.json)
//   --update          write this run's results as the baseline
//   -v                each failing check, per case
//   --batches <dir>   also the learning table on a folder of one-site batches (scripts/accuracy-learn.js)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { asDocument, loadPeers } from './accuracy/peers.js';
import { casesOf } from './accuracy/cases.js';
import { cell, checks, FIGURES, tally } from './accuracy/score.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bin: { type: 'string', default: path.join(root, 'bin/feedscrub.cjs') },
    'no-peers': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    update: { type: 'boolean', default: false },
    v: { type: 'boolean', default: false },
    batches: { type: 'string' },
  },
});

/** One batch run of the command, as a user would run it; the first article of each input counts. */
function runFeedscrub(cases) {
  const run = spawnSync(process.execPath, [opt.bin, ...cases.map((c) => c.file), '--to', 'ndjson', '--no-config', '-q', '-j', '1'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const first = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line);
    const p = !a.error && a.source?.path && path.resolve(a.source.path);
    if (p && !first.has(p)) first.set(p, a);
  }
  return cases.map((c) => first.get(path.resolve(c.file)) ?? null);
}

async function runPeer(peer, cases) {
  const out = [];
  for (const c of cases) {
    try {
      out.push(await peer.run(asDocument(readFileSync(c.file, 'utf8'), c.kind)));
    } catch {
      out.push(null);
    }
  }
  return out;
}

const score = (cases, articles) => cases.map((c, i) => ({ name: c.name, checks: checks(c.want, articles[i]), article: articles[i] }));
const row = (label, results) => {
  const t = tally(results);
  const none = results.filter((r) => !r.article).length;
  return `| ${label} | ${results.length - none}/${results.length} | ${FIGURES.map((f) => cell(t[f])).join(' | ')} |`;
};
const HEAD = `| | articles | ${FIGURES.map((f) => ({ keep: 'body kept', drop: 'boilerplate removed' })[f] ?? f).join(' | ')} |\n|---|---|${FIGURES.map(() => '---').join('|')}|`;

function groupTable(title, cases, results, key) {
  const groups = new Map();
  cases.forEach((c, i) => groups.set(c[key], [...(groups.get(c[key]) ?? []), results[i]]));
  const rows = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([k, rs]) => row(k, rs));
  return `\n### feedscrub by ${title}\n\n${HEAD.replace('| |', `| ${title} |`)}\n${rows.join('\n')}\n`;
}

/** Checks the baseline passed that this run fails, as "case: check". */
function regressions(baseline, results) {
  const lost = [];
  for (const r of results) {
    const before = baseline.cases?.[r.name];
    if (!before) continue;
    for (const c of r.checks) if (!c.ok && before.includes(c.id)) lost.push(`${r.name}: ${c.id} (${c.why})`);
  }
  return lost;
}

async function main() {
  const folder = positionals[0];
  if (!folder || !existsSync(folder)) {
    console.error('usage: npm run accuracy -- <corpus folder> [--no-peers] [--update] [-v]');
    process.exit(2);
  }
  const cases = casesOf(folder);
  const base = path.basename(path.resolve(folder)) === 'cases' ? path.basename(path.dirname(path.resolve(folder))) : path.basename(path.resolve(folder));
  const baselineFile = opt.baseline ?? path.join(root, 'test/accuracy', `${base}.json`);
  const ours = score(cases, runFeedscrub(cases));

  console.log(`## Accuracy on ${base} (${cases.length} cases)\n\n${HEAD}\n${row('feedscrub', ours)}`);
  if (!opt['no-peers']) {
    for (const peer of await loadPeers()) console.log(row(peer.label, score(cases, await runPeer(peer, cases))));
  }
  console.log(groupTable('language', cases, ours, 'language'));
  console.log(groupTable('kind', cases, ours, 'kind'));
  if (opt.v) {
    for (const r of ours) {
      const why = r.checks.filter((c) => !c.ok).map((c) => c.why);
      if (!r.article || why.length) console.log(`${r.name}: ${r.article ? why.join(' | ') : 'no article'}`);
    }
  }

  if (opt.batches) {
    console.log('\n### Learning a site\'s boilerplate (--learn)\n');
    spawnSync(process.execPath, [path.join(root, 'scripts/accuracy-learn.js'), '--batches', opt.batches, '--no-speed'], { stdio: 'inherit' });
  }

  const passed = Object.fromEntries(ours.map((r) => [r.name, r.checks.filter((c) => c.ok).map((c) => c.id)]));
  if (opt.update) {
    mkdirSync(path.dirname(baselineFile), { recursive: true });
    // One line per case, so that a baseline's diff reads as the cases that changed.
    const lines = Object.entries(passed).map(([name, ids]) => `  ${JSON.stringify(name)}: ${JSON.stringify(ids)}`);
    writeFileSync(baselineFile, `{"corpus": ${JSON.stringify(base)}, "cases": {\n${lines.join(',\n')}\n}}\n`);
    console.error(`baseline written: ${path.relative(root, baselineFile)}`);
    return;
  }
  if (!existsSync(baselineFile)) {
    console.error(`no baseline at ${path.relative(root, baselineFile)}: run with --update to write one`);
    return;
  }
  const lost = regressions(JSON.parse(readFileSync(baselineFile, 'utf8')), ours);
  if (lost.length > 0) {
    console.error(`\n${lost.length} check(s) the baseline passed now fail:\n${lost.map((l) => `  ${l}`).join('\n')}`);
    process.exitCode = 1;
  } else console.error('\nno check the baseline passed was lost');
}

await main();
