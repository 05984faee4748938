// The wrappings of scripts/probe/wrappings.js: each one takes a case's input (its text, kind and
// expected answer) and returns the same dump as another site or tool would hand it on, or null
// where the wrapping does not apply. Every wrapping keeps the meaning, so the expected answer stays
// valid; where one rewrites characters the answer holds too (quotes), it rewrites the answer alike.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const linesOf = (text) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
const blank = (l) => l.trim() === '';
const eolOf = (line) => (line.endsWith('\r\n') ? '\r\n' : '\n');
const bare = (l) => l.replace(/\r?\n$/, '');
// A credit field: a date (a year in it, short, no sentence) or a name (short, no sentence end).
const DATEISH = (l) => /\b(?:19|20)\d\d\b/.test(l) && l.length <= 45 && !/[.!?]$/.test(l);
const NAMEISH = (l) => l.length <= 80 && !/[.!?:;,]$/.test(l) && !/[<>]/.test(l) && l.split(/\s+/).length <= 10;

/**
 * A dump's parts as the corpus lays them out: the title line, the body, the credit fields closing
 * it (a last block of one to three short lines, one of them a date or the expected author). Only
 * text and HTML dumps have this layout; null parts are absent.
 */
export function layout(text, kind, want) {
  if (kind !== 'txt' && kind !== 'html') return null;
  const lines = linesOf(text);
  // The first line is the title line when it carries the expected title: a saved page's text may
  // open with its date or section instead, and calling that the title would change the dump.
  const fold = (x) => x.toLowerCase().replace(/\s+/g, ' ').trim();
  const titled = want.title !== null && lines.length > 2 && !blank(lines[0]) && blank(lines[1]) && !/^\s*</.test(lines[0]) && fold(lines[0]).includes(fold(want.title));
  let end = lines.length;
  while (end > 0 && blank(lines[end - 1])) end--;
  let start = end;
  while (start > 0 && !blank(lines[start - 1])) start--;
  const block = lines.slice(start, end).map((l) => l.trim());
  const author = want.author?.toLowerCase();
  const isCredit =
    start > (titled ? 2 : 0) &&
    block.length <= 3 &&
    block.every((l) => DATEISH(l) || NAMEISH(l)) &&
    (block.some(DATEISH) || (author && block.some((l) => l.toLowerCase().includes(author))));
  const bodyStart = titled ? 2 : 0;
  let bodyEnd = isCredit ? start : lines.length;
  while (isCredit && bodyEnd > bodyStart && blank(lines[bodyEnd - 1])) bodyEnd--;
  return {
    lines,
    title: titled ? lines[0] : null,
    body: lines.slice(bodyStart, bodyEnd),
    credits: isCredit ? lines.slice(start, end) : null,
    tail: lines.slice(end),
  };
}

const join = (...parts) => parts.flat(Infinity).join('');
const withEol = (line) => (/\n$/.test(line) ? line : `${line}\n`);
const sep = (line) => eolOf(line);

