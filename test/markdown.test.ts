import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { isArticle } from '../src/article.js';
import { scrubItems } from '../src/pipeline.js';
import { markdownBlocks, markdownText, markdownToHtml } from '../src/util/markdown.js';
import { unaccounted } from './helpers/fixtures.js';

/**
 * The md reader's Markdown renderer against markdown-it (html off, as ours: raw HTML is text).
 * Differences on purpose, normalized away here: ours writes no newlines between elements and
 * none at the end of code, escapes "'" as &#39;, and makes each top-level list item a list of its
 * own (so that cleaning can take one item); markdown-it writes XHTML voids (<br />).
 */
const reference = new MarkdownIt({ html: false });

function same(html: string): string {
  return html
    .replace(/\n<\/code>/g, '</code>')
    .replace(/>\n+/g, '>')
    .replace(/\n+</g, '<')
    .replace(/\n/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/ \/>/g, '>');
}

const CASES = [
  'Some **bold**, *em*, _em_ and __strong__ text.',
  'A [link](https://example.com/a?b=1&c=2 "Title") and ![an image](/i.png "t").',
  'snake_case, 2 * 3 * 4, **bold* and *em** x',
  '***both*** and **nested *em* here**, *a **b** c*',
  '`code`, ``co`de`` and ` x `',
  '<https://example.com>, <me@example.com>, <b>raw</b>, &amp; &copy; &nope;',
  '# Heading #\n\nPara one\ncontinues here.\n\n## Sub\nText right after',
  'Title\n=====\n\nSub\n---\n\n---\n\n***',
  '> quoted line\n> more\nlazy\n\n> second',
  '```js\nconst a = 1 < 2;\n\nx();\n```\n\nafter',
  '    indented code\n    more\n\npara',
  '| a | b |\n|:--|--:|\n| 1 | **2** |\n| x | y |',
  'line with hard break\\\nnext line',
  '~~strike~~ and ~single~',
  '[script](javascript:alert(1)) and [ok](</a b>)',
  '\\*not em\\* and \\# not heading and 1\\. no',
  '- item with\n  continuation',
  '- second\n  - nested\n  - nested2',
  'para\n- list interrupts',
  'para\n2. does not interrupt',
  'Ünïcödé **fett** «quotes» and *emph*asis and a*b*c',
  '_foo_bar_ and __init__ and *foo*bar',
  '[link **bold**](http://x.com/a(b)c) and [broken](',
  '> - a\n> - b\n>\n> para',
  '- item\n\n  second para\n\n  ```\n  code\n  ```',
  '![alt *em*](/x.png)',
  '| not | table\nplain',
  '# H1\nPara\n***\nmore',
];

describe('markdownToHtml', () => {
  it.each(CASES)('renders %j as markdown-it does', (source) => {
    expect(same(markdownToHtml(source))).toBe(same(reference.render(source)));
  });

  it('makes each top-level list item a list of its own, numbered where it was', () => {
    expect(markdownToHtml('- a\n- b\n\n3. c\n4. d')).toBe('<ul><li>a</li></ul>\n<ul><li>b</li></ul>\n<ol start="3"><li>c</li></ol>\n<ol start="4"><li>d</li></ol>');
  });

  it('never writes a newline before "<" inside a block (the md renderer splits blocks there)', () => {
    const html = markdownToHtml('```\n<p>code</p>\n<b>x</b>\n```');
    expect(html).toBe('<pre><code>&lt;p&gt;code&lt;/p&gt;\n&lt;b&gt;x&lt;/b&gt;</code></pre>');
    expect(html.split(/\n(?=<)/)).toHaveLength(1);
  });
});

describe('markdownBlocks', () => {
  it('puts every non-blank line in exactly one top-level block, in order', () => {
    const lines = CASES.join('\n\n').split('\n');
    const covered = new Map<number, number>();
    const blocks = markdownBlocks(lines);
    blocks.forEach((b, k) => {
      for (let i = b.start; i < b.end; i++) covered.set(i, (covered.get(i) ?? 0) + 1);
      expect(b.start).toBeGreaterThanOrEqual(blocks[k - 1]?.end ?? 0);
    });
    lines.forEach((l, i) => expect(covered.get(i) ?? 0, `line ${i}: ${l}`).toBe(l.trim() ? 1 : (covered.get(i) ?? 0)));
  });
});

describe('markdownText', () => {
  it('is the text a reader sees', () => {
    expect(markdownText('**Big** [news](https://example.com) about `code` &amp; \\*stars\\*')).toBe('Big news about code & *stars*');
  });
});

describe('on any Markdown-like text', () => {
  const numRuns = Number(process.env.FC_RUNS ?? '') || 500;
  const piece = fc.constantFrom('*', '**', '_', '~~', '`', '[', ']', '(', ')', '<', '>', '#', '- ', '1. ', '> ', '```', '    ', '|', '---', '\\', '&amp;', 'javascript:x', 'word', ' ', '\n', '\n\n');
  const markdown = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(''));
  const TAG = /<\/?([a-z0-9]+)/g;
  const ALLOWED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 's', 'code', 'pre', 'a', 'img', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

  it('renders only its own elements, never a script URL, and the md reader accounts for every line', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const html = markdownToHtml(source);
        for (const m of html.matchAll(TAG)) expect(ALLOWED.has(m[1] ?? '')).toBe(true);
        expect(html).not.toMatch(/href="javascript:/i);
        const items = scrubItems(source, { from: 'md' });
        expect(unaccounted(source, items.filter(isArticle))).toEqual([]);
      }),
      { numRuns },
    );
  });
});
