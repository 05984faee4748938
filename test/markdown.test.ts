import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArticle } from '../src/article.js';
import { scrubItems } from '../src/pipeline.js';
import { markdownBlocks, markdownText, markdownToHtml } from '../src/markdown/blocks.js';
import { unaccounted } from './helpers/fixtures.js';

/**
 * The md reader's use of markdown-it: blocks and their line ranges, markup that splits back into
 * its blocks, and rendering that stays safe (its markup reaches the html output as is).
 */
const CASES = [
  'Some **bold**, *em*, _em_ and __strong__ text.',
  'A [link](https://example.com/a?b=1&c=2 "Title") and ![an image](/i.png "t").',
  '<https://example.com>, <me@example.com>, <b>raw</b>, &amp; &copy; &nope;',
  '# Heading #\n\nPara one\ncontinues here.\n\n## Sub\nText right after',
  'Title\n=====\n\nSub\n---\n\n---\n\n***',
  '> quoted line\n> more\nlazy\n\n> second',
  '```js\nconst a = 1 < 2;\n\nx();\n```\n\nafter',
  '    indented code\n    more\n\npara',
  '| a | b |\n|:--|--:|\n| 1 | **2** |\n| x | y |',
  'line with hard break\\\nnext line',
  '[script](javascript:alert(1)) and [ok](</a b>)',
  '- item with\n  continuation',
  '- second\n  - nested\n  - nested2',
  'para\n- list interrupts',
  'para\n2. does not interrupt',
  '> - a\n> - b\n>\n> para',
  '- item\n\n  second para\n\n  ```\n  code\n  ```',
  '| not | table\nplain',
  '# H1\nPara\n***\nmore',
  '[ref]: https://example.com\n\n[a link][ref]',
];

describe('markdownToHtml', () => {
  it('makes each top-level list item a list of its own, numbered where it was', () => {
    expect(markdownToHtml('- a\n- b\n\n3. c\n4. d')).toBe('<ul><li>a</li></ul>\n<ul><li>b</li></ul>\n<ol start="3"><li>c</li></ol>\n<ol start="4"><li>d</li></ol>');
  });

  it('keeps a list loose or tight as a whole, nested lists whole', () => {
    expect(markdownToHtml('- a\n\n- b')).toBe('<ul><li><p>a</p></li></ul>\n<ul><li><p>b</p></li></ul>');
    expect(markdownToHtml('- second\n  - nested\n  - nested2')).toBe('<ul><li>second<ul><li>nested</li><li>nested2</li></ul></li></ul>');
  });

  it('never writes a newline before "<" inside a block (the md renderer splits blocks there)', () => {
    const html = markdownToHtml('```\n<p>code</p>\n<b>x</b>\n```');
    expect(html).toBe('<pre><code>&lt;p&gt;code&lt;/p&gt;\n&lt;b&gt;x&lt;/b&gt;</code></pre>');
    for (const source of CASES) {
      const blocks = markdownBlocks(source.split('\n'));
      expect(markdownToHtml(source).split(/\n(?=<)/)).toEqual(blocks.map((b) => b.html));
    }
  });

  it('renders a soft break as the space the cleaner joins lines with, a hard break as <br>', () => {
    expect(markdownToHtml('one\n**two**')).toBe('<p>one <strong>two</strong></p>');
    expect(markdownToHtml('one\\\n**two**')).toBe('<p>one<br><strong>two</strong></p>');
  });

  it('leaves raw HTML as text and script URLs unlinked', () => {
    expect(markdownToHtml('<script>alert(1)</script>\n\n<b onclick="x()">raw</b>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>&lt;b onclick=&quot;x()&quot;&gt;raw&lt;/b&gt;</p>',
    );
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'vbscript:x', 'file:///etc/passwd', 'data:text/html,x']) {
      expect(markdownToHtml(`[a](${url}) ![b](${url}) <${url}>`)).not.toMatch(/(?:href|src)=/);
    }
    expect(markdownToHtml('![ok](data:image/png;base64,AAAA)')).toBe('<p><img src="data:image/png;base64,AAAA" alt="ok"></p>');
  });

  it('keeps reference-style links as text, so that no line renders to nothing', () => {
    expect(markdownToHtml('[ref]: https://example.com\n\n[a link][ref]')).toBe('<p>[ref]: https://example.com</p>\n<p>[a link][ref]</p>');
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
  const piece = fc.constantFrom('*', '**', '_', '~~', '`', '[', ']', '(', ')', '<', '>', '#', '- ', '1. ', '> ', '```', '    ', '|', '---', '\\', '&amp;', 'javascript:x', ']: ', 'word', ' ', '\n', '\n\n');
  const markdown = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(''));
  const TAG = /<\/?([a-z0-9]+)/g;
  const ALLOWED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 's', 'code', 'pre', 'a', 'img', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

  it('renders only its own elements, never a script URL, one block a line, and the md reader accounts for every line', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const html = markdownToHtml(source);
        expect(html ? html.split(/\n(?=<)/).length : 0).toBe(markdownBlocks(source.split('\n')).length);
        for (const m of html.matchAll(TAG)) expect(ALLOWED.has(m[1] ?? '')).toBe(true);
        expect(html).not.toMatch(/href="javascript:/i);
        const items = scrubItems(source, { from: 'md' });
        expect(unaccounted(source, items.filter(isArticle))).toEqual([]);
      }),
      { numRuns },
    );
  });
});

