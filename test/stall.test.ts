import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt, plainEnv, tempDirs } from './helpers/cli.js';

// A stream run (NDJSON in, NDJSON out) once took 200 s of wall time for 0.3 s of CPU time, piped
// into `head -c 700` and redirected to /dev/null alike, on a loaded machine. These run the shapes
// of that report many times and fail on a run that waits: one whose wall time is many times both
// its own CPU time and a one-record run's wall time in the same round. No fixed number of seconds:
// a busy machine slows every run, the stalled one was idle.
const dirs = tempDirs('feedscrub-stall-');
afterAll(() => dirs.cleanup());
beforeAll(() => ensureBuilt());

const ROUNDS = 12;

function records(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      id: i,
      title: `Harbour works, part ${i + 1}`,
      author: 'Mara Quint',
      content: [`Harbour works, part ${i + 1}`, '', 'The crane crews started before dawn again, moving the last of the old pilings onto barges bound for the yard upriver.', '', 'Residents along the quay said the noise had eased since the spring, when the dredging ran through the night.', '', 'Read More', 'Share Quayside Weekly'].join('\n'),
    }),
  ).join('\n');
}

interface Timed {
  wallMs: number;
  cpuMs: number;
  code: number | null;
}

/**
 * feedscrub with `args`, stdin from `input` (a file, or an open pipe nobody writes to when null),
 * stdout to /dev/null (`take` 0) or to a pipe closed after `take` bytes, as `head -c` does.
 */
function run(args: string[], input: string | null, take: number, probe: string, cpuFile: string): Promise<Timed> {
  const stdinFd = input === null ? 'pipe' : openSync(input, 'r');
  const devNull = take === 0 ? openSync('/dev/null', 'w') : null;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-r', probe, bin, ...args], {
    env: plainEnv({ FEEDSCRUB_TEST_CPU_FILE: cpuFile }),
    stdio: [stdinFd, devNull ?? 'pipe', 'ignore'],
  });
  if (typeof stdinFd === 'number') closeSync(stdinFd);
  if (devNull !== null) closeSync(devNull);
  if (take > 0 && child.stdout) {
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen >= take) child.stdout?.destroy();
    });
  }
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let cpuMs = Number.NaN;
      try {
        cpuMs = Number(readFileSync(cpuFile, 'utf8'));
      } catch {
        // killed before its exit handler ran
      }
      child.stdin?.destroy();
      resolve({ wallMs, cpuMs, code });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

describe('a stream run never waits on nothing', { timeout: 1_800_000 }, () => {
  it('20 records NDJSON to NDJSON: into a reader that stops at 700 bytes, to /dev/null, and named with stdin left open', async () => {
    const dir = await dirs.make();
    const twenty = path.join(dir, 'twenty.ndjson');
    const one = path.join(dir, 'one.ndjson');
    writeFileSync(twenty, `${records(20)}\n`);
    writeFileSync(one, `${records(1)}\n`);
    const probe = path.join(dir, 'cpu.cjs');
    writeFileSync(probe, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(process.env.FEEDSCRUB_TEST_CPU_FILE, String((u.user + u.system) / 1000)); });\n");
    const cpuFile = path.join(dir, 'cpu.txt');
    const stream = ['--from', 'ndjson', '--to', 'ndjson'];
    const shapes: Array<[string, () => Promise<Timed>]> = [
      ['< twenty | head -c 700', () => run(stream, twenty, 700, probe, cpuFile)],
      ['< twenty > /dev/null', () => run(stream, twenty, 0, probe, cpuFile)],
      ['twenty (stdin an open pipe) | head -c 700', () => run([...stream, twenty], null, 700, probe, cpuFile)],
      ['twenty (stdin an open pipe) > /dev/null', () => run([...stream, twenty], null, 0, probe, cpuFile)],
    ];
    const baseline: number[] = [];
    const stalls: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const reference = await run(stream, one, 0, probe, cpuFile);
      expect(reference.code).toBe(0);
      baseline.push(reference.wallMs);
      for (const [name, go] of shapes) {
        const r = await go();
        expect(r.code, name).toBe(0);
        // Idle, not slow: far longer than its own work and than a one-record run on the same machine.
        if (r.wallMs > 40 * r.cpuMs && r.wallMs > 20 * median(baseline)) stalls.push(`${name}: ${Math.round(r.wallMs)} ms wall, ${Math.round(r.cpuMs)} ms CPU`);
      }
    }
    expect(stalls).toEqual([]);
  });
});
