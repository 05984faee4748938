// What html-instructions.js and text-instructions.js share: one node process run under valgrind's
// callgrind, single-threaded so that the collector's and compiler's work is counted in the one thread.
import { spawnSync } from 'node:child_process';

/** Instructions callgrind counted for `node --single-threaded ...args`; throws with `label` when it fails. */
export function instructions(label, args, outFile = '/dev/null') {
  const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${outFile}`, process.execPath, '--single-threaded', ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  const m = /Collected : (\d+)/.exec(r.stderr?.toString() ?? '');
  if (r.status !== 0 || !m) throw new Error(`${label}: callgrind failed: ${r.error?.message ?? r.stderr}`);
  return Number(m[1]);
}
