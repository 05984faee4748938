import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticle, type Article } from '../src/article.js';
import { render, scrub } from '../src/index.js';
import { scrubItems } from '../src/pipeline.js';
import md from '../src/readers/md.js';
import { ensureBuilt, feedscrub, tempDirs } from './helpers/cli.js';
import { unaccounted } from './helpers/fixtures.js';

const one = (text: string): Article => {
  const [a, ...rest] = scrub(text, { from: 'md' });
  expect(rest).toEqual([]);
  if (!a) throw new Error('no article');
  return a;
};
const post = (front: string, body = 'A short body paragraph about the harbour.') => `---\n${front}\n---\n\n${body}\n`;

describe('front matter dates', () => {
  // gray-matter's js-yaml reads these as Dates, at UTC: the article keeps what the file wrote.
  it.each([
    ['date: 2021-07-04', '2021-07-04'],
    ['date: 2021-07-04T10:30:00+02:00', '2021-07-04T10:30:00+02:00'],
    ['date: 2021-07-04 10:30:00', '2021-07-04T10:30:00'],
    ['date: 2021-07-04T10:30:00Z', '2021-07-04T10:30:00+00:00'],
    ['date: 2021-07-04   # a comment', '2021-07-04'],
    ['published: "July 4, 2021"', '2021-07-04'],
    ['pubDate: Sun, 04 Jul 2021 10:30:00 +0000', '2021-07-04T10:30:00+00:00'],
  ])('%s -> %s', (line, published) => {
    expect(one(post(line)).published).toBe(published);
  });

  it('keeps a date under an unknown key as the file wrote it, and says when a date cannot be read', () => {
    const a = one(post('updated: 2021-07-05\nstamp: 2021-07-05T08:00:00-04:00\ndate: someday'));
    expect(a.extra).toEqual({ updated: '2021-07-05', stamp: '2021-07-05T08:00:00-04:00', date: 'someday' });
    expect(a.published).toBeNull();
    expect(a.notes.map((n) => n.message)).toEqual(['"date: someday" is not a date feedscrub can read']);
  });
});

describe('front matter keys', () => {
  it('maps authors, tags, categories, url, lang and site, and keeps the rest in order', () => {
    const a = one(post('zeta: 1\nauthors: [Ada Byron, Kit Marlowe]\ncategories: news, harbour\nlink: https://example.org/p\nalpha: {nested: true}\nlang: de\nsite: Harbour Gazette'));
    expect(a).toMatchObject({ author: 'Ada Byron, Kit Marlowe', url: 'https://example.org/p', language: 'de', site: 'Harbour Gazette' });
    expect(a.tags).toEqual(['news', 'harbour']);
    expect(Object.entries(a.extra)).toEqual([
      ['zeta', 1],
      ['alpha', { nested: true }],
    ]);
  });

  it('takes a title with a colon and quotes, and --to md writes front matter that reads back the same', async () => {
    const title = `Night Market: "Lanterns" Return, Isn't It 'Grand'?`;
    const a = one(post(`title: '${title.replace(/'/g, "''")}'\ntags: [a, b]\ncustom: x`));
    expect(a.title).toBe(title);
    const { data } = matter(await render(a, 'md'));
    expect(data).toEqual({ title, tags: ['a', 'b'], custom: 'x', language: a.language ?? undefined });
  });

  it('reports invalid YAML as an error naming the line, and front matter that is not keys', () => {
    const [broken] = scrubItems(post('title: ok\ntags: [a, b\nauthor: x'), { from: 'md' });
    expect(broken).toMatchObject({ line: 4, source: { format: 'md' } });
    expect(broken && 'error' in broken && broken.error).toMatch(/^invalid YAML front matter at line 4: /);
    const [list] = scrubItems(post('- a\n- b'), { from: 'md' });
    expect(list).toMatchObject({ error: expect.stringMatching(/YAML keys and values expected/), line: 2 });
  });
});

