// Saved pages with fewer sources of metadata than the corpus's: most of its pages state their title,
// author and date in several places at once (JSON-LD, Open Graph and article:* <meta>, microdata, a
// visible byline, <time datetime>), so the pages score says little about a site that carries only
// one of them. Each page is parsed, a kind of source is taken away (or all but one), the page is
// written back and read in memory; nothing of the corpus is written anywhere.
//   node scripts/probe/page-sources.js <pages corpus folder> [options]
//     --dist <dir>   the build to probe (default this checkout's dist/)
//     --json <file>  write every row, for comparing two builds
//     --only <word>  pages whose folder name holds the word
//     --save <dir>   also write each variant there (outside the repository), to read a miss with --explain
//
// A field is counted for a variant only where its expected value is still in what remains (the
// JSON-LD, the <meta> contents, or the text of a short element of the page: "findable"). A row is
// found (the value the page's ground truth gives), missed (nothing), or wrong (another value).
// Wrong values are counted also where the value is not findable: a teaser's byline or a comment's
// date taken for the article's is worse than nothing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string' }, json: { type: 'string' }, only: { type: 'string' }, save: { type: 'string' } },
});
const [folder] = positionals;
if (!folder) {
  console.error('usage: node scripts/probe/page-sources.js <pages corpus folder> [--dist dir] [--json file] [--only word]');
  process.exit(2);
}
const dist = path.resolve(opt.dist ?? path.join(root, 'dist'));
const { scrub } = await import(pathToFileURL(path.join(dist, 'index.js')).href);

// ---------------------------------------------------------------------------------------------
// The tree.

