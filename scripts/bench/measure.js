// Timing and reporting helpers for scripts/bench.js.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Milliseconds one call takes (awaits a promise): wall time, and this process's CPU time (user +
 * system, all threads), which time spent waiting for a core busy with other work does not inflate.
 */
export async function time(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

export function timeSync(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** As time(), for a synchronous call. */
export function timeBoth(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * Runs a command, with stdout to /dev/null, and returns its wall time, exit code, stderr and peak
 * RSS in KiB two ways: GNU time's %M (when /usr/bin/time exists) and the child's own
 * process.resourceUsage().maxRSS, written at exit by the preload script (node --require).
 */
export function runMeasured(args, { env = process.env, preload, rssFile, useTime }) {
  const nodeArgs = ['--require', preload, ...args];
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', 'BENCH_MAXRSS_KB=%M', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(cmd, argv, { env: { ...env, FEEDSCRUB_BENCH_MAXRSS: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = child.stderr?.toString() ?? '';
  const timeKb = useTime ? Number(/BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) : NaN;
  let selfKb = NaN;
  try {
    selfKb = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    // no figure: the process died before its exit handlers ran
  }
  return { ms, status: child.status, signal: child.signal, stderr: stderr.replace(/BENCH_MAXRSS_KB=\d+\n?/, ''), timeKb, selfKb };
}

// Formatting.
export const ms = (x) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
export const pct = (x, digits = 1) => `${(x * 100).toFixed(digits)}%`;
export const ratio = (x) => `${x.toFixed(2)}x`;
export const mb = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
export const num = (x) => Math.round(x).toLocaleString('en-US');
export const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');

/** Prints rows as aligned columns (the first left-aligned, the rest right-aligned). */
export function table(rows, indent = '  ') {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  for (const r of rows) {
    const cells = r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i])));
    console.log(`${indent}${cells.join('  ').trimEnd()}`);
  }
}
