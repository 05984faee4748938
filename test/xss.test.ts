import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import type { Element } from 'domhandler';
import { findAll } from 'domutils';
import matter from 'gray-matter';
import { parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticle, type Article } from '../src/article.js';
import { render } from '../src/index.js';
import { scrubItems } from '../src/pipeline.js';
import type { ReaderName } from '../src/readers/index.js';
import { VECTORS, vectorOf, type Vector } from './xss/vectors.js';

/**
 * Every vector of test/xss/vectors.ts in the title, author, url, body and attributes of every input
 * format, through the library to json, md and html; each HTML output (and each Markdown output as a
 * static site generator would publish it) checked statically, then loaded in Chromium.
 */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const xml = (s: string) => attr(s).replace(/>/g, '&gt;');
// A CDATA section cannot hold "]]>": split it over two sections, as feed writers do.
const cdata = (s: string) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const PROSE = 'The river ferry will run every forty minutes from the first of May, and every twenty minutes at weekends.';
const body = (t: string) => `<p>${PROSE}</p>\n<p>Before ${t} after.</p>\n${t}\n<p><a href="${attr(t)}">a link</a> <img src="${attr(t)}" alt="${attr(t)}"></p>`;

const FORMATS: Record<string, { from: ReaderName; input: (t: string) => string }> = {
  text: { from: 'text', input: (t) => `${t}\nBy ${t}\n\n${PROSE}\n\nBefore ${t} after.\n\n${t}\n` },
  'html page': {
    from: 'html',
    input: (t) => `<!doctype html><html><head><title>${t}</title><meta name="author" content="${attr(t)}"><link rel="canonical" href="${attr(t)}"></head>` +
      `<body><article><h1>${t}</h1><p class="byline">By ${t}</p>${body(t)}</article></body></html>`,
  },
  'html fragment': { from: 'html', input: (t) => `<h1>${t}</h1>\n${body(t)}\n` },
  markdown: {
    from: 'md',
    input: (t) => `---\ntitle: ${JSON.stringify(t)}\nauthor: ${JSON.stringify(t)}\nurl: ${JSON.stringify(t)}\nnote: ${JSON.stringify(t)}\n---\n\n${PROSE}\n\n` +
      `Before ${t} after.\n\n${t}\n\n[a link](${t}) and ![an image](${t}) and <${t}>\n`,
  },
  rss: {
    from: 'feed',
    input: (t) => `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
      `<channel><title>${xml(t)}</title><link>https://example.com/</link>` +
      `<item><title>${xml(t)}</title><link>${xml(t)}</link><dc:creator>${xml(t)}</dc:creator><description>${xml(body(t))}</description></item>` +
      `<item><title>${xml(t)}</title><dc:creator>${xml(t)}</dc:creator><description>${xml(t)}</description><content:encoded>${cdata(body(t))}</content:encoded></item>` +
      `</channel></rss>`,
  },
  atom: {
    from: 'feed',
    input: (t) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(t)}</title>` +
      `<entry><title type="html">${xml(t)}</title><author><name>${xml(t)}</name></author><link href="${xml(t)}"/><content type="html">${xml(body(t))}</content></entry>` +
      `<entry><title>${xml(t)}</title><summary>${xml(t)}</summary></entry></feed>`,
  },
  'json feed': {
    from: 'feed',
    input: (t) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: t, items: [
      { id: '1', url: t, title: t, authors: [{ name: t }], content_html: body(t) },
      { id: '2', title: t, content_text: `${PROSE}\n\n${t}` },
    ] }),
  },
  ndjson: {
    from: 'ndjson',
    input: (t) => `${JSON.stringify({ title: t, author: t, url: t, html: body(t) })}\n${JSON.stringify({ title: t, author: t, content: `${PROSE}\n\n${t}` })}\n`,
  },
};

// md: one file per article, as `-o <dir>` writes them and as a site generator reads them.
interface Case { vector: Vector; format: string; articles: Article[]; json: string; md: string[]; html: string; published: string[] }

// What a static site generator does with the md output: front matter off, the rest with raw HTML on.
const publisher = new MarkdownIt({ html: true });
const published = (md: string) => `<!doctype html><meta charset="utf-8"><title>post</title><body>${publisher.render(matter(md, {}).content)}</body>`;

const CASES: Case[] = [];
for (const vector of VECTORS) {
  for (const [format, { from, input }] of Object.entries(FORMATS)) {
    const articles = scrubItems(input(vector.text), { from, path: null }).filter(isArticle);
    const md = await Promise.all(articles.map((a) => render(a, 'md')));
    CASES.push({ vector, format, articles, md, json: await render(articles, 'json'), html: await render(articles, 'html'), published: md.map(published) });
  }
}

const SAFE_SCHEME = /^(?:https?|mailto):/i;
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'srcset', 'ping', 'cite', 'longdesc', 'codebase'];
// Everything feedscrub's documents and markdown-it's rendering are made of; any other element came from the input.
const ELEMENTS = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'article', 'header', 'span', 'time', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr',
  'th', 'td', 'br', 'hr', 'sup', 'sub', 'del', 's']);

/** A URL as a browser reads it: control characters and spaces around it and tabs and newlines inside dropped. */
const scheme = (url: string) => /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+/, ''))?.[1]?.toLowerCase() ?? null;

/** Whatever in an HTML document could run script or load something other than an image. */
function htmlProblems(html: string): string[] {
  const out: string[] = [];
  for (const el of findAll((_): _ is Element => true, parseDocument(html).children)) {
    const name = el.name.toLowerCase();
    if (!ELEMENTS.has(name)) out.push(`<${name}>`);
    if (name === 'meta' && el.attribs['http-equiv'] !== undefined) out.push('<meta http-equiv>');
    if (name === 'link' && el.attribs.rel !== 'canonical') out.push(`<link rel=${el.attribs.rel}>`);
    for (const [key, value] of Object.entries(el.attribs)) {
      const k = key.toLowerCase();
      if (k.startsWith('on')) out.push(`<${name} ${k}>`);
      if (k === 'srcdoc') out.push(`<${name} srcdoc>`);
      if (k === 'style' && !/^text-align:\s*(?:left|right|center)$/.test(value)) out.push(`<${name} style="${value}">`);
      if (!URL_ATTRS.includes(k)) continue;
      const s = scheme(value);
      const dataImage = name === 'img' && k === 'src' && /^\s*data:image\//i.test(value);
      if (s !== null && !SAFE_SCHEME.test(`${s}:`) && !dataImage) out.push(`<${name} ${k}="${value.slice(0, 60)}">`);
    }
  }
  return out;
}

// A renderer that validates no link, as a careless one would: what is left is what the Markdown says.
const careless = new MarkdownIt({ html: true });
careless.validateLink = () => true;
const BAD_LINK = /^(?:javascript|vbscript|data|file):/i;

/** Links and images in Markdown that point at a scheme that runs or embeds a document. */
function markdownLinks(md: string): string[] {
  const out: string[] = [];
  const walk = (tokens: ReturnType<MarkdownIt['parse']>) => {
    for (const t of tokens) {
      const url = t.type === 'link_open' ? t.attrGet('href') : t.type === 'image' ? t.attrGet('src') : null;
      if (url !== null && BAD_LINK.test(scheme(url) === null ? '' : url.replace(/^[\0- ]+/, '').replace(/[\t\n\r]/g, '')) &&
        !(t.type === 'image' && /^data:image\//i.test(url))) out.push(`${t.type} ${url.slice(0, 60)}`);
      // An image's description is its alt text, whatever links it holds.
      if (t.children && t.type !== 'image') walk(t.children);
    }
  };
  walk(careless.parse(matter(md, {}).content, {}));
  return out;
}

const yaml = createRequire(createRequire(import.meta.url).resolve('gray-matter'))('js-yaml') as {
  safeLoad(s: string): unknown;
  load(s: string): unknown;
};

function fails(check: (c: Case) => string[]): string[] {
  return CASES.flatMap((c) => check(c).map((p) => `#${c.vector.id} ${c.vector.kind} in ${c.format}: ${p}`));
}