const isTag = (n) => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const attr = (el, name) => el.attribs?.[name] ?? null;
function* walk(node) {
  for (const child of node.children ?? []) {
    yield child;
    if (isTag(child)) yield* walk(child);
  }
}
const tags = (node) => [...walk(node)].filter(isTag);
function textOf(node) {
  if (node.type === 'text') return node.data;
  if (!isTag(node) || ['script', 'style', 'noscript', 'template'].includes(node.name)) return '';
  return (node.children ?? []).map(textOf).join(' ');
}
const ws = (s) => String(s ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
function remove(node) {
  const siblings = node.parent?.children;
  if (!siblings) return;
  siblings.splice(siblings.indexOf(node), 1);
  node.parent = null;
}
const classId = (el) => `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
const props = (el) => (attr(el, 'itemprop') ?? '').toLowerCase().split(/\s+/).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// The kinds of source, each taken away from a parsed page.

const isLdJson = (el) => el.name === 'script' && /ld\+json/i.test(attr(el, 'type') ?? '');
// <meta> that declares (name, property); a bare itemprop <meta> is microdata.
const isHeadMeta = (el) => el.name === 'meta' && (attr(el, 'name') !== null || attr(el, 'property') !== null) && attr(el, 'content') !== null;
const CREDIT_PROPS = new Set(['author', 'creator', 'datepublished', 'datecreated', 'datemodified', 'dateupdated', 'publisher']);
// A byline or dateline as themes name it, broadly: what a reader of the page sees as the credit.
const SHOWN = /(?:^|[\s_-])(?:by-?line|author|authors|writer|credit|credits|contributor|posted|published|pubdate|date|dates|dateline|time|timestamp|meta|entry-meta|post-meta|article-meta|story-meta|info)(?:$|[\s_-])/i;
const SHORT = 250;

const kinds = {
  jsonld(doc) {
    for (const el of tags(doc)) if (isLdJson(el)) remove(el);
  },
  meta(doc) {
    for (const el of tags(doc)) if (isHeadMeta(el)) remove(el);
  },
  microdata(doc) {
    for (const el of tags(doc)) {
      if (el.name === 'meta' && attr(el, 'itemprop') !== null && !isHeadMeta(el)) remove(el);
      else for (const a of ['itemprop', 'itemscope', 'itemtype', 'itemid', 'itemref']) delete el.attribs[a];
    }
  },
  // What the page shows as a byline or a date: <time>, rel=author links, credit microdata and
  // short elements named like a byline. Taken away whole, so only the head's metadata is left.
  visible(doc) {
    const body = tags(doc).find((el) => el.name === 'body') ?? doc;
    for (const el of tags(body)) {
      if (!el.parent) continue;
      const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      const credit = el.name === 'time' || (el.name === 'a' && rel.includes('author')) || props(el).some((p) => CREDIT_PROPS.has(p));
      const named = SHOWN.test(classId(el)) && ws(textOf(el)).length <= SHORT && !tags(el).some((d) => /^h[1-3]$/.test(d.name));
      if (credit || named) remove(el);
    }
  },
  titletag(doc) {
    for (const el of tags(doc)) if (el.name === 'title' && el.parent && !tags(doc).some((s) => s.name === 'svg' && tags(s).includes(el))) remove(el);
  },
};

/** [name, what it takes away, kinds removed]. */
const VARIANTS = [
  ['full', 'the page as saved (parsed and written back)', []],
  ['no-jsonld', 'no JSON-LD', ['jsonld']],
  ['no-meta', 'no <meta> metadata', ['meta']],
  ['no-microdata', 'no microdata', ['microdata']],
  ['no-visible', 'no visible byline, <time> or rel=author: the head alone', ['visible']],
  ['page-only', 'no JSON-LD, no <meta>: the visible page with its microdata', ['jsonld', 'meta']],
  ['shown-only', 'no JSON-LD, <meta> or microdata: what a reader sees', ['jsonld', 'meta', 'microdata']],
  ['jsonld-only', 'JSON-LD (and <title>) alone', ['meta', 'microdata', 'visible']],
  ['meta-only', '<meta> (and <title>) alone', ['jsonld', 'microdata', 'visible']],
  ['h1-only', 'no JSON-LD, <meta>, microdata or <title>: the headline as shown', ['jsonld', 'meta', 'microdata', 'titletag']],
];

// ---------------------------------------------------------------------------------------------
// What remains: the strings a value can still be found in.

function remaining(doc) {
  const out = [];
  for (const el of tags(doc)) {
    if (isLdJson(el)) out.push((el.children ?? []).map((c) => c.data ?? '').join(''));
    else if (el.name === 'meta') out.push(attr(el, 'content') ?? '');
    else if (el.name === 'title') out.push(textOf(el));
    else if (!['script', 'style', 'noscript', 'template', 'head'].includes(el.name)) {
      const text = ws(textOf(el));
      if (text.length <= SHORT) out.push(text);
      for (const a of ['datetime', 'title', 'content', 'value']) if (attr(el, a)) out.push(attr(el, a));
    }
  }
  return out.map(ws).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Comparing, as the corpus's scorer does.

const fold = (s) => ws(s).toLowerCase().replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―]/g, '-');
const normTitle = (s) => fold(s).replace(/…/g, '...').replace(/[\s.:;,!?]+$/u, '');
function names(s) {
  if (s == null) return null;
  const parts = String(Array.isArray(s) ? s.join(', ') : s)
    .split(/\s*(?:,|;|&|(?<!\p{L})(?:and|und|e|y|et|и)(?!\p{L}))\s*/iu)
    .map((p) => ws(p).replace(/^(by|von|por|par|di|de|автор:?|текст:?)\s+/iu, '').toLowerCase().replace(/[.\s]+$/u, ''))
    .filter(Boolean);
  return parts.length ? [...new Set(parts)].sort() : null;
}
function isoParts(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(String(s ?? '').trim());
  if (!m) return null;
  let off = null;
  if (m[7]) off = /z/i.test(m[7]) ? 0 : (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].replace(':', '').slice(3, 5)));
  return { y: +m[1], mo: +m[2], d: +m[3], h: +(m[4] ?? 0), mi: +(m[5] ?? 0), timed: m[4] != null, off };
}
const pad = (n) => String(n).padStart(2, '0');
// The calendar day of `got`, seen in the expected value's offset where both have one.
function sameDay(expected, got) {
  const e = isoParts(expected);
  const g = isoParts(got);
  if (!e || !g) return false;
  let day = `${g.y}-${pad(g.mo)}-${pad(g.d)}`;
  if (g.timed && g.off !== null && e.off !== null) {
    const t = new Date(Date.UTC(g.y, g.mo - 1, g.d, g.h, g.mi) + (e.off - g.off) * 60000);
    day = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  }
  return day === `${e.y}-${pad(e.mo)}-${pad(e.d)}`;
}

/** Whether the day of `iso` is written in `text`: as digits, or with the month's name in the page's language or English. */
function dayWritten(iso, text, language) {
  const e = isoParts(iso);
  if (!e) return false;
  const { y, mo, d } = e;
  const t = text.toLowerCase();
  const numeric = [
    `${y}-${pad(mo)}-${pad(d)}`, `${y}/${pad(mo)}/${pad(d)}`, `${y}.${pad(mo)}.${pad(d)}`, `${y}${pad(mo)}${pad(d)}`,
    `${pad(d)}/${pad(mo)}/${y}`, `${d}/${mo}/${y}`, `${pad(mo)}/${pad(d)}/${y}`, `${mo}/${d}/${y}`, `${pad(d)}.${pad(mo)}.${y}`,
    `${d}.${mo}.${y}`, `${pad(d)}-${pad(mo)}-${y}`, `${y}年${mo}月${d}日`, `${y}. ${mo}. ${d}`, `${y}.${mo}.${d}`,
    `${mo}/${d}/${String(y).slice(2)}`, `${pad(mo)}/${pad(d)}/${String(y).slice(2)}`, `${pad(d)}/${pad(mo)}/${String(y).slice(2)}`,
  ];
  if (numeric.some((n) => new RegExp(`(?<![\\d])${n.replace(/[./]/g, '\\$&')}(?![\\d])`).test(t))) return true;
  const date = new Date(Date.UTC(y, mo - 1, d));
  const months = new Set();
  for (const lang of new Set(['en', language ?? 'en'])) {
    for (const style of ['long', 'short']) {
      for (const form of [{ month: style }, { month: style, day: 'numeric' }]) {
        try {
          const parts = new Intl.DateTimeFormat(lang, { ...form, timeZone: 'UTC' }).formatToParts(date);
          const m = parts.find((p) => p.type === 'month')?.value.toLowerCase().replace(/\.$/, '');
          if (m) months.add(m);
        } catch {
          // an unknown language: English alone
        }
      }
    }
  }
  return [...months].some((m) => {
    const name = m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const near = `(?:${name}\\.?\\s*,?\\s*(?:de\\s+)?0?${d}(?!\\d)|(?<!\\d)0?${d}(?:st|nd|rd|th|\\.|º)?\\s*(?:de\\s+|of\\s+)?${name})`;
    return new RegExp(`${near}[^\\n]{0,12}${y}`, 'u').test(t) || new RegExp(`${y}[^\\n]{0,6}${near}`, 'u').test(t);
  });
}

function findable(field, expected, text, language) {
  if (field === 'title') {
    const t = normTitle(text.replace(/\n/g, ' \n '));
    return expected.some((x) => t.includes(normTitle(x)));
  }
  if (field === 'author') {
    const t = fold(text);
    return names(expected).every((n) => t.includes(n));
  }
  return dayWritten(expected, text, language);
}

function judge(field, expected, got) {
  if (got == null || got === '') return 'missed';
  if (field === 'title') return expected.some((x) => normTitle(x) === normTitle(got)) ? 'found' : 'wrong';
  if (field === 'author') {
    const e = names(expected);
    const g = names(got);
    return g && e.length === g.length && e.every((x, i) => x === g[i]) ? 'found' : 'wrong';
  }
  return sameDay(expected, got) ? 'found' : 'wrong';
}

// ---------------------------------------------------------------------------------------------

const cases = path.join(folder, 'cases');
const rows = [];
for (const name of readdirSync(cases).sort()) {
  if (opt.only && !name.includes(opt.only)) continue;
  const exp = JSON.parse(readFileSync(path.join(cases, name, 'expected.json'), 'utf8'));
  const wanted = {
    title: exp.title == null ? null : [exp.title, ...(exp.title_alternates ?? [])],
    author: exp.author,
    published: exp.published,
  };
  if (Object.values(wanted).every((v) => v == null)) continue;
  const html = gunzipSync(readFileSync(path.join(cases, name, 'page.html.gz'))).toString('utf8');
  for (const [variant, , taken] of VARIANTS) {
    const doc = parseDocument(html);
    for (const kind of taken) kinds[kind](doc);
    const page = render(doc, { encodeEntities: 'utf8' });
    const left = remaining(doc);
    if (opt.save) {
      mkdirSync(opt.save, { recursive: true });
      writeFileSync(path.join(opt.save, `${name}.${variant}.html`), page);
    }
    const [article] = scrub(Buffer.from(page), { from: 'html' });
    for (const field of ['title', 'author', 'published']) {
      if (wanted[field] == null) continue;
      const got = article?.[field] ?? null;
      const verdict = judge(field, wanted[field], got);
      const can = findable(field, wanted[field], left, exp.language);
      rows.push({ page: name, variant, field, findable: can, verdict, expected: field === 'title' ? exp.title : wanted[field], got });
    }
  }
}

const FIELDS = ['title', 'author', 'published'];
console.log('findable / found (wrong), per variant and field; wrong values where not findable after the bar\n');
console.log(`${'variant'.padEnd(14)}${FIELDS.map((f) => f.padStart(24)).join('')}`);
let wrongs = 0;
for (const [variant, what] of VARIANTS) {
  const cells = FIELDS.map((field) => {
    const these = rows.filter((r) => r.variant === variant && r.field === field);
    const can = these.filter((r) => r.findable);
    const found = can.filter((r) => r.verdict === 'found').length;
    const wrong = can.filter((r) => r.verdict === 'wrong').length;
    const stray = these.filter((r) => !r.findable && r.verdict === 'wrong').length;
    wrongs += wrong + stray;
    return `${found}/${can.length} (${wrong}) | ${stray}`.padStart(24);
  });
  console.log(`${variant.padEnd(14)}${cells.join('')}   ${what}`);
}
const total = (pred) => rows.filter(pred).length;
console.log(`\nall: found ${total((r) => r.findable && r.verdict === 'found')}/${total((r) => r.findable)}, wrong ${wrongs}`);
console.log('\nmisses and wrong values (findable rows; wrong rows also where not findable):');
for (const r of rows) {
  if (r.verdict === 'found' || (!r.findable && r.verdict === 'missed')) continue;
  const mark = r.verdict === 'wrong' ? (r.findable ? 'WRONG' : 'WRONG*') : 'miss';
  console.log(`  ${mark.padEnd(6)} ${r.variant.padEnd(12)} ${r.page.slice(0, 30).padEnd(30)} ${r.field.padEnd(9)} want ${JSON.stringify(r.expected).slice(0, 70)}  got ${JSON.stringify(r.got)?.slice(0, 70)}`);
}
if (opt.json) writeFileSync(opt.json, `${JSON.stringify(rows, null, 1)}\n`);
