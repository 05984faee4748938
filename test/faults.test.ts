import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/main.js';
import { ensureBuilt, fakeIo, feedscrub, seed, stackLines, tempDirs } from './helpers/cli.js';

/**
 * Faults around the inputs and outputs: an unreadable input, an output folder that cannot be
 * written or is missing, a full disk. Each is one clear line and exit 1, with no partial or
 * temporary file left and the inputs untouched. Write errors no test machine can produce (EROFS,
 * ENOSPC) come from a mocked write-file-atomic (one -o file) and a mocked write into an open
 * temporary file (a folder's files, src/cli/replace-file.ts), through run() in this process.
 */
const failWith = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('write-file-atomic', async (original) => {
  const real = (await original<{ default: (...args: unknown[]) => Promise<void> }>()).default;
  return {
    default: async (file: string, ...rest: unknown[]) => {
      if (failWith.code === null) return real(file, ...rest);
      // As the real one fails: after opening its temporary file, which it removes again.
      throw Object.assign(new Error(`${failWith.code}: simulated, write '${file}'`), { code: failWith.code });
    },
  };
});
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const writeFileSync = (file: Parameters<typeof real.writeFileSync>[0], ...rest: [string, BufferEncoding]) => {
    // Only a write into an open descriptor: the temporary file of a folder's output.
    if (failWith.code !== null && typeof file === 'number') throw Object.assign(new Error(`${failWith.code}: simulated, write`), { code: failWith.code });
    return real.writeFileSync(file, ...rest);
  };
  return { ...real, default: { ...real, writeFileSync }, writeFileSync };
});
const unreadable = vi.hoisted(() => ({ name: null as string | null }));
vi.mock('../src/inputs/fs-async.js', async (original) => {
  const real = await original<typeof import('../src/inputs/fs-async.js')>();
  return {
    ...real,
    // As root, chmod 000 does not stop a read: the permission error comes from here instead.
    open: (file: string, flags: string) =>
      unreadable.name !== null && path.basename(String(file)) === unreadable.name
        ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' }))
        : real.open(file, flags),
    openSync: (file: string, flags: string) => {
      if (unreadable.name !== null && path.basename(String(file)) === unreadable.name) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
      return real.openSync(file, flags);
    },
  };
});

const tmp = tempDirs('feedscrub-faults-');
const root = process.getuid?.() === 0;
let dir: string;

beforeAll(() => ensureBuilt());
beforeEach(async () => {
  failWith.code = null;
  unreadable.name = null;
  dir = await tmp.make();
  await copyFile(seed, path.join(dir, 'a.txt'));
  await copyFile(seed, path.join(dir, 'b.txt'));
});
afterAll(() => tmp.cleanup());

async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true })).map(String).sort()) {
    const file = path.join(dir, f);
    if ((await stat(file)).isFile()) out[f] = (await readFile(file, 'utf8')).slice(0, 40);
  }
  return out;
}

async function cli(args: string[]) {
  const fake = fakeIo(dir);
  const status = await run(args, fake.io);
  return { status, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('inputs', () => {
  it('an unreadable input fails in one line; the other is converted', async () => {
    if (root) unreadable.name = 'a.txt';
    else await chmod(path.join(dir, 'a.txt'), 0o000);
    const r = await cli(['a.txt', 'b.txt', '--to', 'ndjson', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('feedscrub: a.txt: permission denied\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    await chmod(path.join(dir, 'a.txt'), 0o644);
  });

  it('a path under a file, and a FIFO, as inputs: one line each, or read like a file', async () => {
    const r = feedscrub(['a.txt/inner.txt', 'b.txt', '--to', 'ndjson', '--quiet'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('feedscrub: a.txt/inner.txt: no such file or directory\n');
    expect(stackLines(r.stderr)).toEqual([]);
    const fifo = path.join(dir, 'pipe.txt');
    // Node has no mkfifo(); where the command is missing (Windows) the FIFO half is skipped.
    spawnSync('mkfifo', [fifo]);
    if (!existsSync(fifo)) return;
    const writer = writeFile(fifo, await readFile(seed));
    const read = await cli(['pipe.txt', '--to', 'text', '--max-size', '1MB']);
    await writer;
    expect(read.status).toBe(0);
    expect(read.stdout).toMatch(/^Iraqi PM/);
  });
});

describe('outputs', () => {
  it('-o under a regular file (a folder that cannot be made): one line, exit 1, nothing written', async () => {
    const before = await snapshot();
    const r = feedscrub(['a.txt', 'b.txt', '-o', 'a.txt/out/', '--to', 'md', '--quiet'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(stackLines(r.stderr)).toEqual([]);
    expect(r.stderr.trim().split('\n')).toEqual([
      'feedscrub: a.txt/out/a.md: cannot write: a component of the path is not a directory',
      'feedscrub: a.txt/out/b.md: cannot write: a component of the path is not a directory',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('a missing output folder is created, nested', async () => {
    const r = await cli(['a.txt', 'b.txt', '-o', 'new/deeper/', '--to', 'md', '--quiet']);
    expect(r.status).toBe(0);
    expect(await readdir(path.join(dir, 'new', 'deeper'))).toEqual(['a.md', 'b.md']);
  });

  it.each([
    ['EROFS', 'read-only file system'],
    ['ENOSPC', 'no space left on device'],
  ])('%s on write: one line per file, exit 1, no partial or temporary file, inputs untouched', async (code, words) => {
    const before = await snapshot();
    failWith.code = code;
    const r = await cli(['a.txt', 'b.txt', '-o', 'out/', '--to', 'md', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`feedscrub: out/a.md: cannot write: ${words}\nfeedscrub: out/b.md: cannot write: ${words}\n`);
    const single = await cli(['a.txt', '-o', 'one.md']);
    expect(single).toMatchObject({ status: 1, stderr: `feedscrub: one.md: cannot write: ${words}\n` });
    // The folder is made before the write fails; it holds nothing.
    expect((await snapshot())).toEqual(before);
    expect(await readdir(path.join(dir, 'out'))).toEqual([]);
  });
});
