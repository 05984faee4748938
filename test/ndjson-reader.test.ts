import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticle, type Article, type Item } from '../src/article.js';
import { scrubItems } from '../src/pipeline.js';
import ndjson from '../src/readers/ndjson.js';
import { ensureBuilt, feedscrub, tempDirs } from './helpers/cli.js';
import { unaccountedRecords } from './helpers/records.js';

const lines = (...records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
const articles = (items: Item[]) => items.filter(isArticle);

describe('records', () => {
  it('reads the usual keys, markup as HTML, text as a dump, and points every removal at the record line', () => {
    const input = lines(
      { title: 'Ferry', html: '<p>The ferry runs hourly from May onwards.</p><p>Share this:</p><ul><li>Twitter</li></ul>', author: 'Ilse Varga', date: '2023-04-02', link: 'https://example.org/f' },
      '',
      { body: 'Library Opens Late\n\nThe library opens late on Thursdays.\n\nRead More', published: 'April 3, 2023', id: 7 },
    );
    const items = scrubItems(input);
    const [ferry, library] = articles(items);
    expect(ferry).toMatchObject({ title: 'Ferry', author: 'Ilse Varga', published: '2023-04-02', url: 'https://example.org/f', text: 'The ferry runs hourly from May onwards.' });
    expect(ferry?.removed.map((r) => r.line)).toEqual([1, 1]);
    expect(library).toMatchObject({ title: 'Library Opens Late', published: '2023-04-03', text: 'The library opens late on Thursdays.', extra: { id: 7 } });
    expect(library?.removed).toEqual([
      { rule: 'title', line: 3, text: 'Library Opens Late' },
      { rule: 'read-more', line: 3, text: 'Read More' },
    ]);
    expect(unaccountedRecords(input, items, {})).toEqual([]);
  });

  it('takes other keys through fields, before the usual ones', () => {
    const input = lines({ headline: 'Pool Closes', story: 'The pool closes for repairs.', content: 'Not this one.', by: 'Ruth Okafor', when: '2023-09-18', href: 'https://example.org/p' });
    const [a] = articles(scrubItems(input, { fields: { title: 'headline', content: 'story', author: 'by', date: 'when', url: 'href' } }));
    expect(a).toMatchObject({ title: 'Pool Closes', text: 'The pool closes for repairs.', author: 'Ruth Okafor', published: '2023-09-18', url: 'https://example.org/p', extra: {} });
  });

  it('reads the keys of NewsAPI, JSON Feed and schema.org exports without --field', () => {
    const input = lines(
      { headline: 'Pool Closes', articleBody: 'The pool closes for repairs.', byline: 'Ruth Okafor', datePublished: '2023-09-18T10:00:00Z' },
      { title: 'Dam Opens', description: 'A summary.', content: 'The dam opens on Monday.', publishedAt: '2023-09-19T08:30:00Z', source: { id: null, name: 'River Post' } },
      { title: 'Bridge Shut', content_html: '<p>The bridge is shut.</p>', date_published: '2023-09-20' },
    );
    const [pool, dam, bridge] = articles(scrubItems(input));
    expect(pool).toMatchObject({ title: 'Pool Closes', text: 'The pool closes for repairs.', author: 'Ruth Okafor', published: expect.stringMatching(/^2023-09-18T10:00:00(?:Z|\+00:00)$/) });
    expect(dam).toMatchObject({ title: 'Dam Opens', text: 'The dam opens on Monday.', published: expect.stringMatching(/^2023-09-19T08:30:00(?:Z|\+00:00)$/) });
    expect(bridge).toMatchObject({ title: 'Bridge Shut', text: 'The bridge is shut.', published: '2023-09-20' });
  });

  it('takes the Article\'s own names in fields (text, published), and says once which keys a record has when none is known', () => {
    const [a] = articles(scrubItems(lines({ hl: 'Pool Closes', story: 'The pool closes.', pub: '2023-09-18' }), { fields: { title: 'hl', text: 'story', published: 'pub' } }));
    expect(a).toMatchObject({ title: 'Pool Closes', text: 'The pool closes.', published: '2023-09-18' });
    const [b] = articles(scrubItems(lines({ hl: 'Pool Closes', story: 'The pool closes.' })));
    expect(b?.notes).toEqual([{ rule: 'read', line: 1, message: expect.stringContaining('their keys (hl, story)') }]);
    expect(b?.notes[0]?.message).toContain('--field text=<key>');
  });

  it('says that a record read for its title alone has no text, naming the keys it has', () => {
    const [a] = articles(scrubItems(lines({ title: 'Pool Closes', author: 'Ruth Okafor', story_md: 'The pool closes.' })));
    expect(a).toMatchObject({ title: 'Pool Closes', author: 'Ruth Okafor', text: '' });
    expect(a?.notes).toEqual([{ rule: 'read', line: 1, message: expect.stringContaining('title and no text: none of its keys (title, author, story_md)') }]);
  });

  it('reports a line that is not JSON or not an object in its place, and goes on', () => {
    const items = scrubItems(lines({ title: 'One', content: 'First.' }, '{"title": "Two", "content": ', '', '[1, 2]', 'null', { title: 'Three', content: 'Third.' }), { from: 'ndjson' });
    expect(items.map((i) => (isArticle(i) ? i.title : `${i.line}: ${i.error}`))).toEqual([
      'One',
      expect.stringMatching(/^2: not valid JSON: /),
      '4: not a JSON object but an array',
      '5: not a JSON object but null',
      'Three',
    ]);
    expect(items.map((i) => i.source.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts lines as the rest of the tool does, U+2028 in a string included', () => {
    const [, second] = scrubItems(lines({ title: 'A', content: 'one\u2028two' }, '{broken'), { from: 'ndjson' });
    expect(second).toMatchObject({ line: 3 });
  });
});

describe('sniff', () => {
  it.each([
    ['{"title": "a"}\n{"title": "b"}\n', true],
    ['\n{"title": "only one"}', true],
    ['{"title": "a"}\nnot json\n', false],
    ['{\n  "title": "pretty-printed"\n}\n', false],
    ['[{"title": "a"}]', false],
    [`{"title": "a"}\n{"title": "cut short by the sample ${'x'.repeat(4096)}`.slice(0, 4096), true],
    [`{"title": "a long first record cut short ${'x'.repeat(4096)}`.slice(0, 4096), true],
    ['{"', false],
    ['{}', false],
    [`{"title": "a"}\n{"title": "cut sho`, false],
    ['Plain text dump\n\nBody.', false],
  ])('%j -> %s', (text, expected) => {
    expect(ndjson.sniff(text)).toBe(expected);
  });
});

describe('feedscrub records.ndjson --to ndjson', () => {
  const tmp = tempDirs('feedscrub-ndjson-');
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = await tmp.make();
    const input = lines({ title: 'One', content: 'The first record has a body.' }, '{"title": "Two", "content": "cut', { title: 'Three', content: 'The third record has a body.' });
    await writeFile(path.join(dir, 'records.ndjson'), `${input}\n`);
  });
  afterAll(() => tmp.cleanup());

  it('writes one line per record in order, the broken one as an error, and exits 1', () => {
    const r = feedscrub(['records.ndjson', '--to', 'ndjson'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^feedscrub: records\.ndjson:2: not valid JSON: .+\n$/);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Article | { error: string; line: number; source: object });
    expect(out).toHaveLength(3);
    expect(out.map((o) => ('error' in o ? `error at ${o.line}` : o.title))).toEqual(['One', 'error at 2', 'Three']);
    expect(out[1]).toEqual({ error: expect.stringMatching(/^not valid JSON/), line: 2, source: { path: 'records.ndjson', format: 'ndjson', index: 1 } });
  });

  it('records with unknown keys: one warning naming them, and the same exit code for every output format', async () => {
    await writeFile(path.join(dir, 'unknown.ndjson'), `${lines({ hl: 'A', story: 'One.' }, { hl: 'B', story: 'Two.' })}\n`);
    for (const to of ['ndjson', 'json', 'md', 'text']) {
      const r = feedscrub(['unknown.ndjson', '--to', to], { cwd: dir });
      expect({ to, status: r.status }).toEqual({ to, status: 1 });
      expect(r.stderr.match(/their keys \(hl, story\)/g)).toHaveLength(1);
      expect(r.stderr).not.toContain('empty input');
    }
    const named = feedscrub(['unknown.ndjson', '--to', 'ndjson', '--field', 'title=hl', '--field', 'text=story'], { cwd: dir });
    expect(named).toMatchObject({ status: 0, stderr: '' });
  });
});
