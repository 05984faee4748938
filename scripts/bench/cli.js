// Measures of the built command (bin/feedscrub.cjs) as a user runs it: peak memory on big NDJSON
// exports, and a folder batch with one worker against all cores.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { median, runMeasured } from './measure.js';
import { writeNdjson } from '../corpus.js';

export const useTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/** Peak RSS of `feedscrub big.ndjson --to ndjson > /dev/null` per size, and of a bare `node -e ""`. */
export async function peakRss({ root, tmp, sizes, runs, seed, env, log }) {
  const bin = path.join(root, 'bin/feedscrub.cjs');
  const preload = path.join(root, 'scripts/bench/maxrss.cjs');
  const rssFile = path.join(tmp, 'maxrss.txt');
  const bare = runMeasured(['-e', ''], { env, preload, rssFile, useTime });
  const results = [];
  for (const size of sizes) {
    const file = path.join(tmp, `big-${size}mb.ndjson`);
    const { bytes, records } = await writeNdjson(file, size, seed);
    // One run of the largest input: it costs as much as everything else together.
    const n = size === Math.max(...sizes) && sizes.length > 1 ? 1 : runs;
    log(`  ${size} MB: ${records} records, ${n} run(s)...`);
    const measured = [];
    for (let i = 0; i < n; i++) measured.push(runMeasured([bin, file, '--to', 'ndjson'], { env, preload, rssFile, useTime }));
    rmSync(file, { force: true });
    const failed = measured.find((m) => m.status !== 0);
    results.push({
      mb: size,
      bytes,
      records,
      runs: n,
      timeKb: median(measured.map((m) => m.timeKb)),
      selfKb: median(measured.map((m) => m.selfKb)),
      seconds: median(measured.map((m) => m.ms)) / 1000,
      status: failed ? (failed.signal ?? failed.status) : 0,
      error: failed ? failed.stderr.trim().split('\n').slice(-3).join(' | ') : null,
    });
  }
  const peak = (r) => (Number.isFinite(r.timeKb) ? r.timeKb : r.selfKb);
  const growth = results.length > 1 ? peak(results.at(-1)) / peak(results[0]) : null;
  return { method: useTime ? '/usr/bin/time -f %M, and the child\'s process.resourceUsage().maxRSS' : "the child's process.resourceUsage().maxRSS (no /usr/bin/time)", bare: { timeKb: bare.timeKb, selfKb: bare.selfKb }, sizes: results, growth };
}

/** Whether the command has --jobs: its --help says so. */
export function hasJobs(root, env) {
  const help = spawnSync(process.execPath, [path.join(root, 'bin/feedscrub.cjs'), '--help'], { env, encoding: 'utf8' });
  return /--jobs\b/.test(help.stdout ?? '');
}

/** A folder of text dumps to JSON files, with --jobs 1 and --jobs <cores>; null when --jobs is not there. */
export function jobs({ root, tmp, dir, workers, runs, env, log }) {
  if (!hasJobs(root, env)) return null;
  const bin = path.join(root, 'bin/feedscrub.cjs');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const run = (n, i, operands) => {
    const out = path.join(tmp, `jobs-${n}-${i}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    const args = [bin, ...operands, '--to', 'json', '-o', `${out}/`, '--jobs', String(n)];
    // CPU time (user + system, every thread) tells the pool's own cost from waiting for a busy core.
    const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', 'BENCH_CPU=%U %S', process.execPath, ...args]] : [process.execPath, args];
    const start = process.hrtime.bigint();
    const child = spawnSync(cmd, argv, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const stderr = child.stderr.toString();
    const cpu = /BENCH_CPU=([\d.]+) ([\d.]+)/.exec(stderr);
    const written = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    rmSync(out, { recursive: true, force: true });
    return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, status: child.status, written, stderr };
  };
  // The folder as one operand, as the issue runs it; the files one by one if the folder is refused.
  let operands = [dir];
  const probe = run(1, 'probe', operands);
  let how = 'folder operand';
  if (probe.status !== 0 && probe.written === 0) {
    operands = files.map((f) => path.join(dir, f));
    how = 'file operands (the folder was refused)';
  }
  const times = { 1: [], [workers]: [] };
  const cpu = { 1: [], [workers]: [] };
  let written = 0;
  for (let i = 0; i < runs; i++) {
    for (const n of [1, workers]) {
      const r = run(n, i, operands);
      if (r.status !== 0) log(`  --jobs ${n}: exit ${r.status}: ${r.stderr.trim().split('\n').at(-1)}`);
      written = r.written;
      times[n].push(r.ms);
      cpu[n].push(r.cpuMs);
    }
  }
  const one = median(times[1]);
  const all = median(times[workers]);
  return { files: files.length, written, how, workers, runs, jobs1Ms: one, jobsNMs: all, speedup: one / all, jobs1CpuMs: median(cpu[1]), jobsNCpuMs: median(cpu[workers]) };
}
