import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { root } from './fixtures.js';

export { root };
export const bin = path.join(root, 'bin', 'feedscrub.cjs');
export const distCli = path.join(root, 'dist', 'cli.cjs');
export const distIndex = path.join(root, 'dist', 'index.js');
/** The one fixture whose whole output is settled (see the task brief and the README). */
export const seed = path.join(root, 'fixtures', 'deeppol-iraq-nato', 'input.txt');

export const SEED = {
  title: 'Iraqi PM Goes To NATO HQ To Angrily Denounce Biden’s Airstrikes',
  author: 'Tyler Durden',
  published: '2021-07-02T02:45:00',
  site: 'DeepPol',
  language: 'en',
  paragraphs: 7,
  first: 'A high level Iraqi delegation',
  last: 'from 500 to about 5,000.',
  slug: 'iraqi-pm-goes-to-nato-hq-to-angrily-denounce-bidens-airstrikes',
} as const;

const built = () => [distCli, distIndex, path.join(root, 'dist', 'worker.cjs'), path.join(root, 'dist', 'types', 'index.d.ts')].every((f) => existsSync(f));

/**
 * `npm test` builds first; a bare `npx vitest run` on a fresh clone builds here, once. Test files run
 * in parallel and the build starts by deleting dist/, so a lock folder keeps it to one build.
 */
export function ensureBuilt(): void {
  const lock = path.join(os.tmpdir(), `feedscrub-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 120_000;
  while (!built()) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error(`waited 2 minutes for another build (remove ${lock} if none is running)`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      continue;
    }
    try {
      if (built()) return;
      const r = spawnSync(process.execPath, ['scripts/build.js'], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Temporary folders for one test file, removed by `cleanup()` (call it in afterAll). */
export function tempDirs(prefix = 'feedscrub-'): { make: () => Promise<string>; cleanup: () => Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/** The environment of a user who has not asked for colour, with nothing forcing it either. */
const testCache = path.join(os.tmpdir(), `feedscrub-test-cache-${process.pid}`);

export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // The code cache goes to a folder of the test run's, not the user's ~/.cache.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCache, ...extra };
  delete env.FORCE_COLOR;
  delete env.FEEDSCRUB_DEBUG;
  return env;
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** What stdin holds; always a pipe, never the test runner's own stdin. */
  stdin?: string | Uint8Array;
  env?: NodeJS.ProcessEnv;
}

/** Run the built command as a user would: `node bin/feedscrub.cjs ...args`. */
export function feedscrub(args: readonly string[], { cwd, stdin = '', env = plainEnv() }: RunOptions): Result {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input: stdin, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lines of a stack trace ("    at fn (file:1:2)"): a user should never see one. */
export function stackLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^\s+at /.test(l));
}

/** An in-memory Io for calling `run()` directly: stdin and stderr can claim to be terminals. */
export function fakeIo(
  cwd: string,
  {
    stdin: input = '',
    stdinIsTTY = false,
    stderrIsTTY = false,
    env = {},
  }: { stdin?: string; stdinIsTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string> } = {},
): { io: Io; stdout: () => string; stderr: () => string } {
  const collect = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const out = collect();
  const err = collect();
  const stdin = new PassThrough();
  // A terminal stays open (run() must not wait on it); a pipe delivers its text and ends.
  if (!stdinIsTTY) stdin.end(input);
  const io: Io = {
    stdin: Object.assign(stdin, { isTTY: stdinIsTTY }),
    stdout: out.stream,
    stderr: Object.assign(err.stream, { isTTY: stderrIsTTY }),
    cwd,
    env,
  };
  return { io, stdout: out.text, stderr: err.text };
}
