import { decodeHTML } from './fold.js';
import { escapeHtml } from './html.js';

/**
 * Inline Markdown to HTML (see markdown.ts): escapes, code spans, autolinks, links and images,
 * entities, emphasis and GFM strikethrough. Emphasis follows CommonMark's delimiter-run rules, so
 * "snake_case", "2 * 3 * 4" and "**bold*" come out as markdown-it renders them.
 */

type Token = { kind: 'html'; html: string } | Delimiter;

interface Delimiter {
  kind: 'delim';
  char: string;
  count: number;
  original: number;
  canOpen: boolean;
  canClose: boolean;
  /** Tags written after the delimiters left over (an opener) or before them (a closer). */
  open: string[];
  close: string[];
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>/;
const EMAIL = /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/;
// What markdown-it refuses to link: script and file URLs, and data URLs other than images.
const UNSAFE_URL = /^(?:vbscript|javascript|file|data):/i;
const SAFE_DATA = /^data:image\/(?:gif|png|jpeg|webp);/i;

const isSpace = (c: string) => c === '' || /^\s$/u.test(c);
const isPunctuation = (c: string) => ASCII_PUNCTUATION.test(c) || PUNCTUATION.test(c);

/** Backslash escapes and entities resolved: link destinations and titles. */
function unescape(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (e) => decodeHTML(e));
}

function href(url: string): string | null {
  if (UNSAFE_URL.test(url.trim()) && !SAFE_DATA.test(url.trim())) return null;
  // Percent-encode what a URL cannot hold as is, keeping the escapes the author wrote.
  const encoded = url.replace(/%(?![0-9a-fA-F]{2})|[^\x21-\x7e]|["<>\\^`{|}]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD';
    }
  });
  return escapeHtml(encoded);
}

/** The end of the code span or backtick run starting at `i`, and the span's HTML if it is one. */
function codeSpan(src: string, i: number): { end: number; html: string | null } {
  let k = i;
  while (src[k] === '`') k++;
  const run = k - i;
  for (let j = src.indexOf('`', k); j !== -1; j = src.indexOf('`', j)) {
    let e = j;
    while (src[e] === '`') e++;
    if (e - j === run) {
      let code = src.slice(k, j).replace(/\n/g, ' ');
      if (code.length > 1 && code.startsWith(' ') && code.endsWith(' ') && code.trim()) code = code.slice(1, -1);
      return { end: e, html: `<code>${escapeHtml(code)}</code>` };
    }
    j = e;
  }
  return { end: k, html: null };
}

/** The index of the "]" closing the "[" at `i`, skipping escapes and code spans. */
function closingBracket(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '`') j = codeSpan(src, j).end - 1;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

/** "(destination "title")" at `i`: the destination, title and the index after ")". */
function linkTail(src: string, i: number): { url: string; title: string | null; end: number } | null {
  if (src[i] !== '(') return null;
  let j = i + 1;
  const skip = () => {
    while (j < src.length && isSpace(src[j] ?? '')) j++;
  };
  skip();
  let url = '';
  if (src[j] === '<') {
    const close = src.indexOf('>', j);
    if (close === -1 || /[\n<]/.test(src.slice(j + 1, close))) return null;
    url = src.slice(j + 1, close);
    j = close + 1;
  } else {
    let depth = 0;
    const from = j;
    for (; j < src.length; j++) {
      const c = src[j] ?? '';
      if (c === '\\' && ASCII_PUNCTUATION.test(src[j + 1] ?? '')) j++;
      else if (isSpace(c) || c < ' ') break;
      else if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
    }
    url = src.slice(from, j);
  }
  const beforeTitle = j;
  skip();
  let title: string | null = null;
  const quote = src[j];
  if (j > beforeTitle && (quote === '"' || quote === "'" || quote === '(')) {
    const closer = quote === '(' ? ')' : quote;
    let k = j + 1;
    while (k < src.length && src[k] !== closer) k += src[k] === '\\' ? 2 : 1;
    if (k >= src.length) return null;
    title = unescape(src.slice(j + 1, k));
    j = k + 1;
    skip();
  }
  return src[j] === ')' ? { url: unescape(url), title, end: j + 1 } : null;
}

