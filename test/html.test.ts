import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, scrub, type Article } from '../src/index.js';
import reader from '../src/readers/html.js';
import { htmlDoc } from '../src/readers/html-doc.js';
import { domRules } from '../src/rules/dom/index.js';
import type { ReaderName } from '../src/readers/index.js';
import { distIndex, ensureBuilt } from './helpers/cli.js';
import { fixturesDir, unaccounted } from './helpers/fixtures.js';

/**
 * The html reader's contract with its callers (the feed and NDJSON readers embed bodies with
 * htmlDoc()) and with --from auto; the golden fixtures cover what it makes of real bodies.
 */
describe('sniff', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>'],
    ['an <html> element after a BOM and a comment', '\uFEFF<!-- saved from url=(0014)about:internet -->\n<html lang="en">'],
    ['a post body of block markup', '<p>One paragraph.</p>\n<p>Another one.</p>\n<ul><li>an item</li></ul>\n<p>More'],
  ])('claims %s', (_, text) => {
    expect(reader.sniff(text)).toBe(true);
  });
  it.each([
    ['plain text', 'A Title\n\nA paragraph that mentions <p> tags.'],
    ['a README that opens with centred markup', '<p align="center"><img src="logo.png"></p>\n\n# Project\n\nSome text.\n\n## Usage\n'],
    ['text that merely starts with a tag', '<p>A note\nthat goes on\nfor several\nlines of plain\ntext without\nmarkup\n'],
  ])('leaves %s alone', (_, text) => {
    expect(reader.sniff(text)).toBe(false);
  });
});

describe('htmlDoc', () => {
  it('numbers lines from firstLine, one line per block and per <br>', () => {
    const doc = htmlDoc('<p>First paragraph.</p>\n<p>Second<br>\nthird.</p>', { firstLine: 40 });
    expect(doc.lines.filter((l) => l.text).map((l) => [l.n, l.text])).toEqual([
      [40, 'First paragraph.'],
      [41, 'Second'],
      [42, 'third.'],
    ]);
    expect(doc.lines[2]?.html).toBe('<p>Second<br />\nthird.</p>');
  });

  it('makes links and images absolute against baseUrl', () => {
    const doc = htmlDoc('<p><a href="../b/">b</a> <img src="i.png" alt="i"></p>', { baseUrl: 'https://example.org/a/post/' });
    expect(doc.lines[0]?.html).toBe('<p><a href="https://example.org/a/b/">b</a> <img alt="i" src="https://example.org/a/post/i.png" /></p>');
  });

  it('reads a body as a body when told it is not a page', () => {
    const doc = htmlDoc('<html><head><title>T</title></head><body><p>Text.</p></body></html>', { page: false });
    expect(doc.candidates).toEqual([]);
    expect(doc.removed).toEqual([]);
  });

  it('on a whole page, keeps a picture standing alone in the markup but not its alt text in the text', () => {
    const story = '<p>The ferry to the island runs twice a day again since the harbour reopened in the spring.</p>';
    const picture = '<p><img src="https://example.org/boat.jpg" alt="A blue ferry leaving the pier at dawn"></p>';
    const [page] = scrub(`<html><head><title>Ferry</title></head><body><article>${story}${picture}${story}</article></body></html>`, { from: 'html' });
    expect(page?.text).not.toContain('A blue ferry');
    expect(page?.html).toContain('<img alt="A blue ferry leaving the pier at dawn" src="https://example.org/boat.jpg" />');
    expect(page?.removed).toContainEqual(expect.objectContaining({ rule: 'image-alt', text: 'A blue ferry leaving the pier at dawn' }));
    // A feed item's picture keeps its alt text as text: it is often all the item says about it.
    const [item] = scrub(`${story}${picture}`, { from: 'html' });
    expect(item?.text).toContain('A blue ferry leaving the pier at dawn');
    // A picture inside a paragraph of text stays in that paragraph's markup.
    const [inline] = scrub(`<html><body><article>${story}<p>A ferry <img src="x.png" alt="icon"> sails.</p></article></body></html>`, { from: 'html' });
    expect(inline?.text).toContain('A ferry sails.');
    expect(inline?.html).toContain('<img alt="icon"');
  });

  it('keeps no script, handler or script URL in the markup', () => {
    const html = htmlDoc('<p onclick="x()">A <a href=" jav&#x09;ascript:alert(1)">b</a> <img src="data:text/html,x" onerror="y()" alt="c"><script>z()</script></p>').lines[0]?.html;
    expect(html).toBe('<p>A <a>b</a> <img alt="c" /></p>');
  });
});

