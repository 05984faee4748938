import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHTML } from 'entities';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { run } from '../src/cli/main.js';
import { distIndex, ensureBuilt, fakeIo, feedscrub, plainEnv, root, SEED, seed, stackLines, tempDirs } from './helpers/cli.js';
import { validateArticle } from './helpers/fixtures.js';

/**
 * The command as a user runs it: the BUILT bin in a temporary folder, stdin always a pipe we fill,
 * NO_COLOR set. Only the seed fixture's output is asserted in full; the rule set is still growing.
 */

const tmp = tempDirs('feedscrub-cli-');
let seedBytes: Buffer;
/** The seed's clean paragraphs as --to json gives them; every other format must carry the same. */
let paragraphs: string[];
/** A folder holding dump.txt (a copy of the seed), for runs that write nothing. */
let shared: string;

/** A fresh folder with the seed copied in under each of `names`. */
async function folder(...names: string[]): Promise<string> {
  const dir = await tmp.make();
  for (const name of names) await copyFile(seed, path.join(dir, name));
  return dir;
}

function ok(args: string[], cwd = shared, stdin: string | Uint8Array = '') {
  const r = feedscrub(args, { cwd, stdin });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** A colour escape (Select Graphic Rendition), as opposed to the cursor moves of a progress bar. */
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  ensureBuilt();
  seedBytes = await readFile(seed);
  shared = await folder('dump.txt');
  const article = JSON.parse(ok(['dump.txt', '--to', 'json'])) as Article;
  paragraphs = article.text.split('\n\n');
});
afterAll(() => tmp.cleanup());

describe('formats (--to)', () => {
  it('json: one input gives one object with the title, author, date, site and seven paragraphs', () => {
    const out = JSON.parse(ok(['dump.txt', '--to', 'json'])) as Article;
    expect(Array.isArray(out)).toBe(false);
    expect(validateArticle(out), JSON.stringify(validateArticle.errors)).toBe(true);
    expect(out).toMatchObject({ title: SEED.title, author: SEED.author, published: SEED.published, site: SEED.site });
    expect(out.source).toEqual({ path: 'dump.txt', format: 'text', index: 0 });
    expect(paragraphs).toHaveLength(SEED.paragraphs);
    expect(paragraphs[0]).toMatch(new RegExp(`^${SEED.first}`));
    expect(paragraphs.at(-1)).toMatch(new RegExp(`${escapeRegExp(SEED.last)}$`));
  });

  it('json is the default format', () => {
    expect(ok(['dump.txt'])).toBe(ok(['dump.txt', '--to', 'json']));
  });

  it('json: two inputs give an array, in input order', async () => {
    const dir = await folder('first.txt', 'second.txt');
    const out = JSON.parse(ok(['first.txt', 'second.txt', '--to', 'json', '--quiet'], dir)) as Article[];
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((a) => a.source.path)).toEqual(['first.txt', 'second.txt']);
    for (const a of out) expect(validateArticle(a), JSON.stringify(validateArticle.errors)).toBe(true);
  });

  it('json --array: an array for one article too, the same objects as without it', () => {
    const one = JSON.parse(ok(['dump.txt', '--to', 'json'])) as Article;
    const list = JSON.parse(ok(['dump.txt', '--to', 'json', '--array'])) as Article[];
    expect(list).toEqual([one]);
  });

  it('ndjson: one object per line, for one input and for two', async () => {
    const dir = await folder('first.txt', 'second.txt');
    for (const inputs of [['first.txt'], ['first.txt', 'second.txt']]) {
      const out = ok([...inputs, '--to', 'ndjson', '--quiet'], dir);
      expect(out.endsWith('\n')).toBe(true);
      const lines = out.slice(0, -1).split('\n');
      expect(lines).toHaveLength(inputs.length);
      for (const [i, line] of lines.entries()) {
        const a = JSON.parse(line) as Article;
        expect(Array.isArray(a)).toBe(false);
        expect(validateArticle(a), JSON.stringify(validateArticle.errors)).toBe(true);
        expect(a.source.path).toBe(inputs[i]);
        expect(a.title).toBe(SEED.title);
      }
    }
  });

  it('md: YAML front matter with the metadata (the date stays a string), then the paragraphs', () => {
    const out = ok(['dump.txt', '--to', 'md']);
    expect(out.startsWith('---\n')).toBe(true);
    const { data, content } = matter(out);
    expect(data).toEqual({ title: SEED.title, author: SEED.author, published: SEED.published, site: SEED.site, language: SEED.language });
    expect(content.trim().split('\n\n')).toEqual(paragraphs);
  });

  it('markdown is another name for md', () => {
    expect(ok(['dump.txt', '--to', 'markdown'])).toBe(ok(['dump.txt', '--to', 'md']));
  });

  it('md --no-front-matter: a "# Title" heading, a byline line, then the paragraphs', () => {
    const out = ok(['dump.txt', '--to', 'md', '--no-front-matter']);
    expect(out).not.toMatch(/^---/);
    const [heading, byline, ...rest] = out.trimEnd().split('\n\n');
    expect(heading).toBe(`# ${SEED.title}`);
    expect(byline).toContain(SEED.author);
    expect(byline).toContain(SEED.site);
    expect(byline).toContain('2021-07-02');
    expect(rest).toEqual(paragraphs);
  });

  it('html: a whole document with charset, <title>, <article>, <h1> and a machine-readable <time>', () => {
    const out = ok(['dump.txt', '--to', 'html']);
    expect(out).toMatch(/^<!doctype html>\n/i);
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).toContain(`<title>${SEED.title}</title>`);
    expect(out).toContain(`<h1>${SEED.title}</h1>`);
    expect(out).toContain(`<time datetime="${SEED.published}">`);
    expect(out).toMatch(/<body>\n<article[\s\S]*<\/article>\n<\/body>\n<\/html>\n$/);
    const body = [...out.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => decodeHTML(m[1] ?? ''));
    expect(body).toEqual(paragraphs);
  });

  it('html --fragment: only the <article> element', () => {
    const out = ok(['dump.txt', '--to', 'html', '--fragment']);
    expect(out).toMatch(/^<article[ >]/);
    expect(out.trimEnd()).toMatch(/<\/article>$/);
    expect(out.match(/<article/g)).toHaveLength(1);
    for (const tag of ['!doctype', 'html', 'head', 'body', 'title', 'meta']) expect(out).not.toMatch(new RegExp(`<${tag}[\\s>]`, 'i'));
    expect(out).toContain(`<h1>${SEED.title}</h1>`);
  });

  it('text: the title, a blank line, then the clean paragraphs', () => {
    expect(ok(['dump.txt', '--to', 'text'])).toBe(`${SEED.title}\n\n${paragraphs.join('\n\n')}\n`);
  });
});