describe('htmlToMarkdownPieces', () => {
  // Bodies as the HTML reader writes them (blocks a line apart), made of what turndown trims,
  // escapes or reads across a cut: spaces and no-break spaces at the edges, character references,
  // inline elements, Markdown syntax at line starts, lists and code between paragraphs.
  const text = fc.constantFrom('word', 'two words', ' lead', 'trail ', '\u00a0nb', 'nb\u00a0', '&amp;', '&lt;b&gt;', '1. item', '- dash', '# hash', '*star*', '_u_', 'end.', '\n', '  ');
  const inline = fc.oneof(
    text,
    text.map((t) => `<strong>${t}</strong>`),
    text.map((t) => `<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" title="x > y">${t}</a>`),
    fc.constant('<br />'),
    fc.constant('<br />\n'),
    fc.constant('<img src="https://example.com/i.png" alt="an image" />'),
  );
  const paragraph = fc.array(inline, { minLength: 1, maxLength: 12 }).map((parts) => `<p>${parts.join('')}</p>`);
  const block = fc.oneof(
    { weight: 6, arbitrary: paragraph },
    { weight: 1, arbitrary: fc.constant('<ul><li>one</li><li>two<br />three</li></ul>') },
    { weight: 1, arbitrary: fc.constant('<pre><code>a<br />  b</code></pre>') },
    { weight: 1, arbitrary: fc.constant('<h2>Section</h2>') },
    { weight: 1, arbitrary: fc.constant('<blockquote><p>quoted<br />line</p></blockquote>') },
  );

  it('gives what turndown gives for the whole body, cut every few characters', async () => {
    const { htmlToMarkdown, htmlToMarkdownPieces } = await import('../src/markdown/from-html.js');
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom(1, 4, 16), (blocks, size) => {
        const html = blocks.join('\n');
        expect([...htmlToMarkdownPieces(html, size)].join('')).toBe(htmlToMarkdown(html).trim());
      }),
      { numRuns: Number(process.env.FC_RUNS ?? '') || 500 },
    );
  });

  it('cuts a paragraph of many lines at its breaks', async () => {
    const { htmlToMarkdown, htmlToMarkdownPieces } = await import('../src/markdown/from-html.js');
    const html = `<p>${Array.from({ length: 400 }, (_, i) => `Line ${i} of the long paragraph`).join('<br />\n')}</p>`;
    const pieces = [...htmlToMarkdownPieces(html, 1000)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(htmlToMarkdown(html).trim());
  });
});

describe('blockByBlock', () => {
  // Plain paragraphs are written without turndown: what they give must be what turndown gives,
  // whatever their text holds (Markdown syntax, references, spaces of every kind, controls the
  // parser rewrites, lone surrogates), and with the blocks around them.
  const piece = fc.constantFrom('word', ' ', '  ', '\t', '\n', '\r', '\r\n', '\f', '\u0000', '\u00a0', '\u2003', '*', '_', '`', '[x]', '\\', '# ', '1. ', '- ', '+ ', '> ', '=', '~~~', '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', '&copy', ';', '<', '>', 'é', '😀', '\ud800', '’');
  const plainText = fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(''));

  it('writes a plain paragraph as turndown does', async () => {
    const { htmlToMarkdown, plainParagraph } = await import('../src/markdown/from-html.js');
    expect(plainParagraph('<p>Plain words, and *some* [syntax] &amp; more.</p>')).not.toBeNull();
    fc.assert(
      fc.property(plainText, (t) => {
        const html = `<p>${t}</p>`;
        const fast = plainParagraph(html);
        if (fast !== null) expect(fast).toBe(htmlToMarkdown(html).trim());
      }),
      { numRuns: Number(process.env.FC_RUNS ?? '') || 1000 },
    );
  });

  it('gives what turndown gives for a no-break space closing a stretch, and for characters the parser drops', async () => {
    const { htmlToMarkdown, blockByBlock } = await import('../src/markdown/from-html.js');
    for (const html of [
      '<p>word&nbsp;\u0000</p>\n<p>word</p>\n<p>word</p>\n<h2>Section</h2>',
      '<ul><li>one</li></ul><p>word&nbsp;</p><p>word</p>',
      '<p> <a href="https://example.com/">link</a> </p>\n<p>\u0000</p>\n<p>word</p>',
    ]) {
      expect(blockByBlock(html)).toBe(htmlToMarkdown(html).trim());
    }
  });

  it('gives what turndown gives for the whole body', async () => {
    const { htmlToMarkdown, blockByBlock } = await import('../src/markdown/from-html.js');
    const block = fc.oneof(
      { weight: 4, arbitrary: plainText.map((t) => `<p>${t}</p>`) },
      { weight: 2, arbitrary: plainText.map((t) => `<p>${t}<a href="https://example.com/">link</a>${t}</p>`) },
      { weight: 1, arbitrary: fc.constant('<ul><li>one</li><li>two<br />three</li></ul>') },
      { weight: 1, arbitrary: fc.constant('<h2>Section</h2>') },
      { weight: 1, arbitrary: plainText.map((t) => `<p>${t}<br />${t}</p>`) },
      { weight: 1, arbitrary: fc.constant('<blockquote><p>quoted</p></blockquote>') },
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 10 }), fc.constantFrom('\n', ''), (blocks, between) => {
        const html = blocks.join(between);
        expect(blockByBlock(html)).toBe(htmlToMarkdown(html).trim());
      }),
      { numRuns: Number(process.env.FC_RUNS ?? '') || 500 },
    );
  });
});
