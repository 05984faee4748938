import type { Removal } from '../article.js';
import type { Candidate, Doc } from '../doc.js';
import type { DomRule } from '../dom-rule.js';
import type { Line } from '../normalize.js';
import { blocksOf } from './blocks.js';
import { boxAuthor } from './meta/box-bio.js';
import { pageMeta } from './meta/index.js';
import { elements } from './dom.js';
import { contentRoot, isPage } from './page.js';
import { parseHtml } from './parse.js';
import { runDomRules } from './run-dom-rules.js';

export interface HtmlDocumentOptions {
  baseUrl: string | null;
  firstLine: number;
  /** null: decide from the markup. */
  page: boolean | null;
  /** The DOM rules to run, in order (the caller's choice: the HTML stage owns no rule list). */
  rules: readonly DomRule[];
}

// A heading at the very top is the post's title; deeper headings are sections of it.
const TITLE_LEVELS = 2;

/**
 * An HTML body or page as a Doc: metadata first (the DOM rules remove the JSON-LD it is read
 * from), then the DOM rules, then the blocks the line rules will see.
 */
export function htmlDocument(html: string, options: HtmlDocumentOptions): Doc {
  const parsed = parseHtml(html, options.firstLine);
  const page = options.page ?? isPage(parsed.document);
  // The tree is as parsed until the first DOM rule removes something: one walk lists its
  // elements for the content root, the metadata and the rules' dispatch.
  const all = elements(parsed.document);
  const meta = page ? pageMeta(parsed, options.baseUrl, contentRoot(parsed.document, all).element, all) : null;
  const baseUrl = meta?.base ?? options.baseUrl ?? meta?.candidates.find((c) => c.field === 'url')?.value ?? null;
  const removed: Removal[] = runDomRules(parsed.document, options.rules, { page, lineOf: parsed.lineOf, elements: all });
  const { blocks, dropped } = blocksOf(parsed.document, { lineOf: parsed.lineOf, baseUrl, page });
  removed.push(...dropped);

  const candidates: Candidate[] = [...(meta?.candidates ?? [])];
  const boxed = boxAuthor(removed, meta?.candidates.find((c) => c.field === 'site')?.value ?? null);
  if (boxed) candidates.push(boxed);
  let title: Line | null = meta?.title ? { n: meta.title.line, text: meta.title.text } : null;
  const first = blocks[0];
  if (first && first.heading !== null && first.heading <= TITLE_LEVELS) {
    const text = first.lines.map((l) => l.text).join(' ');
    const n = first.lines[0]?.n ?? options.firstLine;
    blocks.shift();
    // The page's declared title, when there is one, is still the one the cleaner compares with.
    title ??= { n, text };
    candidates.push({ field: 'title', value: text, from: 'html', line: n, weight: 50 });
    for (const l of first.lines) removed.push({ rule: 'title', line: l.n, text: l.text });
  }

  const lines: Line[] = [];
  for (const block of blocks) {
    const last = lines[lines.length - 1];
    if (last) lines.push({ n: last.n, text: '' });
    for (const l of block.lines) lines.push({ n: l.n, text: l.text, html: block.html, ...(block.picture && { picture: true }) });
  }
  return { title, lines, candidates, removed, notes: [] };
}