describe('stdin', () => {
  it.each(['md', 'html', 'text', 'ndjson'])('reads a pipe when no input is named, with the same %s as from the file', (format) => {
    const fromFile = ok(['dump.txt', '--to', format]).replace('"path":"dump.txt"', '"path":null');
    expect(ok(['--to', format], shared, seedBytes)).toBe(fromFile);
  });

  it('reads stdin for "-", with the same output as from the file', () => {
    const fromStdin = JSON.parse(ok(['-', '--to', 'json'], shared, seedBytes)) as Article;
    const fromFile = JSON.parse(ok(['dump.txt', '--to', 'json'])) as Article;
    expect(fromStdin.source.path).toBeNull();
    expect({ ...fromStdin, source: null }).toEqual({ ...fromFile, source: null });
    expect(ok(['-', '--to', 'md'], shared, seedBytes)).toBe(ok(['dump.txt', '--to', 'md']));
  });
});

describe('-o, --output', () => {
  it('-o file writes the file and nothing to stdout', async () => {
    const dir = await folder('dump.txt');
    expect(ok(['dump.txt', '--to', 'md', '-o', 'clean.md'], dir)).toBe('');
    expect(await readFile(path.join(dir, 'clean.md'), 'utf8')).toBe(ok(['dump.txt', '--to', 'md']));
    expect((await readdir(dir)).sort()).toEqual(['clean.md', 'dump.txt']);
  });

  it('-o dir/ creates the folder and writes one .md file per article, named as the input', async () => {
    const dir = await folder('dump.txt');
    expect(ok(['dump.txt', '--to', 'md', '-o', 'out/deeper/'], dir)).toBe('');
    expect(await readdir(path.join(dir, 'out', 'deeper'))).toEqual(['dump.md']);
    const written = await readFile(path.join(dir, 'out', 'deeper', 'dump.md'), 'utf8');
    expect(written).toBe(ok(['dump.txt', '--to', 'md']));
  });

  it('-o an existing directory (no trailing slash) writes into it, with the format\'s extension', async () => {
    const dir = await folder('dump.txt');
    await mkdir(path.join(dir, 'site'));
    expect(ok(['dump.txt', '--to', 'html', '-o', 'site'], dir)).toBe('');
    expect(await readdir(path.join(dir, 'site'))).toEqual(['dump.html']);
    expect(await readFile(path.join(dir, 'site', 'dump.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('--name {slug}: two inputs with the same title become name.md and name-2.md, in input order', async () => {
    const dir = await folder('a.txt', 'b.txt');
    ok(['a.txt', 'b.txt', '--to', 'md', '-o', 'out/', '--name', '{slug}', '--quiet'], dir);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([`${SEED.slug}-2.md`, `${SEED.slug}.md`]);
  });

  it('refuses (exit 1) to write over an input, and leaves the input as it was', async () => {
    const dir = await folder('dump.txt');
    const r = feedscrub(['dump.txt', '--to', 'md', '-o', 'dump.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dump.txt');
    expect(r.stdout).toBe('');
    expect(stackLines(r.stderr)).toEqual([]);
    expect(await readFile(path.join(dir, 'dump.txt'))).toEqual(seedBytes);
  });

  it('refuses to write over an input that -o dir/ would name the same as an article', async () => {
    const dir = await folder(`${SEED.slug}.md`);
    const r = feedscrub([`${SEED.slug}.md`, '--to', 'md', '-o', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${SEED.slug}.md`);
    expect(await readFile(path.join(dir, `${SEED.slug}.md`))).toEqual(seedBytes);
  });

  it('exits 1 with a one-line reason when the output cannot be written', async () => {
    const dir = await folder('dump.txt');
    const r = feedscrub(['dump.txt', '--to', 'md', '-o', 'dump.txt/clean.md'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/clean\.md: cannot write: .*not a directory\n$/);
    expect(stackLines(r.stderr)).toEqual([]);
    expect(await readdir(dir)).toEqual(['dump.txt']);
  });

  it.skipIf(process.platform === 'win32')('refuses to write over an input reached through a symlink', async () => {
    const dir = await folder('dump.txt');
    await symlink('dump.txt', path.join(dir, 'link.txt'));
    const r = feedscrub(['link.txt', '--to', 'md', '-o', 'dump.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dump.txt');
    expect(await readFile(path.join(dir, 'dump.txt'))).toEqual(seedBytes);
  });
});

describe('--explain', () => {
  it('prints every removal (line, rule, text) to stderr and leaves stdout unchanged', () => {
    const plain = feedscrub(['dump.txt', '--to', 'md'], { cwd: shared });
    const explained = feedscrub(['dump.txt', '--to', 'md', '--explain'], { cwd: shared });
    expect(plain.stderr).toBe('');
    expect(explained.status).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);

    const { removed } = JSON.parse(ok(['dump.txt', '--to', 'json'])) as Article;
    const lines = explained.stderr.split('\n');
    for (const r of removed) {
      const pattern = new RegExp(`^\\s*${r.line}\\s+${escapeRegExp(r.rule)}\\s+${escapeRegExp(r.text)}$`);
      expect(lines.some((l) => pattern.test(l)), `no line for ${JSON.stringify(r)} in\n${explained.stderr}`).toBe(true);
    }
    // The seed's boilerplate, by input line: each must be reported, whichever rule takes it.
    const boilerplate: [number, string][] = [
      [1, SEED.title],
      [3, SEED.title],
      [20, 'Tyler Durden'],
      [21, 'Fri, 07/02/2021 – 02:45'],
      [23, 'Share DeepPol'],
      [24, 'Generated by Feedzy'],
    ];
    for (const [n, text] of boilerplate) {
      const pattern = new RegExp(`^\\s*${n}\\s+[a-z][a-z0-9-]*\\s+${escapeRegExp(text)}$`);
      expect(lines.some((l) => pattern.test(l)), `line ${n} (${text}) not explained in\n${explained.stderr}`).toBe(true);
    }
  });
});

describe('--disable', () => {
  it('skips a rule: the line it removed is no longer removed by it', () => {
    const { removed } = JSON.parse(ok(['dump.txt', '--to', 'json'])) as Article;
    const rule = removed.find((r) => r.text === 'Generated by Feedzy')?.rule;
    expect(rule).toBeDefined();
    const after = JSON.parse(ok(['dump.txt', '--to', 'json', '--disable', rule ?? ''])) as Article;
    expect(after.removed.filter((r) => r.rule === rule)).toEqual([]);
  });

  // The Jetpack share block of an HTML post: jetpack-widget takes it from the markup, and
  // share-link-row would by its links; with both off, the line rule jetpack-share still catches its
  // lines, so keeping the text takes all three.
  const post = path.join(root, 'fixtures', 'html-feedzy-post', 'input.html');
  const share = 'Share this:';

  it('skips a DOM rule: its removal goes, and the share block reaches the line rules', () => {
    const before = JSON.parse(ok([post, '--to', 'json'])) as Article;
    expect(before.removed.filter((r) => r.rule === 'jetpack-widget').map((r) => r.text)).toEqual([`${share} X Facebook`]);
    expect(before.text).not.toContain(share);

    const after = JSON.parse(ok([post, '--to', 'json', '--disable', 'jetpack-widget,share-link-row'])) as Article;
    expect(after.removed.filter((r) => r.rule === 'jetpack-widget')).toEqual([]);
    expect(after.removed.filter((r) => r.rule === 'jetpack-share').map((r) => r.text)).toEqual([share, 'X', 'Facebook']);
  });

  it('keeps the Jetpack share text when every rule that takes it is disabled', () => {
    const text = ok([post, '--to', 'text', '--disable', 'jetpack-widget,share-link-row,jetpack-share,share-row']);
    expect(text).toContain(share);
    expect(text).toContain('X\nFacebook'); // list items keep their own lines
    expect(ok([post, '--to', 'text', '--disable', 'jetpack-share'])).not.toContain(share);
  });

  it('exits 2 on an unknown id, even next to known DOM and line rule ids', () => {
    for (const ids of ['no-such-rule', 'jetpack-widget,no-such-rule,jetpack-share']) {
      const r = feedscrub([post, '--disable', ids], { cwd: shared });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('"no-such-rule"');
      expect(r.stderr).not.toContain('jetpack');
    }
  });
});

describe('information', () => {
  it('--list-rules lists every rule id, line rules with their zone, then DOM rules as "markup"', async () => {
    const lib = (await import(pathToFileURL(distIndex).href)) as typeof import('../src/index.js');
    const out = ok(['--list-rules']);
    const lines = out.trimEnd().split('\n');
    const all = [...lib.rules.map((r) => ({ ...r, where: r.zone })), ...lib.domRules.map((r) => ({ ...r, where: 'markup' }))];
    expect(lines).toHaveLength(all.length);
    for (const [i, rule] of all.entries()) {
      expect(lines[i]).toMatch(new RegExp(`^${escapeRegExp(rule.id)}\\s+${rule.where}\\s`));
      expect(lines[i]).toContain(rule.description);
    }
    expect(out).toMatch(/^jetpack-widget\s+markup\s/m);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(ok(['--version'])).toBe(`${pkg.version}\n`);
    expect(ok(['-V'])).toBe(`${pkg.version}\n`);
  });

  it('--help shows usage, examples and the exit codes', () => {
    const out = ok(['--help']);
    expect(out).toContain('Usage: feedscrub');
    expect(out).toContain('Examples');
    expect(out).toMatch(/Exit codes:.*\b0\b.*\b1\b.*\b2\b/);
    for (const option of ['--to', '--output', '--explain', '--fragment', '--no-front-matter', '--disable', '--list-rules']) {
      expect(out).toContain(option);
    }
  });
});

describe('exit codes and errors', () => {
  it('exits 1 and still writes the good files when one input is missing', async () => {
    const dir = await folder('a.txt', 'b.txt');
    const r = feedscrub(['a.txt', 'missing.txt', 'b.txt', '--to', 'md', '-o', 'out/'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).not.toContain('a.txt');
    expect(stackLines(r.stderr)).toEqual([]);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['a.md', 'b.md']);
  });

  it('exits 1 and still prints the good articles to stdout when one input is missing', async () => {
    const dir = await folder('a.txt', 'b.txt');
    const r = feedscrub(['a.txt', 'missing.txt', 'b.txt', '--to', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(stackLines(r.stderr)).toEqual([]);
    expect((JSON.parse(r.stdout) as Article[]).map((a) => a.source.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('exits 1 for a directory with nothing to convert in it', async () => {
    const dir = await folder();
    await mkdir(path.join(dir, 'dumps'));
    await writeFile(path.join(dir, 'dumps', 'notes.pdf'), 'x');
    const r = feedscrub(['dumps'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/dumps: no files to convert/);
    expect(r.stdout).toBe('');
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('exits 1 for a binary file, saying it looks binary', async () => {
    const dir = await folder();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    await writeFile(path.join(dir, 'photo.png'), png);
    const r = feedscrub(['photo.png'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/photo\.png: .*binary/);
    expect(r.stdout).toBe('');
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n\t\n\r\n'],
  ])('exits 1 for %s', async (_, content) => {
    const dir = await folder();
    await writeFile(path.join(dir, 'empty.txt'), content);
    const r = feedscrub(['empty.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: .*empty/);
    expect(r.stdout).toBe('');
  });

  it('exits 1 for an empty stdin', () => {
    const r = feedscrub(['--to', 'md'], { cwd: shared, stdin: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stdin: .*empty/);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['an unknown format', ['dump.txt', '--to', 'nope'], 'nope'],
    ['an unknown option', ['dump.txt', '--frobnicate'], '--frobnicate'],
    ['an unknown rule to disable', ['dump.txt', '--disable', 'no-such-rule'], 'no-such-rule'],
  ])('exits 2 for %s, naming it', (_, args, named) => {
    const r = feedscrub(args, { cwd: shared });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(named);
    expect(r.stdout).toBe('');
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('exits 2 with the usage when there is no input and stdin is a terminal', async () => {
    const fake = fakeIo(shared, { stdinIsTTY: true });
    expect(await run([], fake.io)).toBe(2);
    expect(fake.stderr()).toContain('Usage: feedscrub');
    expect(fake.stdout()).toBe('');
  });

  it('reads stdin when there is no input and stdin is a pipe (the same run() as above)', async () => {
    const fake = fakeIo(shared, { stdin: seedBytes.toString('utf8') });
    expect(await run(['--to', 'text'], fake.io)).toBe(0);
    expect(fake.stdout().split('\n')[0]).toBe(SEED.title);
  });
});

describe('pipes', () => {
  it.skipIf(process.platform === 'win32')('exits 0 without an EPIPE error when the reader stops early (| head -1)', async () => {
    const dir = await folder('a.txt');
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const inputs = Array.from({ length: 200 }, () => 'a.txt').join(' ');
    // Braces keep feedscrub's own exit status, which `| head -1` would otherwise hide.
    const script = `{ ${quote(process.execPath)} ${quote(path.join(root, 'bin', 'feedscrub.cjs'))} ${inputs} --to ndjson; echo $? > status; } | head -1`;
    const r = spawnSync('sh', ['-c', script], { cwd: dir, env: plainEnv(), input: '', encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((await readFile(path.join(dir, 'status'), 'utf8')).trim()).toBe('0');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0] ?? '') as Article).title).toBe(SEED.title);
  });
});

describe('colour', () => {
  it('writes no colour codes to stderr when it is not a terminal, even without NO_COLOR', () => {
    const env = plainEnv();
    delete env.NO_COLOR;
    const r = feedscrub(['dump.txt', 'missing.txt', '--explain', '--to', 'md'], { cwd: shared, env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('Generated by Feedzy');
    expect(r.stderr).not.toContain('\x1b[');
  });

  it('colours stderr on a terminal, but not with NO_COLOR, and not with --no-color even when FORCE_COLOR is set', async () => {
    const args = ['dump.txt', 'missing.txt', '--explain', '--to', 'md'];
    const tty = fakeIo(shared, { stderrIsTTY: true });
    expect(await run(args, tty.io)).toBe(1);
    expect(tty.stderr()).toMatch(SGR);

    const noColor = fakeIo(shared, { stderrIsTTY: true, env: { NO_COLOR: '1' } });
    await run(args, noColor.io);
    expect(noColor.stderr()).toContain('missing.txt');
    expect(noColor.stderr()).not.toMatch(SGR);

    const flag = fakeIo(shared, { stderrIsTTY: true, env: { FORCE_COLOR: '1' } });
    await run([...args, '--no-color'], flag.io);
    expect(flag.stderr()).toContain('missing.txt');
    expect(flag.stderr()).not.toMatch(SGR);
  });
});