describe(`${VECTORS.length} vectors x ${Object.keys(FORMATS).length} input formats`, () => {
  it('reach the outputs: every case gives articles, and the hostile text is in them', () => {
    expect(CASES.filter((c) => c.articles.length === 0).map((c) => `#${c.vector.id} ${c.format}`)).toEqual([]);
    // A corpus that the readers threw away whole would prove nothing: most titles must carry it.
    const carried = CASES.filter((c) => c.articles.some((a) => (a.title ?? '').includes(c.vector.marker.slice(4)) || a.text.includes(c.vector.marker.slice(4))));
    expect(carried.length).toBeGreaterThan(CASES.length * 0.85);
  });

  it('html output: no element, attribute or URL that can run script', () => {
    expect(fails((c) => htmlProblems(c.html))).toEqual([]);
  });

  it('md output, published with raw HTML on: the same', () => {
    expect(fails((c) => c.published.flatMap(htmlProblems))).toEqual([]);
  });

  it('md output: no javascript:, vbscript:, data: or file: link, even for a renderer that checks none', () => {
    expect(fails((c) => c.md.flatMap(markdownLinks))).toEqual([]);
  });

  it('json output: parses back to the articles', () => {
    expect(fails((c) => (JSON.stringify(JSON.parse(c.json)) === JSON.stringify(c.articles.length === 1 ? c.articles[0] : c.articles) ? [] : ['json differs']))).toEqual([]);
  });

  it('md front matter: title, author and url read back as the same strings, with gray-matter and js-yaml safe and full schemas', () => {
    const engines = { safe: (s: string) => yaml.safeLoad(s) as object, full: (s: string) => yaml.load(s) as object };
    expect(fails((c) => {
      // A url that is not http(s) is no Article url, but stays the user's key (in extra), written back as a string.
      const want = c.articles.map((a) => ({ title: a.title, author: a.author, url: a.url ?? (typeof a.extra.url === 'string' ? a.extra.url : null) }));
      return Object.entries(engines).flatMap(([name, parse]) => {
        const got = c.md.map((d) => matter(d, { engines: { yaml: parse } }).data as Record<string, unknown>)
          .map((d) => ({ title: d.title ?? null, author: d.author ?? null, url: d.url ?? null }));
        return JSON.stringify(got) === JSON.stringify(want) ? [] : [`${name}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`];
      });
    })).toEqual([]);
  });
});

