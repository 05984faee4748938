import { singleSpaced } from '../text/fold.js';

// The separators a page title puts between the headline and the site.
// Japanese and Chinese titles put a full-width bar without spaces: "見出し｜サイト名".
const TITLE_SEPARATOR = /^\s*(?:[|\-\u2013\u2014•·:»]|::)\s+|^\s*[｜|]\s*/u;
const INNER_SEPARATOR = /\s+(?:[|\u2013\u2014•·»]|::|-)\s+|\s*｜\s*/u;
const MAX_SITE_WORDS = 8;

/**
 * The site a page's own title adds to the headline ("Site Takeover via … - SpecterOps",
 * "Royal Self-Indicting Arrogance - Sputnik International"), when both are known: the rest of the
 * page title after a separator, its last part where it names a section too ("… | News | Site").
 * Null when the page title is not the headline with something after it.
 */
export function titleSuffix(headline: string, pageTitle: string): string | null {
  const h = singleSpaced(headline).trim();
  const p = singleSpaced(pageTitle).trim();
  if (!h || p.length <= h.length || p.slice(0, h.length).toLowerCase() !== h.toLowerCase()) return null;
  const rest = p.slice(h.length);
  const sep = TITLE_SEPARATOR.exec(rest);
  const tail = sep ? rest.slice(sep[0].length).trim() : '';
  const site = tail.split(INNER_SEPARATOR).at(-1)?.trim() ?? '';
  return site && site.split(/\s+/).length <= MAX_SITE_WORDS && !/[.!?]$/.test(site) ? site : null;
}
