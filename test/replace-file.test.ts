import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderWriter } from '../src/cli/replace-file.js';

/** The folder writer of `-o <dir>`: what a reader of the output folder sees, and what is left behind. */
let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'feedscrub-replace-')));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (writer: FolderWriter, file: string, text: string) => writer.write(file, text, writer.existing(file));

describe('FolderWriter', () => {
  it('makes missing folders and writes new files, leaving no temporary file', () => {
    const writer = new FolderWriter();
    put(writer, path.join(dir, 'a', 'b', 'one.json'), '{"a":1}\n');
    put(writer, path.join(dir, 'a', 'b', 'two.json'), 'ü\n');
    expect(readdirSync(path.join(dir, 'a', 'b')).sort()).toEqual(['one.json', 'two.json']);
    expect(readFileSync(path.join(dir, 'a', 'b', 'two.json'), 'utf8')).toBe('ü\n');
  });

  it('replaces a file with a new inode and keeps its mode', () => {
    const file = path.join(dir, 'old.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    const before = statSync(file);
    put(new FolderWriter(), file, 'new');
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['old.md']);
  });

  it('writes through a symlink: the link stays, its target gets the text', () => {
    const target = path.join(dir, 'target.md');
    const link = path.join(dir, 'link.md');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    put(new FolderWriter(), link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'target.md']);
  });

  it('fails with the fs error and leaves nothing when the target is a folder', () => {
    const taken = path.join(dir, 'taken.md');
    mkdirSync(taken);
    expect(() => put(new FolderWriter(), taken, 'text')).toThrow(expect.objectContaining({ code: expect.stringMatching(/^(EISDIR|EEXIST|ENOTEMPTY)$/) }));
    expect(readdirSync(dir)).toEqual(['taken.md']);
  });
});
