import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, createNamer, type NameParts } from '../src/cli/names.js';

/**
 * Output names for `-o <dir>`: titles and file names come from scraped content, so every name must
 * be writable on every OS and stay inside the output folder whatever the input says.
 */
const numRuns = Number(process.env.FC_RUNS ?? '') || 500;
const CAP = 100;

const parts = (relative: string, more: Partial<NameParts> = {}): NameParts => ({
  relative, index: 1, count: 1, title: null, published: null, site: null, ...more,
});
/** The names one run gives, in call order. */
async function run(template: string | null, inputs: NameParts[], extension = 'md'): Promise<string[]> {
  const name = await createNamer({ template, extension });
  return inputs.map(name);
}
const one = async (template: string | null, input: NameParts) => (await run(template, [input]))[0];
const stdin = (title: string | null) => parts('', { title });

describe('default: mirror the input path', () => {
  it('keeps the folders and the name, with the output extension', async () => {
    expect(await run(null, [parts('a/b/post.txt'), parts('page.html'), parts('x.tar.gz')])).toEqual(['a/b/post.md', 'page.md', 'x.tar.md']);
    expect(await run(null, [parts('feed.xml')], 'json')).toEqual(['feed.json']);
  });

  it('numbers several articles from one input, padded to the width of the count so they sort', async () => {
    const twelve = Array.from({ length: 12 }, (_, i) => parts('dumps/feed.xml', { index: i + 1, count: 12 }));
    const names = await run(null, twelve);
    expect(names.slice(0, 2)).toEqual(['dumps/feed-01.md', 'dumps/feed-02.md']);
    expect(names[11]).toBe('dumps/feed-12.md');
    expect([...names].sort()).toEqual(names);
  });

  it('names stdin articles by a slug of the title, then "article"', async () => {
    expect(await run(null, [stdin('Hello, World!'), stdin(null), stdin('😀'), stdin('Hello world')])).toEqual([
      'hello-world.md', 'article.md', 'article-2.md', 'hello-world-2.md',
    ]);
  });
});

