import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { ensureBuilt, feedscrub, seed, stackLines, tempDirs } from './helpers/cli.js';

/** Configuration through the built command, as a user meets it: lookup, errors, listings. */

const tmp = tempDirs('feedscrub-config-cli-');
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

// The pack is chosen by the site that "Share DeepPol" names, and its own rule removes that line.
const CONFIG = {
  customRules: [{ id: 'durden-byline', match: { regex: '^tyler durden$', flags: 'i' } }],
  sites: [{ site: 'DeepPol', rules: [{ id: 'deeppol-share', description: "Removes DeepPol's share line.", match: 'Share DeepPol', where: 'tail' }] }],
};

/** A folder with the seed dump as dump.txt and `files` (name -> JSON value or text). */
async function project(files: Record<string, unknown> = {}): Promise<string> {
  const dir = await tmp.make();
  await copyFile(seed, path.join(dir, 'dump.txt'));
  for (const [name, value] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
  return dir;
}

describe('feedscrub with a config file', () => {
  it('exits 2 with one line naming the file and the key for a bad config', async () => {
    const dir = await project({ 'feedscrub.config.json': { rules: { 'feedzy-footr': 'off' } } });
    const r = feedscrub(['dump.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('feedscrub: feedscrub.config.json: rules.feedzy-footr: unknown rule id (see --list-rules)\n');
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('exits 2 for a regex RE2 cannot run, and for a --config file that is not there', async () => {
    const dir = await project({ 'conf.json': { customRules: [{ id: 'x', match: { regex: '(\\w+) \\1' } }] } });
    const bad = feedscrub(['dump.txt', '--config', 'conf.json'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^feedscrub: conf\.json: customRules\[0\]\.match\.regex: backreferences are not supported .*\n$/);
    const missing = feedscrub(['dump.txt', '--config', 'nope.json'], { cwd: dir });
    expect([missing.status, missing.stderr]).toEqual([2, 'feedscrub: nope.json: no such file\n']);
  });

  it('ignores config files with --no-config', async () => {
    const dir = await project({ 'feedscrub.config.json': '{ broken' });
    const r = feedscrub(['dump.txt', '--no-config'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('lists custom rules, marked custom with their file and pack, in --list-rules', async () => {
    const dir = await project({ 'feedscrub.config.json': CONFIG, 'sub/x.txt': '' });
    const r = feedscrub(['--list-rules'], { cwd: path.join(dir, 'sub') });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-2)).toMatch(/^durden-byline +anywhere +\[custom, \.\.\/feedscrub\.config\.json\] Removes lines matching \/\^tyler durden\$\/i\.$/);
    expect(lines.at(-1)).toMatch(/^deeppol-share +tail +\[custom, \.\.\/feedscrub\.config\.json, site DeepPol\] Removes DeepPol's share line\.$/);
    expect(lines.some((l) => l.startsWith('feedzy-footer '))).toBe(true);
  });

  it('removes with custom rules, names them in removed and --explain, and applies a matching pack', async () => {
    const dir = await project({ 'package.json': { name: 'site', feedscrub: CONFIG } });
    const r = feedscrub(['dump.txt', '--explain'], { cwd: dir });
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout) as Article;
    expect(article.removed).toContainEqual({ rule: 'deeppol-share', line: 23, text: 'Share DeepPol' });
    expect(article.removed).toContainEqual({ rule: 'durden-byline', line: 20, text: 'Tyler Durden' });
    expect(article.author).toBeNull();
    expect(article.site).toBe('DeepPol');
    expect(r.stderr).toMatch(/^ +23 +deeppol-share +Share DeepPol$/m);
  });

  it('--disable takes custom rule ids and adds to what the config turns off', async () => {
    const dir = await project({ 'feedscrub.config.json': { ...CONFIG, rules: { 'feedzy-footer': 'off' } } });
    const r = feedscrub(['dump.txt', '--disable', 'deeppol-share,durden-byline'], { cwd: dir });
    expect(r.status).toBe(0);
    const rules = (JSON.parse(r.stdout) as Article).removed.map((x) => x.rule);
    expect(rules).not.toContain('deeppol-share');
    expect(rules).not.toContain('durden-byline');
    expect(rules).not.toContain('feedzy-footer');
    expect(feedscrub(['dump.txt', '--disable', 'deeppol-share', '--no-config'], { cwd: dir }).status).toBe(2);
  });
});