/** Straight quotes made typographic ones, by what stands before them. */
function curly(s) {
  return s
    .replace(/(^|[\s([{—–-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/([\s([{—–-])'(?=\S)/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}
const straight = (s) => s.replace(/[\u201c\u201d\u201e]/g, '"').replace(/[\u2018\u2019]/g, "'");
// Quote characters written as references, made characters first so that the change reaches them.
const QUOTE_REFS = { '&#8216;': '\u2018', '&#8217;': '\u2019', '&#8220;': '\u201c', '&#8221;': '\u201d', '&lsquo;': '\u2018', '&rsquo;': '\u2019', '&ldquo;': '\u201c', '&rdquo;': '\u201d', '&quot;': '"', '&#34;': '"', '&#39;': "'", '&#039;': "'" };
const QUOTE_REF = new RegExp(Object.keys(QUOTE_REFS).join('|'), 'g');
// What a quote change must leave alone: front matter (YAML quoting), code, and tags' attributes.
const PROTECTED = /^(?:\ufeff)?---\r?\n[\s\S]*?\r?\n---\r?\n|```[\s\S]*?```|<(pre|code|script|style)[\s>][\s\S]*?<\/\1>|<[^>]*>/gi;
/** A text change applied to the visible text only. */
const visible = (kind, fn) => (text) => {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(PROTECTED)) {
    if (kind === 'txt' && m[0].startsWith('<')) continue;
    out += fn(text.slice(at, m.index).replace(QUOTE_REF, (r) => QUOTE_REFS[r])) + m[0];
    at = m.index + m[0].length;
  }
  return out + fn(text.slice(at).replace(QUOTE_REF, (r) => QUOTE_REFS[r]));
};
// Code keeps its quotes, and a front matter further down (a second one, a decoy) is YAML: dumps
// holding either are left out rather than half changed. A quote right after a tag ("</a>'s") is
// read as an apostrophe, as it mostly is.
const quotable = (text, kind) => kind !== 'xml' && !/<(?:pre|code)[\s>]|```/i.test(text) && !/\n---\r?\n/.test(text.slice(4));
function mapWant(want, fn) {
  const f = (v) => (typeof v === 'string' ? fn(v) : v);
  return { ...want, title: f(want.title), author: f(want.author), site: f(want.site), must_keep: (want.must_keep ?? []).map(fn), must_drop: (want.must_drop ?? []).map(fn) };
}

/** Lines wrapped at 72 columns on spaces, as mail archives and `fmt` write them. */
function wrap72(line) {
  const eol = eolOf(line);
  const text = bare(line);
  if (text.length <= 72 || /^\s*</.test(text)) return line;
  const out = [];
  let cur = '';
  for (const word of text.split(/ +/)) {
    if (cur && cur.length + 1 + word.length > 72) {
      out.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) out.push(cur);
  return out.map((l) => l + eol).join('');
}

/** Paragraphs of a body (blocks between blank lines), as arrays of bare lines. */
function paragraphs(lines) {
  const out = [];
  let cur = [];
  for (const l of lines) {
    if (blank(l)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(bare(l).trim());
  }
  if (cur.length) out.push(cur);
  return out;
}

function creditFields(credits) {
  const fields = (credits ?? []).map((l) => l.trim());
  return { date: fields.find(DATEISH) ?? null, author: fields.find((l) => !DATEISH(l)) ?? null };
}

/** name → (input) => { text, kind?, want? } | null. `input` is { text, kind, want, parts }. */
export const VARIANTS = {
  crlf: ({ text }) => ({ text: text.replace(/\r?\n/g, '\r\n') }),
  'trailing-spaces': ({ text }) => ({ text: text.replace(/([^\s])(\r?\n)/g, '$1  $2') }),
  bom: ({ text }) => (text.startsWith('\ufeff') ? null : { text: `\ufeff${text}` }),
  'blank-lines-2': ({ text, kind }) => (kind === 'xml' ? null : { text: text.replace(/(\r?\n)[ \t]*\r?\n(?=[ \t]*\S)/g, '$1$1$1') }),
  'blank-lines-3': ({ text, kind }) => (kind === 'xml' ? null : { text: text.replace(/(\r?\n)[ \t]*\r?\n(?=[ \t]*\S)/g, '$1$1$1$1') }),
  'credits-glued': ({ parts: p }) => (p?.credits ? { text: join(p.title ? [p.title, sep(p.title)] : [], p.body.slice(0, -1), withEol(p.body.at(-1) ?? ''), p.credits, p.tail) } : null),
  'credits-under-title': ({ parts: p }) =>
    p?.credits && p.title ? { text: join(p.title, sep(p.title), p.credits.slice(0, -1), withEol(p.credits.at(-1)), sep(p.title), p.body, p.tail) } : null,
  'title-twice': ({ parts: p, text }) => (p?.title ? { text: p.title + text } : null),
  ndjson: ({ parts: p, kind }) => {
    if (!p) return null;
    const { author, date } = creditFields(p.credits);
    const record = {
      ...(p.title ? { title: bare(p.title).trim() } : {}),
      ...(author ? { author } : {}),
      ...(date ? { publishedAt: date } : {}),
      content: p.body.map(bare).join('\n').trim(),
    };
    return { text: `${JSON.stringify(record)}\n`, kind: 'ndjson', note: kind };
  },
  'rss-item': ({ parts: p, kind }) => {
    if (!p || kind !== 'txt') return null;
    const { author, date } = creditFields(p.credits);
    const rows = [
      '<item>',
      ...(p.title ? [`  <title>${esc(bare(p.title).trim())}</title>`] : []),
      `  <description>${esc(p.body.map(bare).join('\n').trim())}</description>`,
      ...(author ? [`  <dc:creator>${esc(author)}</dc:creator>`] : []),
      ...(date ? [`  <pubDate>${esc(date)}</pubDate>`] : []),
      '</item>',
    ];
    return { text: `${rows.join('\n')}\n`, kind: 'xml' };
  },
  'html-paragraphs': ({ parts: p, kind }) => {
    if (!p || kind !== 'txt') return null;
    const html = paragraphs(p.body).map((ls) => `<p>${ls.map(esc).join('<br>\n')}</p>\n`);
    return { text: join(p.title ? [p.title, sep(p.title)] : [], html, p.credits ? ['\n', p.credits] : [], p.tail), kind: 'html' };
  },
  'html-blank-lines': ({ parts: p, kind }) => {
    if (!p || kind !== 'html') return null;
    const body = p.body.join('');
    if ((body.match(/<p[\s>]/gi) ?? []).length < 2 || /<pre[\s>]/i.test(body)) return null;
    const unwrapped = body.replace(/[ \t]*<p(?:\s[^>]*)?>[ \t]*/gi, '').replace(/[ \t]*<\/p>\s*/gi, '\n\n').replace(/\n{3,}/g, '\n\n').trimEnd();
    return { text: join(p.title ? [p.title, sep(p.title)] : [], `${unwrapped}\n`, p.credits ? ['\n', p.credits] : [], p.tail) };
  },
  'wrap-72': ({ parts: p, kind }) => {
    if (!p || /<pre[\s>]/i.test(p.body.join(''))) return null;
    const body = p.body.map(wrap72);
    if (body.join('') === p.body.join('')) return null;
    return { text: join(p.title ? [p.title, sep(p.title)] : [], body, p.credits ? [sep(p.body.at(-1) ?? '\n'), p.credits] : [], p.tail), note: kind };
  },
  'nbsp-credits': ({ parts: p }) => {
    if (!p?.credits?.some((l) => / /.test(l.trim()))) return null;
    const credits = p.credits.map((l) => l.replace(/(\S) (?=\S)/g, '$1\u00a0'));
    return { text: join(p.title ? [p.title, sep(p.title)] : [], p.body, sep(p.body.at(-1) ?? '\n'), credits, p.tail) };
  },
  'smart-quotes': ({ text, kind, want }) => {
    if (!quotable(text, kind) || !/["']/.test(text)) return null;
    return { text: visible(kind, curly)(text), want: mapWant(want, curly) };
  },
  'straight-quotes': ({ text, kind, want }) => {
    if (!quotable(text, kind) || !/[\u201c\u201d\u201e\u2018\u2019]/.test(text)) return null;
    return { text: visible(kind, straight)(text), want: mapWant(want, straight) };
  },
};
