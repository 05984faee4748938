import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isArticle, type Article } from '../src/article.js';
import { linePattern } from '../src/config/custom-rules.js';
import { checkRules } from '../src/check/rules/index.js';
import { ConfigError, loadConfig, scrubOptionsFrom, severityOf, type Config } from '../src/config/index.js';
import { configFrom } from '../src/config/resolve.js';
import { scrubItems } from '../src/pipeline.js';
import { fold } from '../src/text/fold.js';
import { tempDirs } from './helpers/cli.js';

const tmp = tempDirs('feedscrub-config-');
afterAll(() => tmp.cleanup());

/** Write `files` (path -> JSON value, or text) under a fresh folder; returns the folder. */
async function tree(files: Record<string, unknown>): Promise<string> {
  const dir = await tmp.make();
  for (const [name, value] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}

const config = (value: unknown): Config => configFrom(value, 'feedscrub.config.json');
const scrubWith = (input: string, value: unknown): Article[] => scrubItems(input, scrubOptionsFrom(config(value))).filter(isArticle);
const removedBy = (a: Article | undefined, rule: string) => (a?.removed ?? []).filter((r) => r.rule === rule).map((r) => r.text);

const PROSE = 'The harbour council met on Tuesday and agreed to repair the old sea wall before the winter storms arrive, after a long debate about the cost.';
const dump = (title: string, ...tail: string[]) => [title, '', PROSE, '', PROSE, '', ...tail].join('\n');

describe('lookup', () => {
  it('takes feedscrub.config.json, then .feedscrubrc.json, then a package.json "feedscrub" key, in one folder', async () => {
    const dir = await tree({
      'feedscrub.config.json': { minWords: 1 },
      '.feedscrubrc.json': { minWords: 2 },
      'package.json': { name: 'x', feedscrub: { minWords: 3 } },
    });
    expect(await loadConfig({ cwd: dir })).toMatchObject({ path: path.join(dir, 'feedscrub.config.json'), config: { minWords: 1 } });
    const rc = await tree({ '.feedscrubrc.json': { minWords: 2 }, 'package.json': { name: 'x', feedscrub: { minWords: 3 } } });
    expect((await loadConfig({ cwd: rc })).config.minWords).toBe(2);
    const pkg = await tree({ 'package.json': { name: 'x', feedscrub: { minWords: 3 } } });
    expect(await loadConfig({ cwd: pkg })).toMatchObject({ path: path.join(pkg, 'package.json'), config: { minWords: 3 } });
  });

  it('searches upward, and a package.json without the key does not stop it', async () => {
    const dir = await tree({
      '.feedscrubrc.json': { minWords: 7 },
      'a/package.json': { name: 'inner' },
      'a/b/c/notes.txt': '',
    });
    expect(await loadConfig({ cwd: path.join(dir, 'a/b/c') })).toMatchObject({ path: path.join(dir, '.feedscrubrc.json'), config: { minWords: 7 } });
  });

  it('gives the defaults when there is no config, or with --no-config', async () => {
    const dir = await tree({ 'feedscrub.config.json': '{ not json' });
    expect(await loadConfig({ cwd: dir, disabled: true })).toEqual({
      path: null,
      config: { rules: {}, required: ['title'], dateFloor: null, minWords: 30, customRules: [], sites: [] },
    });
  });

  it('reads the file --config names instead, a package.json by its key', async () => {
    const dir = await tree({ 'feedscrub.config.json': { minWords: 1 }, 'conf/other.json': { minWords: 4 }, 'conf/package.json': { feedscrub: { minWords: 5 } } });
    expect((await loadConfig({ cwd: dir, file: 'conf/other.json' })).config.minWords).toBe(4);
    expect((await loadConfig({ cwd: dir, file: 'conf/package.json' })).config.minWords).toBe(5);
    await expect(loadConfig({ cwd: dir, file: 'missing.json' })).rejects.toThrow(new ConfigError('missing.json: no such file'));
  });

  it('fills in the defaults', () => {
    const c = config({ customRules: [{ id: 'promo', match: 'Subscribe' }] });
    expect(c.customRules).toEqual([{ id: 'promo', description: 'Removes lines that read "Subscribe".', match: 'Subscribe', where: 'anywhere', severity: 'error' }]);
    expect(c.dateFloor).toBeNull();
  });
});

describe('validation: one line naming the file and the key', () => {
  it.each<[string, unknown, string]>([
    ['an unknown key', { customRule: [] }, 'customRule: unknown key (expected rules, required, dateFloor, minWords, customRules, sites)'],
    ['an unknown rule id', { rules: { 'feedzy-footr': 'off' } }, 'rules.feedzy-footr: unknown rule id (see --list-rules)'],
    ['a bad setting', { rules: { 'feedzy-footer': 'on' } }, 'rules.feedzy-footer: must be one of "off", "warning", "error", "warn", 0, 1, 2'],
    ['a bad field', { required: ['titel'] }, 'required[0]: must be one of "title", "author", "published", "site", "url", "language"'],
    ['a date in another shape', { dateFloor: '01/02/2021' }, 'dateFloor: must be a date as YYYY-MM-DD'],
    ['a date that is no day', { dateFloor: '2021-02-30' }, 'dateFloor: not a calendar date: "2021-02-30"'],
    ['a negative count', { minWords: -1 }, 'minWords: must be >= 0'],
    ['a fraction', { minWords: 2.5 }, 'minWords: must be a whole number'],
    ['a rule without match', { customRules: [{ id: 'x' }] }, 'customRules[0]: "match" is required'],
    ['an id not kebab-case', { customRules: [{ id: 'Acme_Promo', match: 'x' }] }, 'customRules[0].id: must be kebab-case: lower-case letters and digits between single dashes, or learned:<site>:<n>'],
    ['a learned id with no number', { customRules: [{ id: 'learned:acme', match: 'x' }] }, 'customRules[0].id: must be kebab-case: lower-case letters and digits between single dashes, or learned:<site>:<n>'],
    ['a match of the wrong type', { customRules: [{ id: 'x', match: 5 }] }, 'customRules[0].match: must be a string or an object'],
    ['an empty match', { customRules: [{ id: 'x', match: '  ' }] }, 'customRules[0].match: must not be empty'],
    ['a regex of the wrong type', { customRules: [{ id: 'x', match: { regex: 5 } }] }, 'customRules[0].match.regex: must be a string'],
    ['an unknown key in a match', { customRules: [{ id: 'x', match: { regex: 'x', flag: 'i' } }] }, 'customRules[0].match.flag: unknown key (expected regex, flags)'],
    ['an unknown flag', { customRules: [{ id: 'x', match: { regex: 'x', flags: 'g' } }] }, 'customRules[0].match.flags: must be one of "", "i"'],
    ['a bad where', { customRules: [{ id: 'x', match: 'x', where: 'foot' }] }, 'customRules[0].where: must be one of "head", "tail", "anywhere"'],
    ['a duplicate id', { customRules: [{ id: 'x', match: 'a' }, { id: 'x', match: 'b' }] }, 'customRules[1].id: "x" is already the id of customRules[0]'],
    ['a duplicate id in a pack', { customRules: [{ id: 'x', match: 'a' }], sites: [{ site: 'S', rules: [{ id: 'x', match: 'b' }] }] }, 'sites[0].rules[0].id: "x" is already the id of customRules[0]'],
    ['a built-in id', { customRules: [{ id: 'feedzy-footer', match: 'a' }] }, 'customRules[0].id: "feedzy-footer" is the id of a built-in rule (see --list-rules)'],
    ['a check rule id', { customRules: [{ id: 'short-body', match: 'a' }] }, 'customRules[0].id: "short-body" is the id of a built-in rule (see --list-rules)'],
    ['a regex that does not compile', { customRules: [{ id: 'x', match: { regex: '[a-' } }] }, 'customRules[0].match.regex: invalid regex: missing closing ]: `[a-`'],
    ['a pack without site or host', { sites: [{ rules: [] }] }, 'sites[0]: needs "site" or "host"'],
    ['a host with a scheme', { sites: [{ host: 'https://a.com' }] }, 'sites[0].host: must be a host name such as example.com, without scheme, port or path'],
    ['an unknown id in a pack', { sites: [{ site: 'S', disable: ['nope'] }] }, 'sites[0].disable[0]: unknown rule id "nope" (see --list-rules)'],
    ['an array', [], '(top level): must be an object'],
  ])('%s', async (_, value, message) => {
    const dir = await tree({ 'feedscrub.config.json': value });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(new ConfigError(`feedscrub.config.json: ${message}`));
  });

  it.each([
    ['(a)\\1', 'backreferences are not supported (regexes run on RE2, in linear time)'],
    ['(?=a)b', 'lookahead and lookbehind are not supported'],
    ['a(?!b)', 'lookahead and lookbehind are not supported'],
    ['(?<=a)b', 'lookahead and lookbehind are not supported'],
    ['(?<!a)b', 'lookahead and lookbehind are not supported'],
  ])('refuses %s, which RE2 cannot run, and says why', (regex, why) => {
    expect(() => configFrom({ customRules: [{ id: 'x', match: { regex } }] }, 'c.json')).toThrow(`c.json: customRules[0].match.regex: ${why}`);
  });

  it('names the key under a package.json, the folder the file is in, and where JSON breaks', async () => {
    const dir = await tree({ 'package.json': { feedscrub: { rules: { nope: 'off' } } }, 'sub/x.txt': '' });
    await expect(loadConfig({ cwd: path.join(dir, 'sub') })).rejects.toThrow(new ConfigError('../package.json: feedscrub.rules.nope: unknown rule id (see --list-rules)'));
    const broken = await tree({ '.feedscrubrc.json': '{\n  "minWords": 3,\n}' });
    await expect(loadConfig({ cwd: broken })).rejects.toThrow(/^\.feedscrubrc\.json:3:1: invalid JSON: /);
  });

  it('accepts every rule id, the check rules and the config own custom ids', () => {
    const rules = Object.fromEntries([...checkRules.map((r) => r.id), 'feedzy-footer', 'iframe-embed', 'promo'].map((id) => [id, 'warning']));
    expect(() => config({ rules, customRules: [{ id: 'promo', match: 'x' }], $schema: './schema/config.schema.json' })).not.toThrow();
  });
});

describe('custom rules', () => {
  it('a string matches the whole line, ignoring case, white space, typography and trailing punctuation', () => {
    // Rules see each line folded (fold()), as lineRule hands it to their patterns.
    const p = linePattern('Don’t miss ACME Daily — subscribe');
    for (const line of ["don't miss acme daily - subscribe", 'DON’T MISS ACME DAILY – SUBSCRIBE!', 'Don&#8217;t miss ACME\u00a0Daily &mdash; subscribe…', '  Don’t  miss ACME Daily — subscribe.  ']) {
      expect(p.test(fold(line)), line).toBe(true);
    }
    for (const line of ["Don't miss ACME Daily - subscribe today", "Please don't miss ACME Daily - subscribe"]) expect(p.test(fold(line)), line).toBe(false);
  });

  it('removes matching lines, and not a sentence that mentions the text', () => {
    const input = dump('Sea Wall Repairs', 'Subscribe to ACME Daily!', 'Readers can subscribe to ACME Daily at the front desk of the library.');
    const [a] = scrubWith(input, { customRules: [{ id: 'acme-promo', match: 'subscribe to acme daily' }] });
    expect(removedBy(a, 'acme-promo')).toEqual(['Subscribe to ACME Daily!']);
    expect(a?.text).toContain('Readers can subscribe to ACME Daily');
  });

  it('a regex is searched in the folded line, with "i" for case', () => {
    // Not a call follow-call knows ("Download the … app" is one): only the custom rule may take these.
    const input = dump('Sea Wall Repairs', 'Open the “ACME” app today', 'open the "acme" app');
    const [a] = scrubWith(input, { customRules: [{ id: 'acme-app', match: { regex: 'the "ACME" app' } }] });
    expect(removedBy(a, 'acme-app')).toEqual(['Open the “ACME” app today']);
    const [b] = scrubWith(input, { customRules: [{ id: 'acme-app', match: { regex: '^open the "acme" app', flags: 'i' } }] });
    expect(removedBy(b, 'acme-app')).toHaveLength(2);
  });

  it('runs in linear time: a catastrophic pattern on a long line ends at once', () => {
    // A backtracking engine takes exponential time in the run of a's before the "!".
    const input = dump('Sea Wall Repairs', `${'a'.repeat(50_000)}!`, 'aaaa');
    // A backtracking engine would not return within the test's limit; RE2 returns at once.
    const [a] = scrubWith(input, { customRules: [{ id: 'all-a', match: { regex: '^(a+)+$' } }] });
    expect(removedBy(a, 'all-a')).toEqual(['aaaa']);
  });

  it('runs before read-more, tail-byline, share-widget and tail-block; "off" turns rules off for conversion only', () => {
    const c = config({ customRules: [{ id: 'promo', match: 'x' }], rules: { 'feedzy-footer': 'off', 'short-body': 'off', promo: 'warning' } });
    const options = scrubOptionsFrom(c);
    const ids = options.rules.map((r) => r.id);
    expect(ids.indexOf('promo')).toBe(ids.indexOf('read-more') - 1);
    expect(options.disable).toEqual(['feedzy-footer']);
    expect(severityOf(c, 'promo', 'error')).toBe('warning');
    expect(severityOf(c, 'short-body', 'warning')).toBe('off');
    expect(severityOf(c, 'mojibake', 'warning')).toBe('warning');
    expect(severityOf(config({ customRules: [{ id: 'p', match: 'x', severity: 'warning' }] }), 'p', 'error')).toBe('warning');
  });
});

describe('site packs', () => {
  const pack = (match: object) => ({
    sites: [{ ...match, rules: [{ id: 'tip-line', match: 'Got a story? Email us' }], disable: ['feedzy-footer'] }],
  });
  const footer = (site: string) => dump('Sea Wall Repairs', 'Got a story? Email us', `The post Sea Wall Repairs appeared first on ${site}.`, 'Generated by Feedzy');

  it('apply to the articles whose site matches, ignoring case, and to no other', () => {
    const input = `${footer('Harbour Herald')}\f${footer('Millbrook Gazette')}`;
    const [herald, gazette] = scrubWith(input, pack({ site: 'harbour herald' }));
    expect(removedBy(herald, 'tip-line')).toEqual(['Got a story? Email us']);
    expect(removedBy(herald, 'feedzy-footer')).toEqual([]);
    expect(herald?.text).toContain('Generated by Feedzy');
    expect(removedBy(gazette, 'tip-line')).toEqual([]);
    expect(removedBy(gazette, 'feedzy-footer')).toEqual(['Generated by Feedzy']);
  });

  it('apply by the url host and its subdomains, not by a host that merely ends the same', () => {
    const withUrl = (host: string) => dump('Sea Wall Repairs', 'Got a story? Email us', `This article was originally published on https://${host}/sea-wall.`);
    for (const [host, applies] of [['harbourherald.example', true], ['news.harbourherald.example', true], ['notharbourherald.example', false]] as const) {
      const [a] = scrubWith(withUrl(host), pack({ host: 'HarbourHerald.example' }));
      expect(a?.url).toBe(`https://${host}/sea-wall`);
      expect(removedBy(a, 'tip-line'), host).toHaveLength(applies ? 1 : 0);
    }
  });

  it('turn DOM rules off by reading the markup again', () => {
    const html = `<html><head><title>Pier Lights</title><link rel="canonical" href="https://news.deeppol.com/pier"></head><body><article>
<p>${PROSE}</p>
<iframe src="https://www.youtube.com/embed/abc"></iframe>
<p>${PROSE}</p></article></body></html>`;
    const [plain] = scrubItems(html, { path: 'page.html' }).filter(isArticle);
    expect(removedBy(plain, 'iframe-embed')).toHaveLength(1);
    const [packed] = scrubWith(html, { sites: [{ host: 'deeppol.com', disable: ['iframe-embed'] }] });
    expect(removedBy(packed, 'iframe-embed')).toEqual([]);
  });

  it('leave the articles of other sites exactly as without a config', () => {
    const input = footer('Millbrook Gazette');
    expect(scrubWith(input, pack({ site: 'Harbour Herald', host: 'harbourherald.example' }))).toEqual(scrubItems(input));
  });
});
