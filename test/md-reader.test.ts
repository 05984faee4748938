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
    expect(a.extra).toEqual({ updated: '2021-07-05', stamp: '2021-07-05T08:00:00-04:00' });
    expect(a.published).toBeNull();
    expect(a.notes.map((n) => n.message)).toEqual(['"date: someday" is not a date feedscrub can read']);
  });
});

describe('front matter keys', () => {
  it('maps authors, tags, categories, url, lang and site, and keeps the rest in order', () => {
    const a = one(post('zeta: 1\nauthors: [Ada Byron, Kit Marlowe]\ncategories: news, harbour\nlink: https://example.org/p\nalpha: {nested: true}\nlang: de\nsite: Harbour Gazette'));
    expect(a).toMatchObject({ author: 'Ada Byron and Kit Marlowe', url: 'https://example.org/p', language: 'de', site: 'Harbour Gazette' });
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
      { rule: 'jetpack-share', line: 8, text: 'Share this:' },
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
    expect(data).toMatchObject({ title: 'Ferry Notes: The "Blue" Line', published: '2022-03-14', series: 'Coastal Basics' });
    expect(content.trim()).toBe(source.slice(source.indexOf('The **harbour'), source.indexOf('\n\nGenerated')));
    await writeFile(path.join(dir, 'again.md'), first.stdout);
    expect(feedscrub(['again.md', '--to', 'md'], { cwd: dir }).stdout).toBe(first.stdout);
  });

  it('gives the html output the markup, not the syntax', () => {
    const [a] = JSON.parse(`[${feedscrub(['post.md', '--to', 'json'], { cwd: dir }).stdout}]`) as Article[];
    expect(a && isArticle(a) && a.html).toContain('<strong>harbour office</strong> publishes a <a href="https://example.org/guide" title="Guide">new guide</a>');
  });
});