describe('titles and body', () => {
  it('takes a first-line "# Heading" without front matter, and a setext one', () => {
    expect(one('# The Heading\n\nBody text here.').title).toBe('The Heading');
    expect(one('The *Heading*\n===\n\nBody text here.').title).toBe('The Heading');
  });

  it('drops a heading that repeats the front matter title, and keeps one that does not', () => {
    const same = one(post('title: Harbour News', '# Harbour news\n\nBody text here.'));
    expect(same.text).toBe('Body text here.');
    expect(same.removed.find((r) => r.rule === 'title')).toEqual({ rule: 'title', line: 5, text: '# Harbour news' });
    expect(one(post('title: Harbour News', '# Another Heading\n\nBody text here.')).text).toBe('# Another Heading\n\nBody text here.');
  });

  it('numbers body lines as the file does and accounts for every line', () => {
    const input = post('title: T\ntags: [x]', 'First paragraph of the body.\n\nShare this:\nTwitter\nFacebook');
    const a = one(input);
    expect(a.removed.filter((r) => r.rule !== 'front-matter')).toEqual([
      { rule: 'jetpack-share', line: 8, text: 'Share this:', lang: 'en' },
      { rule: 'jetpack-share', line: 9, text: 'Twitter' },
      { rule: 'jetpack-share', line: 10, text: 'Facebook' },
    ]);
    expect(unaccounted(input, [a])).toEqual([]);
  });
});

describe('sniff', () => {
  it.each([
    [post('title: x\ndate: 2021-07-04'), true],
    [post('title: "unclosed\nauthor: y'), true],
    ['---\nThis is a text dump between rules, not YAML.\n---\n', false],
    ['# Heading\n\ntext', false],
    ['---\ntitle: no closing fence\n', false],
  ])('%j -> %s', (text, expected) => {
    expect(md.sniff(text)).toBe(expected);
  });
});