describe('templates', () => {
  const post = parts('news/2021/iraq.txt', { title: 'Iraqi PM Goes To NATO HQ', published: '2021-07-02T02:45:00', site: 'DeepPol News', index: 3, count: 12 });

  it('fills every placeholder', async () => {
    expect(await one('{stem}', post)).toBe('iraq.md');
    expect(await one('{dir}/{stem}', post)).toBe('news/2021/iraq.md');
    expect(await one('{slug}', post)).toBe('iraqi-pm-goes-to-nato-hq.md');
    expect(await one('{date}', post)).toBe('2021-07-02.md');
    expect(await one('{site}', post)).toBe('deeppol-news.md');
    expect(await one('{index}', post)).toBe('03.md');
    expect(await one('{stem}-{ext}', post)).toBe('iraq-md.md');
    expect(await one('{site}/{date}-{slug}', post)).toBe('deeppol-news/2021-07-02-iraqi-pm-goes-to-nato-hq.md');
  });

  it('splits words only where the text does: a camel-cased name stays one word', async () => {
    expect(await one('{site}', parts('a.txt', { site: 'ZeroHedge' }))).toBe('zerohedge.md');
    expect(await one('{slug}', parts('a.txt', { title: 'iPhone Sales Fall at McDonald’s' }))).toBe('iphone-sales-fall-at-mcdonalds.md');
  });

  it('appends the extension unless the template ends with .{ext}', async () => {
    expect(await one('{stem}.{ext}', post)).toBe('iraq.md');
    expect(await one('{stem}.txt', post)).toBe('iraq.txt.md');
    expect(await run('{stem}.{ext}', [post, post])).toEqual(['iraq.md', 'iraq-2.md']);
  });

  it('falls back when a value is missing', async () => {
    const bare = parts('');
    expect(await one('{stem}', bare)).toBe('stdin.md');
    expect(await one('{dir}/{stem}', parts('top.txt'))).toBe('top.md');
    expect(await one('{dir}', parts('top.txt', { title: 'Top story' }))).toBe('top-story.md');
    expect(await one('{dir}', parts('', { title: '😀' }))).toBe('article.md');
    expect(await one('{slug}', parts('Notes From Kyiv.txt', { title: '🔥🔥' }))).toBe('notes-from-kyiv.md');
    expect(await one('{slug}', parts('日本.txt', { title: '日本語' }))).toBe('article.md');
    expect(await one('{date}-{site}', bare)).toBe('undated-unknown-site.md');
    expect(await one('{site}', parts('', { site: '★★★' }))).toBe('unknown-site.md');
    expect(await one('{index}', bare)).toBe('1.md');
  });

  it('takes the date as written, whatever the offset', async () => {
    expect(await one('{date}', parts('', { published: '2021-07-02' }))).toBe('2021-07-02.md');
    expect(await one('{date}', parts('', { published: '2021-07-02T23:30:00-05:00' }))).toBe('2021-07-02.md');
    expect(await one('{date}', parts('', { published: 'yesterday' }))).toBe('undated.md');
  });

  it('explains what is wrong with a bad template', () => {
    expect(checkTemplate('{site}/{date}-{slug}')).toBeNull();
    expect(checkTemplate('{slug')).toBe('template "{slug": unbalanced "{" at character 1');
    expect(checkTemplate('slug}')).toBe('template "slug}": unbalanced "}" at character 5');
    expect(checkTemplate('{{slug}}')).toContain('unbalanced "{"');
    expect(checkTemplate('{title}')).toBe('template "{title}": unknown placeholder {title}; use {stem}, {dir}, {slug}, {date}, {site}, {index}, {ext}');
    expect(checkTemplate('{}')).toContain('unknown placeholder {}');
    for (const absolute of ['/srv/{slug}', '\\\\server\\{slug}', 'C:/posts/{slug}', 'c:{slug}']) {
      expect(checkTemplate(absolute)).toContain('an absolute path or a drive');
    }
    expect(checkTemplate('../{slug}')).toBe('template "../{slug}": ".." as a folder; names must stay inside the output folder');
    expect(checkTemplate('{site}/../../{slug}')).toContain('".." as a folder');
    expect(checkTemplate('./{slug}')).toContain('"." as a folder');
    expect(checkTemplate('{site}//{slug}')).toContain('an empty folder name');
    expect(checkTemplate('{slug}/')).toContain('an empty folder name');
    expect(checkTemplate('{site}\\{slug}')).toContain('use "/"');
    expect(checkTemplate('{date}?{slug}')).toBe('template "{date}?{slug}": "?" cannot be part of a file name');
    expect(checkTemplate('')).toBe('template "": it is empty');
  });

  it('refuses to name anything with a bad template', async () => {
    await expect(createNamer({ template: '../{slug}', extension: 'md' })).rejects.toThrow('".." as a folder');
  });
});

