import { decodeHTML } from 'entities';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import md from '../src/renderers/md.js';
import { escapeLongLine, escapeMarkdown } from '../src/markdown/escape.js';
import type { Article } from '../src/article.js';

/**
 * A paragraph of the article must show up in any Markdown viewer as exactly its text: never as a
 * heading, a list, a quote, code, a link, emphasis, raw HTML or a table. Checked with a real
 * renderer: markdown-it's CommonMark preset, then its default preset (GFM strikethrough, tables).
 */
const numRuns = Number(process.env.FC_RUNS ?? '') || 1000;

const renderers = [
  ['CommonMark', new MarkdownIt('commonmark')],
  ['markdown-it default (tables, strikethrough)', new MarkdownIt('default')],
] as const;

/** What a reader sees: CommonMark drops the paragraph's outer whitespace and shows line breaks as spaces. */
const seen = (s: string) => s.trim().replace(/[ \t]*\n[ \t]*/g, ' ');

/** The text a rendered single paragraph shows, or a description of what else it rendered as. */
function visible(renderer: MarkdownIt, source: string, tag = 'p'): string {
  const html = renderer.render(source);
  const match = new RegExp(`^<${tag}>([\\s\\S]*)</${tag}>\\n$`).exec(html);
  if (!match) return `NOT ONE <${tag}>: ${html}`;
  const inner = (match[1] ?? '').replace(/<br ?\/?>/g, '');
  // Text "<" comes out as &lt;, so any "<" left is an element: emphasis, code, a link, raw HTML.
  if (inner.includes('<')) return `MARKUP: ${html}`;
  return seen(decodeHTML(inner));
}

const NASTY = [
  '# heading',
  '###### six',
  '####### seven is text anyway',
  '#hashtag',
  '1. item',
  '1) item',
  '2021. A year to remember',
  '- item',
  '+ item',
  '* item',
  '> quote',
  '---',
  '***',
  '___',
  '===',
  '- - -',
  '-- -',
  '* * *',
  '```code',
  '~~~',
  '    indented like code',
  '\tTabbed like code',
  '  # indented heading',
  '<b>bold</b>',
  '<!-- c -->',
  '<http://example.com>',
  '<div>block</div>',
  '&amp;',
  '&#169;',
  '&#x1F600;',
  '&copy',
  'AT&T',
  '[link](http://x)',
  '[ref]',
  '[ref]: http://x',
  '![img](x)',
  '*em*',
  '_em_',
  '**strong**',
  '__strong__',
  '`code`',
  '``co`de``',
  '\\\\',
  '\\*not em\\*',
  'trailing backslash \\',
  '| a | b |',
  'a | b',
  '~~strike~~',
  'a  ',
  'http://example.com/a_b_c',
  'snake_case_name and 2*3*4',
  'Title #',
  'We are #1 ##',
  'a\nb',
  'line one\n===',
  'line one\n---',
  'line one\n# two',
  'line one\n    four spaces',
  'hard break  \nnext',
];

