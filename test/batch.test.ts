import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { run } from '../src/cli/main.js';
import { bin, ensureBuilt, fakeIo, feedscrub, plainEnv, root, seed, stackLines, tempDirs } from './helpers/cli.js';

/**
 * Batches as users run them: folders, globs, -o mirroring and templates, --dedupe, --jobs, the
 * summary line and the progress bar, and NDJSON as a stream. The built command, in temp folders.
 */
const tmp = tempDirs('feedscrub-batch-');
const fixture = (name: string) => path.join(root, 'fixtures', name);
let dir: string;

async function put(file: string, from: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await copyFile(from, path.join(dir, file));
}

beforeAll(async () => {
  ensureBuilt();
  dir = await tmp.make();
  await put('dumps/2021/seed.txt', seed);
  await put('dumps/2021/seed-copy.txt', seed);
  await put('dumps/stack.txt', path.join(fixture('feedzy-full-stack'), 'input.txt'));
  await put('dumps/feed.xml', path.join(fixture('feed-rss2-three-items'), 'input.xml'));
  await put('dumps/notes.pdf', seed);
});
afterAll(() => tmp.cleanup());

const files = async (folder: string) => (await readdir(path.join(dir, folder), { recursive: true })).map(String).filter((f) => /\.\w+$/.test(f)).sort();