describe('collisions', () => {
  it('number repeats in call order with -2, -3 before the extension', async () => {
    const same = stdin('Same title');
    expect(await run(null, [same, same, same])).toEqual(['same-title.md', 'same-title-2.md', 'same-title-3.md']);
  });

  it('count names that differ only in case or normalisation as the same', async () => {
    expect(await run(null, [parts('Post.txt'), parts('post.md'), parts('POST.html')])).toEqual(['Post.md', 'post-2.md', 'POST-3.md']);
    expect(await run(null, [parts('caf\u00e9.txt'), parts('cafe\u0301.txt')])).toEqual(['caf\u00e9.md', 'cafe\u0301-2.md']);
  });

  it('put files of folders differing only in case into the first spelling', async () => {
    expect(await run(null, [parts('News/a.txt'), parts('news/a.txt'), parts('NEWS/b.txt')])).toEqual(['News/a.md', 'News/a-2.md', 'News/b.md']);
  });

  it('never make a folder where a file is, or a file where a folder is', async () => {
    expect(await run(null, [parts('x.txt'), parts('x.md/y.txt'), parts('x.md/z.txt')])).toEqual(['x.md', 'x.md-2/y.md', 'x.md-2/z.md']);
    expect(await run('{dir}/{stem}.{ext}', [parts('x.md/y.txt'), parts('x.txt')])).toEqual(['x.md/y.md', 'x-2.md']);
  });

  it('keep a numbered name within the cap', async () => {
    const long = parts(`${'a'.repeat(150)}.txt`);
    const [first, second] = await run(null, [long, long]);
    expect(first).toBe(`${'a'.repeat(CAP)}.md`);
    expect(second).toBe(`${'a'.repeat(CAP - 2)}-2.md`);
  });

  it('start afresh for each namer', async () => {
    expect(await run(null, [stdin('x')])).toEqual(await run(null, [stdin('x')]));
  });
});

describe('hostile input', () => {
  it('makes a slug of a path in a title, never a path', async () => {
    expect(await one(null, stdin('../../etc/passwd'))).toBe('etc-passwd.md');
    expect(await one('{slug}', stdin('..\\..\\Windows\\System32'))).toBe('windows-system32.md');
  });

  it('keeps a relative path inside the output folder', async () => {
    expect(await one(null, parts('../../etc/passwd'))).toBe('etc/passwd.md');
    expect(await one('{dir}/{stem}', parts('/a/./../b/c.txt'))).toBe('a/b/c.md');
    expect(await one(null, parts('C:/Windows/x.txt'))).toBe('C/Windows/x.md');
  });

  it('suffixes Windows device names, with or without an extension', async () => {
    expect(await run(null, [stdin('CON'), stdin('nul'), stdin('con.md')])).toEqual(['con-article.md', 'nul-article.md', 'con-md.md']);
    expect(await run(null, [parts('con.md'), parts('LPT1.txt'), parts('aux/com9.tar.gz'), parts('COM\u00b2.txt'), parts('prn .txt')])).toEqual([
      'con-article.md', 'LPT1-article.md', 'aux-article/com9-article.tar.md', 'COM\u00b2-article.md', 'prn-article.md',
    ]);
    expect(await one('{stem}/x', parts('CONIN$.txt'))).toBe('CONIN$-article/x.md');
  });

  it('caps 1,000-character titles and names, on a code-point boundary', async () => {
    const slug = await one(null, stdin('word '.repeat(200)));
    expect(slug).toMatch(/^(word-)+word\.md$/);
    expect(slug!.length - 3).toBeLessThanOrEqual(CAP);
    const emoji = await one(null, parts(`${'x'}${'😀'.repeat(500)}.txt`));
    expect(emoji!.length - 3).toBeLessThanOrEqual(CAP);
    expect(emoji).not.toMatch(/\p{Cs}/u);
    const cjk = await one(null, parts(`${'日'.repeat(1000)}.txt`));
    expect(Buffer.byteLength(cjk!)).toBeLessThan(255);
  });

  it('falls back when a title is only emoji or dots', async () => {
    expect(await run(null, [stdin('😀🎉👍'), stdin('....'), stdin('. . .')])).toEqual(['article.md', 'article-2.md', 'article-3.md']);
    expect(await one('{slug}', parts('backup.txt', { title: '🎉' }))).toBe('backup.md');
    expect(await run(null, [parts('.../x.txt'), parts('...txt', { title: 'Dots' }), parts('./y.txt')])).toEqual(['x.md', 'dots.md', 'y.md']);
  });

  it('replaces control and Windows-forbidden characters, and trailing dots and spaces', async () => {
    expect(await one(null, stdin('a\u0000b\u0007c\nd'))).toBe('a-b-c-d.md');
    expect(await one(null, parts('we\u0001ird\u007f.txt'))).toBe('we-ird.md');
    expect(await one(null, parts('a<b>c:d"e|f?g*h\\i.txt'))).toBe('a-b-c-d-e-f-g-h-i.md');
    expect(await one(null, parts('\u0000lead.txt'))).toBe('lead.md');
    expect(await one(null, parts('dots. . ./name... .txt'))).toBe('dots/name.md');
  });

  it('keeps right-to-left and combining text, but not bidi overrides', async () => {
    expect(await one(null, parts('أخبار/مرحبا.txt'))).toBe('أخبار/مرحبا.md');
    expect(await one(null, parts('e\u0301te\u0301.txt'))).toBe('e\u0301te\u0301.md');
    expect(await one(null, parts('invoice\u202Efdp.exe.txt'))).toBe('invoice-fdp.exe.md');
    expect(await one(null, stdin('مرحبا بالعالم'))).toBe('mrhba-balealm.md');
  });
});