const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = !!process.env['CI'] && !['0', 'false'].includes(process.env['CI'] ?? '');
const MISSING = `no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
if (!HAVE_CHROMIUM && !IN_CI) console.warn(`xss: browser tests skipped: ${MISSING}`);

// In CI a missing browser must fail the run: the static checks alone trust htmlparser2 to parse as Chromium does.
describe.skipIf(!HAVE_CHROMIUM && !IN_CI)(`in chromium${HAVE_CHROMIUM ? '' : ` (${MISSING})`}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set and there is ${MISSING}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  // Every request a document makes is recorded and refused.
  const docs = CASES.flatMap((c) => [
    { name: `#${c.vector.id} ${c.vector.kind} in ${c.format} -> html`, html: c.html },
    ...c.published.map((html, i) => ({ name: `#${c.vector.id} ${c.vector.kind} in ${c.format} -> md ${i + 1} published`, html })),
  ]);

  /** Loads `list` one after another in one page; what any of them did that a clean document does not. */
  async function run(page: Page, list: typeof docs, hits: string[], images: string[]): Promise<void> {
    let current = '';
    const hit = (what: string) => hits.push(`${current}: ${what}${vectorOf(what) ? '' : ' (no marker)'}`);
    page.on('dialog', (d) => (hit(`dialog ${d.type()} ${d.message()}`), void d.dismiss()));
    page.on('console', (m) => /xss/.test(m.text()) && hit(`console ${m.text()}`));
    page.on('pageerror', (e) => /xss/.test(e.message) && hit(`page error ${e.message}`));
    page.on('popup', (p) => hit(`popup ${p.url()}`));
    await page.route('**/*', (route) => {
      const req = route.request();
      // An image is content the allow-list keeps on purpose (a tracking pixel is a privacy matter, not script).
      if (req.resourceType() === 'image') images.push(req.url());
      else hit(`request ${req.resourceType()} ${req.url()}`);
      return route.abort();
    });
    for (const d of list) {
      current = d.name;
      await page.evaluate('delete window.__xss');
      await page.setContent(d.html, { waitUntil: 'load' });
      // Autofocus, ontoggle and marquee fire after load, a task later.
      const xss = await page.evaluate('new Promise((r) => setTimeout(() => r(window.__xss), 0))');
      if (xss !== undefined) hit(`window.__xss = ${String(xss)} (xss-${String(xss)})`);
    }
  }

  it('runs no script and loads nothing but images, for every html and published md output', { timeout: 180_000 }, async () => {
    const start = performance.now();
    const hits: string[] = [];
    const images: string[] = [];
    const PAGES = 6;
    const size = Math.ceil(docs.length / PAGES);
    await Promise.all(Array.from({ length: PAGES }, async (_, k) => {
      const page = await browser.newPage({ javaScriptEnabled: true });
      await run(page, docs.slice(k * size, (k + 1) * size), hits, images);
      await page.close();
    }));
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`xss: ${VECTORS.length} vectors x ${Object.keys(FORMATS).length} input formats: ${docs.length} documents loaded in chromium in ${seconds} s; ` +
      `${images.length} image requests refused, no other request`);
    expect(hits).toEqual([]);
  });

  it('would notice a hit: a script, a handler and a request in a document are reported', { timeout: 30_000 }, async () => {
    const page = await browser.newPage();
    const hits: string[] = [];
    const v = VECTORS[0] as Vector;
    const leaked = `<p>x</p><script>alert('${v.marker}')</script><img src=x onerror="window.__xss=${v.id}"><link rel=stylesheet href="http://127.0.0.1:9/${v.marker}">`;
    await run(page, [{ name: 'leak', html: leaked }], hits, []);
    await page.close();
    expect(hits.map((h) => h.split(': ')[1]?.split(' ')[0])).toEqual(expect.arrayContaining(['dialog', 'window.__xss', 'request']));
  });
});