describe('disable', () => {
  // Each reader that parses markup must pass the ids on: an HTML body, a feed item's body and an
  // NDJSON record's markup all carry the same DOM-rule removal.
  const body = '<p>A paragraph long enough to be the article body here.</p><div class="sharedaddy"><p>Keep this widget text</p></div>';
  const inputs: [ReaderName, string][] = [
    ['html', body],
    ['feed', `<rss version="2.0"><channel><title>S</title><item><title>T</title><description>${body.replace(/</g, '&lt;')}</description></item></channel></rss>`],
    ['ndjson', JSON.stringify({ title: 'T', content: body })],
  ];
  it.each(inputs)('reaches the DOM rules from the %s reader', (from, input) => {
    const [on] = scrub(input, { from });
    const [off] = scrub(input, { from, disable: ['jetpack-widget'] });
    expect(on?.removed.map((r) => r.rule)).toContain('jetpack-widget');
    expect(on?.text).not.toContain('Keep this widget text');
    expect(off?.removed.map((r) => r.rule)).not.toContain('jetpack-widget');
    expect(off?.text).toContain('Keep this widget text');
  });
  it('htmlDoc runs the built-in DOM rules, or the ones it is handed', () => {
    expect(htmlDoc(body).removed.map((r) => r.rule)).toContain('jetpack-widget');
    const handed = domRules.filter((r) => r.id !== 'jetpack-widget');
    expect(htmlDoc(body, { domRules: handed }).removed.map((r) => r.rule)).not.toContain('jetpack-widget');
  });
});

describe('a body written on one line', () => {
  const input = '<h2>Kettles</h2><p>A kettle boils water for tea, coffee and the hot water bottle, and most homes have one.</p><ul><li>Share this:</li><li>X</li></ul><p>Generated by Feedzy</p>';
  const [article] = scrub(input, { from: 'html' });

  it('keeps the paragraphs apart for the rules, and reports removals at the input line', () => {
    expect(article?.text).toBe('A kettle boils water for tea, coffee and the hot water bottle, and most homes have one.');
    expect(article?.removed.map((r) => [r.line, r.rule])).toEqual([
      [1, 'title'],
      [1, 'jetpack-share'],
      [1, 'jetpack-share'],
      [1, 'feedzy-footer'],
    ]);
  });
});

describe('its own output', () => {
  it('reads an article rendered as HTML back to the same article', async () => {
    const [first] = scrub(readFileSync(path.join(fixturesDir, 'html-whole-page', 'input.html')), { from: 'html' });
    if (!first) throw new Error('no article');
    const [again] = scrub(await render(first, 'html'), { from: 'html' });
    const fields = (a: Article | undefined) => a && { ...a, removed: [], source: null, notes: [] };
    expect(fields(again)).toEqual(fields(first));
  });
});

describe('any markup', () => {
  const pieces = [
    '<p>', '</p>', '<br>', '<br><br>', '\n', ' ', 'Tea and toast.', 'Read More', 'Share this:', 'Generated by Feedzy', '&amp;amp;',
    '&nbsp;', '<h2>', '</h2>', '<ul><li>', '</li><li>', '</li></ul>', '<div class="sharedaddy">', '<div>', '</div>', '<em>', '</em>',
    '<a href="javascript:alert(1)">', '<a href="/x" target="_blank">', '</a>', '<img src="p.gif" width="1" height="1">',
    '<img src="x" onerror="alert(1)" alt="Cup">', '<script>alert(1)</script>', '<style>p{}</style>', '<iframe src="https://v.example/1"></iframe>',
    '<table><tr><td>', '</td><td>', '</td></tr></table>', '<pre>', '</pre>', '<!-- note -->', '<title>T</title>', '<article>', '</article>', '<body>', '<nav>', '</nav>', '<footer>', '</footer>',
    '<aside>', '</aside>', '<h1>', '</h1>', '<p class="byline"><span class="author">Ann</span>', '<main>', '</main>',
  ];
  const markup = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));

  // Inputs on which the accounting itself was once wrong, the cleaner right: an empty link's
  // removal ("a") ate the "a" of "Tea"; a "Read More" cut from a line's end was taken out of its
  // start; text after an empty element, or inside a link, counted from its own line instead of the
  // line its run of text starts on; a removal spanning two text nodes once the element between
  // them went; a removal on a later line of a <p> with blank lines inside.
  const accountingCases = [
    'Tea and toast.Read More<a href="javascript:alert(1)">',
    'Read MoreTea and toast.Read More<p>',
    'Tea and toast.</p>\nRead More',
    'Share this:\n<a href="javascript:alert(1)">Share this:',
    '&amp;amp;Share this:<nav></nav>Share this:',
    '<p>Tea and toast.\n\nShare this:',
  ];

  it('never throws, keeps nothing executable and accounts for every piece of text', () => {
    fc.assert(
      fc.property(markup, (input) => {
        const articles = scrub(input, { from: 'html', path: 'input.html' });
        for (const a of articles) expect(a.html).not.toMatch(/<script|<style|<iframe|\son\w+=|javascript:/i);
        expect(unaccounted(input, articles)).toEqual([]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? '') || 300, examples: accountingCases.map((c) => [c]) },
    );
  });
});

describe('start-up', () => {
  beforeAll(() => ensureBuilt());

  it('loads no HTML dependency for a text input, and loads them for the first HTML one', () => {
    const script = `
      import { scrub } from ${JSON.stringify(pathToFileURL(distIndex).href)};
      import { createRequire } from 'node:module';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => /node_modules.(sanitize-html|htmlparser2|domutils|dom-serializer)./.test(k)).length > 0;
      scrub('A Title\\n\\nSome text.');
      const text = loaded();
      scrub('<p>Some text.</p>', { from: 'html' });
      console.log(JSON.stringify([text, loaded()]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([false, true]);
  });
});