describe('feedscrub post.md --to md', () => {
  const tmp = tempDirs('feedscrub-md-');
  let dir: string;
  const source = [
    '---',
    'title: "Ferry Notes: The \\"Blue\\" Line"',
    'date: 2022-03-14',
    'series: Coastal Basics',
    '---',
    '',
    'The **harbour office** publishes a [new guide](https://example.org/guide "Guide") with \\*starred\\* notes, snake_case names and `code`.',
    '',
    '## Stops',
    '',
    '- Quay',
    '- Lighthouse *point*',
    '',
    '```',
    'time  stop',
    '06:12 Quay',
    '```',
    '',
    'Generated by Feedzy',
    '',
  ].join('\n');
  beforeAll(async () => {
    ensureBuilt();
    dir = await tmp.make();
    await writeFile(path.join(dir, 'post.md'), source);
  });
  afterAll(() => tmp.cleanup());

  it('writes the Markdown back as it was (bold, links, escapes, lists, code), and a second run changes nothing', async () => {
    const first = feedscrub(['post.md', '--to', 'md'], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const { data, content } = matter(first.stdout);
    expect(data).toMatchObject({ title: 'Ferry Notes: The "Blue" Line', date: '2022-03-14', series: 'Coastal Basics' });
    expect(content.trim()).toBe(source.slice(source.indexOf('The **harbour'), source.indexOf('\n\nGenerated')));
    await writeFile(path.join(dir, 'again.md'), first.stdout);
    expect(feedscrub(['again.md', '--to', 'md'], { cwd: dir }).stdout).toBe(first.stdout);
  });

  it('gives the html output the markup, not the syntax', () => {
    const [a] = JSON.parse(`[${feedscrub(['post.md', '--to', 'json'], { cwd: dir }).stdout}]`) as Article[];
    expect(a && isArticle(a) && a.html).toContain('<strong>harbour office</strong> publishes a <a href="https://example.org/guide" title="Guide">new guide</a>');
  });
});

describe('TOML and JSON front matter (Hugo)', () => {
  const BODY = 'The ferry timetable changes on Monday, with two extra sailings in the evening and an earlier first boat on Saturdays.';
  const toml = ['+++', 'title = "Ferry Timetable Changes"', 'date = 2024-05-02T09:30:00+02:00', 'author = "Mira Solberg"', 'categories = ["transport"]', 'draft = false', '', '[params]', 'mood = "calm"', '+++', '', BODY, ''].join('\n');
  const json = ['{', '  "title": "Ferry Timetable Changes",', '  "date": "2024-05-02",', '  "author": "Mira Solberg",', '  "params": { "mood": "calm" }', '}', '', BODY, ''].join('\n');

  it('reads TOML between +++ fences: the fields, the tables in extra, nothing of it in the text', () => {
    const a = one(toml);
    expect([a.title, a.author, a.published]).toEqual(['Ferry Timetable Changes', 'Mira Solberg', '2024-05-02T09:30:00+02:00']);
    expect(a.tags).toEqual(['transport']);
    expect(a.extra).toEqual({ draft: false, params: { mood: 'calm' } });
    expect(a.text).toBe(BODY);
    expect(a.source.frontMatter).toEqual({ format: 'toml', keys: ['title', 'date', 'author', 'categories', 'draft', 'params'] });
    expect(a.removed.filter((r) => r.rule === 'front-matter').map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10]);
  });

  it('reads a JSON object opening the file, and sniffs both as Markdown', () => {
    const a = one(json);
    expect([a.title, a.author, a.published, a.text]).toEqual(['Ferry Timetable Changes', 'Mira Solberg', '2024-05-02', BODY]);
    expect(a.source.frontMatter?.format).toBe('json');
    expect(md.sniff?.(toml)).toBe(true);
    expect(md.sniff?.(json)).toBe(true);
    expect(md.sniff?.('{\n  "title": "a feed record"\n}\n')).toBe(false);
  });

  it('reports invalid TOML with the file line', () => {
    const [item] = scrubItems(['+++', 'title = "Ferry"', 'date = ', '+++', '', BODY].join('\n'), { from: 'md' });
    expect(item && 'error' in item ? [item.error.startsWith('invalid TOML front matter at line 3'), item.line] : item).toEqual([true, 3]);
  });

  it('--to md writes the front matter back in its own syntax, keys and order', async () => {
    const outToml = await render(one(toml), 'md');
    expect(outToml.split('\n').slice(0, 4)).toEqual(['+++', 'title = "Ferry Timetable Changes"', 'date = 2024-05-02T09:30:00.000+02:00', 'author = "Mira Solberg"']);
    expect(outToml).toContain('categories = [ "transport" ]');
    expect(outToml).toContain('[params]');
    const outJson = await render(one(json), 'md');
    const end = outJson.indexOf('\n}\n') + 2;
    expect(Object.keys(JSON.parse(outJson.slice(0, end)) as object)).toEqual(['title', 'date', 'author', 'params']);
  });
});

describe('front matter key names on --to md', () => {
  it('keeps date and categories under their own names and in their order', async () => {
    const a = one(post('layout: post\ncategories: [harbour, events]\ndate: 2024-03-01\ntitle: Quay Works Begin'));
    const { data } = matter(await render(a, 'md'));
    expect(Object.keys(data).slice(0, 4)).toEqual(['layout', 'categories', 'date', 'title']);
    expect(data).not.toHaveProperty('published');
    expect(data).not.toHaveProperty('tags');
    expect(data.categories).toEqual(['harbour', 'events']);
  });

  it('names a field the input lacked as Jekyll and Hugo do, and as the user asks with keys', async () => {
    const a = { ...one(post('title: Quay Works Begin')), published: '2024-03-01' };
    expect(matter(await render(a, 'md')).data).toHaveProperty('date', '2024-03-01');
    expect(matter(await render(a, 'md', { keys: { published: 'pubDate', title: 'headline' } })).data).toMatchObject({ pubDate: '2024-03-01', headline: 'Quay Works Begin' });
  });

  it('writes feedscrub names for an input without front matter', async () => {
    const [a] = scrub('Quay Works Begin\n\nBy Ana Ruiz\n\nThe works on the north quay begin on Monday and will last until the autumn, the harbour office said.', { from: 'text' });
    if (!a) throw new Error('no article');
    expect(matter(await render({ ...a, published: '2024-03-01' }, 'md')).data).toHaveProperty('published', '2024-03-01');
  });
});
