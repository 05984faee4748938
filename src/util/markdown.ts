import { escapeHtml } from './html.js';
import { markdownInline } from './markdown-inline.js';

/**
 * Markdown blocks with their source line ranges, and their HTML. The md reader hangs each block's
 * markup on its lines (Line.html), so that the cleaner keeps it for a block that survives whole and
 * the renderers see structure instead of escaped syntax.
 *
 * Note: hand-written, not markdown-it: markdown-it is a devDependency only (the library build
 * leaves dependencies external), and every reader loads at start-up. It covers what posts use
 * (CommonMark blocks and inlines, GFM tables and strikethrough) and renders safely (raw HTML is
 * text, script URLs are not links); reference-style links stay literal text.
 * test/markdown.test.ts compares it with markdown-it.
 *
 * Markup never holds a newline followed by "<" (code text escapes "<"), so an article's HTML,
 * one block per line, splits back into its blocks at /\n(?=<)/.
 */
export interface MdBlock {
  /** Index of the block's first line, and one past its last (blank lines inside included). */
  start: number;
  end: number;
  kind: 'p' | 'h' | 'hr' | 'code' | 'quote' | 'item' | 'table';
  html: string;
  /** Heading level, or the inline HTML of a paragraph (lists show tight paragraphs bare). */
  level?: number;
  inline?: string;
  /** List items: the list they belong to ("-", "*", "+", "." or ")") and the first number. */
  list?: { marker: string; start: number | null };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-+*]|(\d{1,9})[.)])( +|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

const blank = (s: string) => s.trim() === '';
const indentOf = (s: string) => s.length - s.trimStart().length;
const isFence = (s: string) => {
  const m = FENCE.exec(s);
  return m !== null && !((m[1] ?? '').startsWith('`') && (m[2] ?? '').includes('`'));
};

/** Whether a line ends a paragraph by starting a block of its own. */
function interrupts(line: string): boolean {
  if (isFence(line) || ATX.test(line) || HR.test(line) || QUOTE.test(line)) return true;
  const item = ITEM.exec(line);
  // An empty item, or a numbered one that does not start at 1, is paragraph text.
  return item !== null && item[4] !== '' && (item[3] === undefined || Number(item[3]) === 1);
}

function codeHtml(text: string, info: string): string {
  const language = info ? ` class="language-${escapeHtml(info)}"` : '';
  return `<pre><code${language}>${escapeHtml(text)}</code></pre>`;
}

function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

function tableHtml(lines: string[]): string {
  const align = cells(lines[1] ?? '').map((c) => (c.endsWith(':') ? (c.startsWith(':') ? 'center' : 'right') : c.startsWith(':') ? 'left' : null));
  const row = (line: string, tag: string) =>
    `<tr>${align.map((a, i) => `<${tag}${a ? ` style="text-align:${a}"` : ''}>${markdownInline(cells(line)[i] ?? '')}</${tag}>`).join('')}</tr>`;
  const body = lines.slice(2).map((l) => row(l, 'td'));
  return `<table><thead>${row(lines[0] ?? '', 'th')}</thead>${body.length ? `<tbody>${body.join('')}</tbody>` : ''}</table>`;
}

/** The top-level blocks of `lines`: each list item is a block of its own. */
export function markdownBlocks(lines: readonly string[]): MdBlock[] {
  const blocks: MdBlock[] = [];
  const at = (i: number) => lines[i] ?? '';
  let i = 0;
  while (i < lines.length) {
    const line = at(i);
    const start = i;
    if (blank(line)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if (indentOf(line) >= 4) {
      let end = i + 1;
      while (end < lines.length && (blank(at(end)) || indentOf(at(end)) >= 4)) end++;
      while (blank(at(end - 1))) end--;
      blocks.push({ start, end, kind: 'code', html: codeHtml(lines.slice(start, end).map((l) => l.slice(Math.min(4, indentOf(l)))).join('\n'), '') });
      i = end;
    } else if (isFence(line) && (m = FENCE.exec(line))) {
      const fence = m[1] ?? '```';
      const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      let end = i + 1;
      while (end < lines.length && !closing.test(at(end))) end++;
      const strip = indentOf(line);
      const code = lines.slice(i + 1, end).map((l) => l.slice(Math.min(strip, indentOf(l))));
      const info = markdownText((m[2] ?? '').trim().split(/\s+/)[0] ?? '');
      i = Math.min(end + 1, lines.length);
      blocks.push({ start, end: i, kind: 'code', html: codeHtml(code.join('\n'), info) });
    } else if ((m = ATX.exec(line))) {
      const level = (m[1] ?? '#').length;
      const inline = markdownInline(m[2] ?? '');
      blocks.push({ start, end: ++i, kind: 'h', level, inline, html: `<h${level}>${inline}</h${level}>` });
    } else if (HR.test(line)) {
      blocks.push({ start, end: ++i, kind: 'hr', html: '<hr>' });
    } else if (QUOTE.test(line)) {
      let end = i + 1;
      // A line without ">" still belongs to the quote when it carries on the quote's paragraph.
      while (end < lines.length && (QUOTE.test(at(end)) || (!blank(at(end)) && !blank(at(end - 1).replace(QUOTE, '')) && !interrupts(at(end))))) end++;
      const inner = lines.slice(i, end).map((l) => l.replace(QUOTE, ''));
      blocks.push({ start, end, kind: 'quote', html: `<blockquote>${renderBlocks(markdownBlocks(inner))}</blockquote>` });
      i = end;
    } else if ((m = ITEM.exec(line))) {
      const spaces = (m[4] ?? '').length;
      const marker = m[2] ?? '-';
      // Content five or more spaces in is indented code: the item's own indent is one space.
      const width = (m[1] ?? '').length + marker.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
      let end = i + 1;
      while (end < lines.length) {
        const next = at(end);
        if (blank(next)) {
          let k = end;
          while (k < lines.length && blank(at(k))) k++;
          if (k < lines.length && indentOf(at(k)) >= width) end = k;
          else break;
        } else if (indentOf(next) >= width || (!blank(at(end - 1)) && !interrupts(next) && !ITEM.test(next) && !SETEXT.test(next))) end++;
        else break;
      }
      const content = [line.slice(Math.min(width, line.length)), ...lines.slice(i + 1, end).map((l) => (indentOf(l) >= width ? l.slice(width) : l.trimStart()))];
      const inner = markdownBlocks(content);
      const loose = inner.some((b, k) => k > 0 && blank(content[b.start - 1] ?? ''));
      const html = renderBlocks(loose ? inner : inner.map((b) => (b.kind === 'p' ? { ...b, html: b.inline ?? '' } : b)));
      const list = { marker: m[3] === undefined ? marker : marker.slice(-1), start: m[3] === undefined ? null : Number(m[3]) };
      const item: MdBlock = { start, end, kind: 'item', html: `<li>${html}</li>`, list };
      blocks.push({ ...item, html: listHtml([item]) });
      i = end;
    } else if (line.includes('|') && TABLE_DELIMITER.test(at(i + 1)) && at(i + 1).includes('-') && cells(line).length === cells(at(i + 1)).length) {
      let end = i + 2;
      while (end < lines.length && !blank(at(end)) && at(end).includes('|') && !interrupts(at(end))) end++;
      blocks.push({ start, end, kind: 'table', html: tableHtml(lines.slice(i, end)) });
      i = end;
    } else {
      let end = i + 1;
      let level = 0;
      while (end < lines.length && !blank(at(end))) {
        const setext = SETEXT.exec(at(end));
        if (setext && indentOf(at(end)) < 4) {
          level = setext[1]?.startsWith('=') ? 1 : 2;
          break;
        }
        if (indentOf(at(end)) < 4 && interrupts(at(end))) break;
        end++;
      }
      const inline = markdownInline(lines.slice(i, end).map((l) => l.trim()).join('\n'));
      if (level) blocks.push({ start, end: end + 1, kind: 'h', level, inline, html: `<h${level}>${inline}</h${level}>` });
      else blocks.push({ start, end, kind: 'p', inline, html: `<p>${inline}</p>` });
      i = level ? end + 1 : end;
    }
  }
  return blocks;
}

function listHtml(items: MdBlock[]): string {
  const first = items[0]?.list;
  const inner = items.map((b) => b.html).join('');
  if (first?.start === null || first === undefined) return `<ul>${inner}</ul>`;
  return `<ol${first.start === 1 ? '' : ` start="${first.start}"`}>${inner}</ol>`;
}

/** Blocks as one fragment, consecutive items of one list in one list element. */
function renderBlocks(blocks: readonly MdBlock[]): string {
  const out: string[] = [];
  let run: MdBlock[] = [];
  const items = (b: MdBlock) => ({ ...b, html: /^<[uo]l[^>]*>([\s\S]*)<\/[uo]l>$/.exec(b.html)?.[1] ?? b.html });
  for (const b of blocks) {
    if (b.kind === 'item' && run.length > 0 && run[0]?.list?.marker === b.list?.marker) run.push(items(b));
    else {
      if (run.length) out.push(listHtml(run));
      run = [];
      if (b.kind === 'item') run.push(items(b));
      else out.push(b.html);
    }
  }
  if (run.length) out.push(listHtml(run));
  return out.join('');
}

/** A Markdown fragment as HTML, its blocks on lines of their own. */
export function markdownToHtml(markdown: string): string {
  return markdownBlocks(markdown.split('\n')).map((b) => b.html).join('\n');
}

/** The text a reader sees of one line of inline Markdown ("**Big** [news](…)" -> "Big news"). */
export function markdownText(markdown: string): string {
  return inlineText(markdownInline(markdown));
}

/** The text of inline HTML made here (whose only escapes are escapeHtml's). */
export function inlineText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '&');
}
