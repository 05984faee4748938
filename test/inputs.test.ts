import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/inputs/expand.js';
import { tempDirs } from './helpers/cli.js';

/** How paths on a command line become the files a batch or a check reads. */
const tmp = tempDirs('feedscrub-inputs-');
let dir: string;
const EXT = ['md', 'html', 'txt'];

beforeAll(async () => {
  dir = await tmp.make();
  const files = ['b.md', 'a.md', 'notes.pdf', 'sub/c.txt', 'sub/deep/d.html', 'node_modules/pkg/readme.md', '.git/x.md', 'drafts/e.md', 'Z.md'];
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
    await writeFile(path.join(dir, f), 'x');
  }
  await writeFile(path.join(dir, '.feedscrubignore'), '# drafts are not published\ndrafts/\n*.tmp.md\n');
  await symlink(path.join(dir, 'sub'), path.join(dir, 'loop'));
});
afterAll(() => tmp.cleanup());

const names = async (operands: string[], useIgnoreFile = true) =>
  (await expandInputs(operands, { cwd: dir, extensions: EXT, useIgnoreFile })).files.map((f) => f.display);

describe('expandInputs', () => {
  it('walks a folder recursively, in code-unit order, skipping node_modules, .git, other extensions and symlinked folders', async () => {
    expect(await names(['.'])).toEqual(['Z.md', 'a.md', 'b.md', 'sub/c.txt', 'sub/deep/d.html']);
  });

  it('honours .feedscrubignore, also for files named outright', async () => {
    expect(await names(['drafts/e.md', 'a.md'])).toEqual(['a.md']);
    expect(await names(['.'], false)).toContain('drafts/e.md');
  });

  it('expands quoted globs and keeps a named file whatever its extension', async () => {
    expect(await names(['sub/**/*.html', 'notes.pdf'])).toEqual(['sub/deep/d.html', 'notes.pdf']);
  });

  it('keeps the command line\'s order, sorting only within what a folder or a glob expands to', async () => {
    expect(await names(['b.md', 'a.md'])).toEqual(['b.md', 'a.md']);
    expect(await names(['sub', 'b.md', '*.md'])).toEqual(['sub/c.txt', 'sub/deep/d.html', 'b.md', 'Z.md', 'a.md']);
  });

  it('gives each file its path within the operand that named it, for -o to mirror', async () => {
    const r = await expandInputs(['sub', 'sub/**/*.html', 'a.md'], { cwd: dir, extensions: EXT });
    expect(r.files.map((f) => [f.display, f.relative])).toEqual([
      ['sub/c.txt', 'c.txt'],
      ['sub/deep/d.html', 'deep/d.html'],
      ['a.md', 'a.md'],
    ]);
    const g = await expandInputs(['sub/deep/*.html'], { cwd: dir, extensions: EXT });
    expect(g.files.map((f) => f.relative)).toEqual(['d.html']);
  });

  it('lists each file once however often it is named', async () => {
    expect(await names(['a.md', './a.md', '*.md'])).toEqual(['a.md', 'Z.md', 'b.md']);
  });

  it('reports operands that name nothing: a missing file, a glob with no match', async () => {
    const r = await expandInputs(['missing.md', 'nothing/**/*.md', 'a.md'], { cwd: dir, extensions: EXT });
    expect(r.missing).toEqual(['missing.md', 'nothing/**/*.md']);
    expect(r.files.map((f) => f.display)).toEqual(['a.md']);
  });
});