function delimiter(src: string, i: number): { token: Delimiter; end: number } {
  const char = src[i] ?? '*';
  let end = i;
  while (src[end] === char) end++;
  const before = i === 0 ? '' : (src[i - 1] ?? '');
  const after = src[end] ?? '';
  const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  const count = end - i;
  // GFM strikethrough takes runs of exactly two tildes (what markdown-it renders).
  const usable = char !== '~' || count === 2;
  const canOpen = usable && (char === '_' ? left && (!right || isPunctuation(before)) : left);
  const canClose = usable && (char === '_' ? right && (!left || isPunctuation(after)) : right);
  return { token: { kind: 'delim', char, count, original: count, canOpen, canClose, open: [], close: [] }, end };
}

/** CommonMark's "process emphasis": pairs closers with the nearest fitting opener. */
function emphasis(tokens: Token[]): void {
  for (let c = 0; c < tokens.length; c++) {
    const closer = tokens[c];
    if (closer?.kind !== 'delim' || !closer.canClose) continue;
    for (let o = c - 1; o >= 0 && closer.count > 0; o--) {
      const opener = tokens[o];
      if (opener?.kind !== 'delim' || opener.char !== closer.char || !opener.canOpen || opener.count === 0) continue;
      const both = opener.canClose || closer.canOpen;
      if (both && (opener.original + closer.original) % 3 === 0 && !(opener.original % 3 === 0 && closer.original % 3 === 0)) continue;
      const use = closer.char === '~' || (opener.count >= 2 && closer.count >= 2) ? 2 : 1;
      const tag = closer.char === '~' ? 's' : use === 2 ? 'strong' : 'em';
      opener.count -= use;
      closer.count -= use;
      opener.open.unshift(`<${tag}>`);
      closer.close.push(`</${tag}>`);
      for (let k = o + 1; k < c; k++) {
        const t = tokens[k];
        if (t?.kind === 'delim') t.canOpen = t.canClose = false;
      }
      // The opener may still pair with this closer (`***a***`): look at it again.
      if (opener.count > 0) o++;
    }
  }
}

export function markdownInline(src: string): string {
  const tokens: Token[] = [];
  let text = '';
  const push = (html: string) => {
    if (text) tokens.push({ kind: 'html', html: escapeHtml(text) });
    text = '';
    tokens.push({ kind: 'html', html });
  };
  // No "]" further on: no "[" from there can open a link, and the scan for one is skipped.
  const lastBracket = src.lastIndexOf(']');
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    const rest = c === '<' || c === '&' ? src.slice(i, i + 2000) : '';
    let m: RegExpExecArray | null;
    if (c === '\\' && src[i + 1] === '\n') {
      push('<br>');
      i += 2;
    } else if (c === '\\' && ASCII_PUNCTUATION.test(src[i + 1] ?? '')) {
      text += src[i + 1];
      i += 2;
    } else if (c === '`') {
      const span = codeSpan(src, i);
      if (span.html) push(span.html);
      else text += src.slice(i, span.end);
      i = span.end;
    } else if (c === '<' && (m = AUTOLINK.exec(rest) ?? EMAIL.exec(rest))) {
      const target = m[1] ?? '';
      const link = href(AUTOLINK.test(rest) ? target : `mailto:${target}`);
      if (link) push(`<a href="${link}">${escapeHtml(target)}</a>`);
      else text += m[0];
      i += m[0].length;
    } else if (c === '&' && (m = ENTITY.exec(rest))) {
      text += decodeHTML(m[0]);
      i += m[0].length;
    } else if (c === '[' || (c === '!' && src[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const close = open < lastBracket ? closingBracket(src, open) : -1;
      const tail = close === -1 ? null : linkTail(src, close + 1);
      const url = tail ? href(tail.url) : null;
      if (!tail || url === null) {
        text += c;
        i++;
        continue;
      }
      const inner = markdownInline(src.slice(open + 1, close));
      const title = tail.title === null ? '' : ` title="${escapeHtml(tail.title)}"`;
      push(c === '!' ? `<img src="${url}" alt="${inner.replace(/<[^>]*>/g, '')}"${title}>` : `<a href="${url}"${title}>${inner}</a>`);
      i = tail.end;
    } else if (c === '*' || c === '_' || c === '~') {
      const d = delimiter(src, i);
      if (text) tokens.push({ kind: 'html', html: escapeHtml(text) });
      text = '';
      tokens.push(d.token);
      i = d.end;
    } else {
      text += c === '\n' ? ' ' : c;
      i++;
    }
  }
  if (text) tokens.push({ kind: 'html', html: escapeHtml(text) });
  emphasis(tokens);
  return tokens.map((t) => (t.kind === 'html' ? t.html : t.close.join('') + t.char.repeat(t.count) + t.open.join(''))).join('');
}