describe('property: any input gives a safe, unique name inside the output folder', () => {
  const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)\s*$/i;
  const FORBIDDEN = /[\u0000-\u001f\u007f<>:"\\|?*\p{Cs}]/u;
  const hostile = fc.constantFrom(
    '.', '..', '/', '\\', ' ', '-', 'con', 'CON', 'nul', 'com1', ':', '*', '\u0000', '\u001f', '\u202e', '\ud800', '\udc00',
    '😀', 'é', 'e\u0301', 'ß', 'SS', 'K', 'k', 'ﬁ', '日本', 'a', 'A', 'x'.repeat(60),
  );
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.array(hostile, { maxLength: 30 }).map((a) => a.join('')),
  );
  const input = fc.record({
    relative: text, title: fc.option(text), site: fc.option(text), published: fc.option(fc.constantFrom('2021-07-02', '2021-07-02T02:45:00Z', 'x')),
    count: fc.integer({ min: 1, max: 120 }),
  }).chain((p) => fc.integer({ min: 1, max: p.count }).map((index): NameParts => ({ ...p, index })));
  const template = fc.constantFrom(null, '{slug}', '{site}/{date}-{slug}', '{dir}/{stem}-{index}.{ext}', '{stem}', 'x/{dir}/{site}{index}', '{dir}');
  const fold = (s: string) => s.normalize('NFKD').toUpperCase().toLowerCase().normalize('NFKD');
  const out = path.resolve('out');

  it('holds for arbitrary titles, sites and relative paths', async () => {
    await fc.assert(
      fc.asyncProperty(template, fc.array(input, { minLength: 1, maxLength: 8 }), async (tpl, inputs) => {
        const names = await run(tpl, inputs);
        for (const name of names) {
          expect(path.posix.isAbsolute(name) || path.win32.isAbsolute(name)).toBe(false);
          const segments = name.split('/');
          segments.forEach((segment, i) => {
            expect(segment).not.toMatch(/^\.*$/);
            expect(segment).not.toMatch(FORBIDDEN);
            expect(segment).not.toMatch(/[\s.]$/u);
            expect(segment.split('.')[0]).not.toMatch(RESERVED);
            const base = i === segments.length - 1 ? segment.slice(0, -'.md'.length) : segment;
            expect(base.length).toBeLessThanOrEqual(CAP);
            expect(Buffer.byteLength(segment)).toBeLessThan(255);
          });
          expect(path.resolve(out, name).startsWith(out + path.sep)).toBe(true);
          expect(path.win32.resolve('C:\\out', name).startsWith('C:\\out\\')).toBe(true);
        }
        const files = names.map(fold);
        expect(new Set(files).size).toBe(names.length);
        const folders = new Set(names.flatMap((n) => n.split('/').slice(0, -1).map((_, i, a) => fold(a.slice(0, i + 1).join('/')))));
        expect(files.filter((f) => folders.has(f))).toEqual([]);
      }),
      { numRuns },
    );
  }, 120_000);
});
