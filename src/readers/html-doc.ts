import type { Doc } from '../doc.js';
import type { DomRule } from '../dom-rule.js';
import { unpinned } from '../text/unpin.js';
import { loadPage } from '../page/load.js';

// Every reader that meets markup (html, the text reader's envelopes, feeds, NDJSON) parses it here:
// a module of its own, so that those readers do not import one another for it.

export interface HtmlDocOptions {
  /** Resolve relative links and images against this URL (the article URL), when known. */
  baseUrl?: string | null;
  /** Input line number of the first character of `html` (feeds embed bodies deep in a file), default 1. */
  firstLine?: number;
  /** A whole page (<html>, <head> metadata) rather than a post body; default: detect. */
  page?: boolean;
  /** The DOM rules to run (a run's `ReadOptions.domRules`); default: the built-in ones. */
  domRules?: readonly DomRule[];
}

/** Parse an HTML body or page into a Doc: one Line per block (split at <br>), with Line.html set. */
export function htmlDoc(html: string, options: HtmlDocOptions = {}): Doc {
  const page = loadPage();
  const doc = page.htmlDocument(html, {
    baseUrl: options.baseUrl ?? null,
    firstLine: options.firstLine ?? 1,
    page: options.page ?? null,
    rules: options.domRules ?? page.domRules,
  });
  return ownStrings(doc);
}

/**
 * The parser's strings are views into the markup: the title, the metadata and the removals, which
 * outlive cleaning, get strings of their own, so that the markup can go once the body is cleaned.
 * Body lines stay views: the cleaner lets them go with the markup.
 */
function ownStrings(doc: Doc): Doc {
  if (doc.title) doc.title = { ...doc.title, text: unpinned(doc.title.text) };
  for (const c of doc.candidates) c.value = unpinned(c.value);
  for (const r of doc.removed) r.text = unpinned(r.text);
  return doc;
}