describe.each(renderers)('escapeMarkdown, rendered by %s', (_, renderer) => {
  it.each(NASTY)('shows %j as that text', (paragraph) => {
    expect(visible(renderer, escapeMarkdown(paragraph))).toBe(seen(paragraph));
  });

  it('shows any line of text as that text', () => {
    // NUL is replaced by U+FFFD in CommonMark; the pipeline has removed it (and every line break)
    // before a paragraph gets here.
    const line = fc.string({ unit: 'binary', maxLength: 80 }).filter((s) => !/[\0\r\n]/.test(s) && seen(s) !== '');
    fc.assert(
      fc.property(line, (paragraph) => {
        expect(visible(renderer, escapeMarkdown(paragraph))).toBe(seen(paragraph));
      }),
      { numRuns },
    );
  });

  it('shows any line built from Markdown syntax as that text', () => {
    const piece = fc.constantFrom(
      ...'#*_-+=`~<>[]()!|\\&;:/. \t1234567890aZ'.split(''),
      '&amp;',
      '&#169;',
      '<b>',
      '](x)',
      '```',
      '~~',
      '    ',
      '1.',
      '2)',
    );
    const line = fc.array(piece, { minLength: 1, maxLength: 24 }).map((a) => a.join('')).filter((s) => seen(s) !== '');
    fc.assert(
      fc.property(line, (paragraph) => {
        expect(visible(renderer, escapeMarkdown(paragraph))).toBe(seen(paragraph));
      }),
      { numRuns },
    );
  });

  it('shows several such lines, one paragraph, as their text', () => {
    const piece = fc.constantFrom(...'#*_-+=`~<>[]()!|\\& 1.)aZ'.split(''), '    ', '---', '===', '1. ', '# ');
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((a) => a.join('')).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const paragraph = lines.join('\n');
        expect(visible(renderer, escapeMarkdown(paragraph))).toBe(seen(paragraph));
      }),
      { numRuns },
    );
  });

  it('keeps a title whole in a "# Title" heading, closing hashes included', () => {
    const title = fc
      .array(fc.constantFrom(...'#*_-+=`~<>[]!|\\& 1.aZ'.split(''), ' #', ' ##'), { minLength: 1, maxLength: 16 })
      .map((a) => a.join('').trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(title, (t) => {
        expect(visible(renderer, `# ${escapeMarkdown(t)}`, 'h1')).toBe(seen(t));
      }),
      { numRuns },
    );
  });
});

describe('escapeLongLine', () => {
  it('escapes a line in pieces exactly as escapeMarkdown() escapes it whole', () => {
    // Pieces of 4 and 8 units cut every few characters: each cut is a place a line-start or
    // line-end escape, or an entity reference, could be read differently.
    const piece = fc.constantFrom(...'#*_-+=`~<>[]()!|\\&; 1.)aZ\t'.split(''), '    ', '---', '===', '1. ', '# ', '&amp;', '&#169;', ' ##', ' #  ', 'word ');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.constantFrom(4, 8, 16), (parts, size) => {
        const line = parts.join('');
        expect([...escapeLongLine(line, size)].join('')).toBe(escapeMarkdown(line));
      }),
      { numRuns },
    );
  });
});

describe('escapeMarkdown line by line', () => {
  // The md renderer escapes a paragraph of many lines a run of lines at a time (src/renderers/md.ts).
  it('escapes a paragraph as it escapes each of its lines', () => {
    const piece = fc.constantFrom(...'#*_-+=`~<>[]()!|\\&; 1.)aZ\t\r\u2028'.split(''), '    ', '---', '===', '1. ', '# ', '&amp;', ' ##');
    const line = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        expect(escapeMarkdown(lines.join('\n'))).toBe(lines.map(escapeMarkdown).join('\n'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the md renderer', () => {
  const article = (title: string, text: string): Article => ({
    title,
    author: null,
    published: null,
    site: null,
    url: null,
    language: null,
    text,
    html: '',
    wordCount: 0,
    truncated: false,
    tags: [],
    extra: {},
    removed: [],
    repairs: [],
    notes: [],
    source: { path: null, format: 'text', index: 0 },
  });

  it('--no-front-matter: a title ending in "#" keeps it, and body paragraphs stay paragraphs', async () => {
    const out = await md.render([article('Ranked #', '# not a heading\n\n1. not a list\n\n> not a quote')], { frontMatter: false });
    const html = new MarkdownIt('commonmark').render(out);
    expect(html).toBe('<h1>Ranked #</h1>\n<p># not a heading</p>\n<p>1. not a list</p>\n<p>&gt; not a quote</p>\n');
  });

  it('escapes a paragraph of many lines (written a run of lines at a time) as one of a few lines', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => ['# heading-like', '- item-like | cell', '1. numbered *starred*', '    indented & more', 'plain ##'][i % 5] as string);
    const paragraph = lines.join('\n');
    const out = await md.render([article('', `First paragraph.\n\n${paragraph}\n\nLast.`)], { frontMatter: false });
    expect(out).toBe(`First paragraph.\n\n${escapeMarkdown(paragraph).replaceAll('\n', '  \n')}\n\nLast.\n`);
  });
});
