import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, feedscrub, plainEnv, seed, tempDirs } from './helpers/cli.js';

// The launcher keeps V8's code cache of the command in the user's cache folder. Whatever state
// that cache is in, the user must get the same output; only the start-up time may differ.
const dirs = tempDirs('feedscrub-launch-');
afterAll(() => dirs.cleanup());
beforeAll(() => ensureBuilt());

describe('the start-up code cache', () => {
  const cacheFiles = (home: string) => {
    const dir = path.join(home, 'feedscrub');
    return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
  };

  it('is written on the first run and gives the same output on the next', async () => {
    const home = await dirs.make();
    const env = plainEnv({ XDG_CACHE_HOME: home });
    const first = feedscrub([seed, '--to', 'md'], { cwd: home, env });
    expect(first.status).toBe(0);
    expect(cacheFiles(home)).toHaveLength(1);
    const second = feedscrub([seed, '--to', 'md'], { cwd: home, env });
    expect(second).toEqual(first);
  });

  it('is ignored and replaced when it is corrupt', async () => {
    const home = await dirs.make();
    const env = plainEnv({ XDG_CACHE_HOME: home });
    const clean = feedscrub([seed], { cwd: home, env });
    const [file] = cacheFiles(home);
    if (!file) throw new Error('no cache file was written');
    writeFileSync(file, 'not bytecode at all');
    const again = feedscrub([seed], { cwd: home, env });
    expect(again).toEqual(clean);
    expect(readFileSync(file, 'utf8')).not.toBe('not bytecode at all');
  });

  it('is not written with FEEDSCRUB_NO_CACHE=1, nor when the cache folder cannot be made', async () => {
    const home = await dirs.make();
    expect(feedscrub([seed], { cwd: home, env: plainEnv({ XDG_CACHE_HOME: home, FEEDSCRUB_NO_CACHE: '1' }) }).status).toBe(0);
    expect(cacheFiles(home)).toEqual([]);
    const blocked = path.join(home, 'a-file');
    writeFileSync(blocked, '');
    const r = feedscrub([seed], { cwd: home, env: plainEnv({ XDG_CACHE_HOME: blocked }) });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('the dependency groups of HTML, feeds and Markdown, and the page module', () => {
  const page = path.join(path.dirname(path.dirname(seed)), 'html-feedzy-post', 'input.html');
  const cached = (home: string) => (existsSync(path.join(home, 'feedscrub')) ? readdirSync(path.join(home, 'feedscrub')).sort() : []);

  it('start through a code cache of their own, written once, with the same output whatever state it is in', async () => {
    const home = await dirs.make();
    const env = plainEnv({ XDG_CACHE_HOME: home });
    const first = feedscrub([page, '--to', 'md'], { cwd: home, env });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('---');
    // The command's own cache, the page module's and the HTML parser's group (turndown's when the
    // markup needs it); never the feed parser's or the Markdown reader's.
    const groups = cached(home).map((f) => f.split('-')[0]);
    expect(groups).toEqual(expect.arrayContaining(['cli', 'page', 'html']));
    expect(groups).not.toContain('xml');
    expect(groups).not.toContain('md');
    const html = path.join(home, 'feedscrub', cached(home).find((f) => f.startsWith('html-')) as string);
    const written = statSync(html).mtimeMs;
    expect(feedscrub([page, '--to', 'md'], { cwd: home, env })).toEqual(first);
    expect(statSync(html).mtimeMs).toBe(written);
    writeFileSync(html, 'not bytecode at all');
    expect(feedscrub([page, '--to', 'md'], { cwd: home, env })).toEqual(first);
    expect(readFileSync(html, 'utf8')).not.toBe('not bytecode at all');
  });

  it('are not loaded by a text dump', async () => {
    const home = await dirs.make();
    expect(feedscrub([seed, '--to', 'md'], { cwd: home, env: plainEnv({ XDG_CACHE_HOME: home }) }).status).toBe(0);
    expect(cached(home).map((f) => f.split('-')[0])).toEqual(['cli']);
  });
});

describe('what a text dump loads', () => {
  // commander requires child_process (and net, stream) for subcommands that feedscrub does not
  // have; the build gives it a stand-in that loads the module on first use.
  it('converts a text dump without loading child_process', async () => {
    const home = await dirs.make();
    const probe = path.join(home, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nLOADED ' + process.moduleLoadList.filter((m) => /child_process/.test(m)).join(',') + '\\n'));\n");
    const bin = path.join(path.dirname(path.dirname(seed)), '..', 'bin', 'feedscrub.cjs');
    const run = spawnSync(process.execPath, ['-r', probe, bin, seed, '--to', 'md'], { cwd: home, env: plainEnv({ XDG_CACHE_HOME: home }), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('---');
    expect(run.stderr).toMatch(/^LOADED $/m);
  });

  // Each of these cost a one-dump conversion start-up time for nothing: chalk probes the terminal
  // (tty, and net under it), fs/promises brings readline, `performance` brings perf_hooks, and
  // stdin built eagerly opens a stream on it.
  it('converts a text dump file to JSON without tty, net, readline, fs/promises or perf_hooks', async () => {
    const home = await dirs.make();
    const probe = path.join(home, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nLOADED ' + process.moduleLoadList.filter((m) => /^NativeModule (tty|net|internal\\/readline\\/interface|fs\\/promises|perf_hooks)$/.test(m)).join(',') + '\\n'));\n");
    const bin = path.join(path.dirname(path.dirname(seed)), '..', 'bin', 'feedscrub.cjs');
    // Files, not pipes, as a shell redirect gives: a pipe is a socket, which needs net whatever the command does.
    const out = path.join(home, 'out.json');
    const err = path.join(home, 'err.txt');
    const fds = [openSync(out, 'w'), openSync(err, 'w')] as const;
    const run = spawnSync(process.execPath, ['-r', probe, bin, seed], { cwd: home, env: plainEnv({ XDG_CACHE_HOME: home }), stdio: ['ignore', fds[0], fds[1]] });
    fds.forEach((fd) => closeSync(fd));
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBeTruthy();
    expect(readFileSync(err, 'utf8')).toMatch(/^LOADED $/m);
  });
});

describe('two installed copies of one version', () => {
  it('keep a code cache each, so that neither rejects and rewrites the other on every run', async () => {
    const home = await dirs.make();
    const env = plainEnv({ XDG_CACHE_HOME: home });
    const root = path.join(path.dirname(path.dirname(seed)), '..');
    const copy = path.join(home, 'copy');
    for (const dir of ['bin', 'dist']) cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true });
    cpSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    const one = spawnSync(process.execPath, [path.join(root, 'bin', 'feedscrub.cjs'), seed], { cwd: home, env, encoding: 'utf8' });
    const two = spawnSync(process.execPath, [path.join(copy, 'bin', 'feedscrub.cjs'), seed], { cwd: home, env, encoding: 'utf8' });
    expect(two.stdout).toBe(one.stdout);
    const files = readdirSync(path.join(home, 'feedscrub'));
    expect(files).toHaveLength(2);
    const before = files.map((f) => statSync(path.join(home, 'feedscrub', f)).mtimeMs);
    spawnSync(process.execPath, [path.join(root, 'bin', 'feedscrub.cjs'), seed], { cwd: home, env });
    expect(files.map((f) => statSync(path.join(home, 'feedscrub', f)).mtimeMs)).toEqual(before);
  });
});

describe('a rebuild of the same length', () => {
  // V8 checks a code cache against its source's length only: a rebuilt command of the same size
  // must not run the previous build's functions from the cache, and the old cache goes.
  it('runs the new build, and keeps one cache for the copy', async () => {
    const home = await dirs.make();
    const env = plainEnv({ XDG_CACHE_HOME: home });
    const root = path.join(path.dirname(path.dirname(seed)), '..');
    const copy = path.join(home, 'copy');
    for (const dir of ['bin', 'dist']) cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true });
    cpSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    const bin = path.join(copy, 'bin', 'feedscrub.cjs');
    const before = spawnSync(process.execPath, [bin, seed], { cwd: home, env, encoding: 'utf8' });
    expect(before.stdout).toContain('"wordCount"');
    const bundle = path.join(copy, 'dist', 'cli.cjs');
    const source = readFileSync(bundle, 'latin1');
    writeFileSync(bundle, source.replaceAll('wordCount', 'wordCounT'), 'latin1');
    const later = new Date(statSync(bundle).mtimeMs + 10_000);
    utimesSync(bundle, later, later);
    const after = spawnSync(process.execPath, [bin, seed], { cwd: home, env, encoding: 'utf8' });
    expect(after.stdout).toContain('"wordCounT"');
    expect(readdirSync(path.join(home, 'feedscrub')).filter((f) => f.startsWith('cli-'))).toHaveLength(1);
  });
});