describe('folders and globs', () => {
  it('-o mirrors the folder, with the format\'s extension; a feed gives one numbered file per item; other extensions are left alone', async () => {
    const r = feedscrub(['dumps', '-o', 'out-mirror', '--to', 'md', '--quiet'], { cwd: dir });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(await files('out-mirror')).toEqual(['2021/seed-copy.md', '2021/seed.md', 'feed-1.md', 'feed-2.md', 'feed-3.md', 'stack.md']);
  });

  it('keeps the command line\'s order: the file named first comes out first, and --dedupe keeps it', async () => {
    const order = feedscrub(['dumps/stack.txt', 'dumps/2021/seed.txt', '--to', 'ndjson', '--quiet'], { cwd: dir });
    const paths = order.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Article).source.path);
    expect([...new Set(paths)]).toEqual(['dumps/stack.txt', 'dumps/2021/seed.txt']);
    const kept = feedscrub(['dumps/2021/seed.txt', 'dumps/2021/seed-copy.txt', '--to', 'ndjson', '--dedupe', '--quiet'], { cwd: dir });
    expect(kept.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Article).source.path)).toEqual(['dumps/2021/seed.txt']);
    const reversed = feedscrub(['dumps/2021/seed-copy.txt', 'dumps/2021/seed.txt', '--to', 'ndjson', '--dedupe', '--quiet'], { cwd: dir });
    expect(reversed.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Article).source.path)).toEqual(['dumps/2021/seed-copy.txt']);
  });

  it('-o one.md for a feed of three items refuses to write three front matters into one file, and says what to do', async () => {
    const r = feedscrub(['dumps/feed.xml', '-o', 'all.md', '--to', 'md', '--quiet'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('all.md: 3 articles would give one Markdown file 3 front matters; write them to a folder (-o all/) or use --no-front-matter');
    expect(await readdir(dir)).not.toContain('all.md');
    expect(feedscrub(['dumps/feed.xml', '-o', 'all-plain.md', '--to', 'md', '--no-front-matter', '--quiet'], { cwd: dir }).status).toBe(0);
  });

  it('-o numbers an export\'s files by record, so a broken line shifts nothing', async () => {
    await writeFile(path.join(dir, 'export.ndjson'), ['{"title":"One","content":"First body."}', '{"title": broken', '{"title":"Three","content":"Third body."}'].join('\n'));
    const r = feedscrub(['export.ndjson', '-o', 'out-records/', '--to', 'md', '--quiet'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(await files('out-records')).toEqual(['export-1.md', 'export-3.md']);
    expect(await readFile(path.join(dir, 'out-records', 'export-3.md'), 'utf8')).toContain('title: Three');
  });

  it('--ext chooses the extensions; a quoted glob works like a folder', async () => {
    feedscrub(['dumps', '--ext', 'xml', '-o', 'out-ext', '--quiet'], { cwd: dir });
    expect(await files('out-ext')).toEqual(['feed-1.json', 'feed-2.json', 'feed-3.json']);
    feedscrub(['dumps/**/*.txt', '-o', 'out-glob', '--to', 'text', '--quiet'], { cwd: dir });
    expect(await files('out-glob')).toEqual(['2021/seed-copy.txt', '2021/seed.txt', 'stack.txt']);
  });

  it('--name takes a template; a bad one is a usage error', async () => {
    feedscrub(['dumps/2021', '-o', 'out-name/', '--name', '{site}/{date}-{slug}', '--to', 'md', '--quiet'], { cwd: dir });
    expect(await files('out-name')).toEqual([
      'deeppol/2021-07-02-iraqi-pm-goes-to-nato-hq-to-angrily-denounce-bidens-airstrikes-2.md',
      'deeppol/2021-07-02-iraqi-pm-goes-to-nato-hq-to-angrily-denounce-bidens-airstrikes.md',
    ]);
    const bad = feedscrub(['dumps', '-o', 'x/', '--name', '../{slug}'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--name/);
  });

  it('-o with an extension gathers a batch into one document', async () => {
    feedscrub(['dumps/2021', '-o', 'all.json', '--quiet'], { cwd: dir });
    const all = JSON.parse(await readFile(path.join(dir, 'all.json'), 'utf8')) as Article[];
    expect(all.map((a) => a.source.path)).toEqual(['dumps/2021/seed-copy.txt', 'dumps/2021/seed.txt']);
  });

  it('prints a one-line summary on stderr after a batch, and nothing with --quiet; data alone on stdout', () => {
    const r = feedscrub(['dumps', '--to', 'ndjson'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^feedscrub: 6 articles from 4 inputs in [\d.]+ m?s .*; \d+ lines removed by \d+ rules\n$/);
    expect(r.stdout.trim().split('\n')).toHaveLength(6);
    expect(feedscrub(['dumps', '--to', 'ndjson', '--quiet'], { cwd: dir }).stderr).toBe('');
  });
});

describe('--dedupe', () => {
  it('drops later copies, naming the one kept, first occurrence wins', () => {
    const r = feedscrub(['dumps', '--to', 'ndjson', '--dedupe'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('feedscrub: dropped dumps/2021/seed.txt: duplicate of dumps/2021/seed-copy.txt (exact)');
    expect(r.stderr).toMatch(/1 duplicate dropped/);
    const paths = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Article).source.path);
    expect(paths).toEqual(['dumps/2021/seed-copy.txt', 'dumps/feed.xml', 'dumps/feed.xml', 'dumps/feed.xml', 'dumps/stack.txt']);
  });

  it('catches a re-syndicated copy with another footer and a changed word, and --dedupe-threshold tunes it', async () => {
    const text = await readFile(seed, 'utf8');
    await writeFile(path.join(dir, 'resyndicated.txt'), text.replace('somewhat unusual', 'rather unusual').replace('Generated by Feedzy', 'The post appeared first on Other Site.'));
    const r = feedscrub(['dumps/2021/seed.txt', 'resyndicated.txt', '--to', 'ndjson', '--dedupe'], { cwd: dir });
    expect(r.stderr).toMatch(/dropped resyndicated\.txt: duplicate of dumps\/2021\/seed\.txt \(near, \d+% similar\)/);
    const strict = feedscrub(['dumps/2021/seed.txt', 'resyndicated.txt', '--to', 'ndjson', '--dedupe-threshold', '1'], { cwd: dir });
    expect(strict.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('--jobs', () => {
  it('gives the same output, in the same order, for any number of workers; a bad input fails in its place', async () => {
    const many = path.join(dir, 'many');
    await mkdir(many, { recursive: true });
    const text = await readFile(seed, 'utf8');
    for (let i = 0; i < 80; i += 1) await writeFile(path.join(many, `d${String(i).padStart(3, '0')}.txt`), text.replace('Iraqi PM', `Iraqi PM ${i}`));
    await writeFile(path.join(many, 'd040.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const one = feedscrub(['many', '--to', 'ndjson', '--jobs', '1', '--quiet'], { cwd: dir });
    const two = feedscrub(['many', '--to', 'ndjson', '--jobs', '2', '--quiet'], { cwd: dir });
    expect(one.status).toBe(1);
    expect(two).toEqual(one);
    expect(one.stderr).toBe('feedscrub: many/d040.txt: looks like a binary file, not a text dump\n');
    expect(one.stdout.trim().split('\n')).toHaveLength(79);
    expect(feedscrub(['many', '--jobs', '0'], { cwd: dir }).status).toBe(2);
  });
});

describe('progress', () => {
  it('draws on a terminal stderr, never on stdout, and not with --quiet or on a pipe', async () => {
    const tty = fakeIo(dir, { stderrIsTTY: true });
    await run(['dumps', '--to', 'ndjson'], tty.io);
    expect(tty.stderr()).toMatch(/\r.*4\/4 inputs/);
    expect(tty.stdout()).not.toMatch(/\r|\x1b/);
    const quiet = fakeIo(dir, { stderrIsTTY: true });
    await run(['dumps', '--to', 'ndjson', '--quiet'], quiet.io);
    expect(quiet.stderr()).toBe('');
    const pipe = fakeIo(dir);
    await run(['dumps', '--to', 'ndjson'], pipe.io);
    expect(pipe.stderr()).not.toMatch(/\r/);
  });
});

describe('NDJSON streams', () => {
  const record = (i: number) => JSON.stringify({ id: i, title: `Story ${i}`, content: 'The council approved the harbour plan after a long debate about the budget.\n\nShare Harbour News\nGenerated by Feedzy' });

  it('stdin to stdout, one line out per line in, in order, with a broken line in its place', () => {
    const input = [record(1), '{broken', record(3)].join('\n');
    const r = feedscrub(['--to', 'ndjson'], { cwd: dir, stdin: input });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.title ?? l.error)).toEqual(['Story 1', expect.stringMatching(/not valid JSON/), 'Story 3']);
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('| head -1 exits 0 at once, without converting the rest', async () => {
    const big = path.join(dir, 'big.ndjson');
    await writeFile(big, Array.from({ length: 20_000 }, (_, i) => record(i)).join('\n'));
    const started = Date.now();
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${bin}" big.ndjson --to ndjson | head -1`], { cwd: dir, env: plainEnv(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).title).toBe('Story 0');
    // 20,000 records take several seconds to convert; stopping early takes well under that.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
