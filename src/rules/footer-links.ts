import { family, wholeLine } from '../phrases/match.js';
import { footerLinks } from '../phrases/page-chrome.js';
import type { Rule } from '../rule.js';

// A site's footer links, flattened into one row under the story: "Privacy Policy | Terms of Use |
// Contact Us", "Impressum · Datenschutz · Kontakt", or with no separators at all ("About Us Contact
// Advertise Careers"). The row is only labels: two or more of them and separators, nothing else.
// One label alone is left ("Contact"), and a sentence that names a label is prose.
const LINKS = family(footerLinks, String.raw`\s*[?:]?`);
const SEPARATOR = /[\s|·•¦/\-\u2013\u2014,]/u;
/** Where a label may end: a space, or a separator glued to it ("Privacy|Terms"). */
const STOP = /[\s|·•¦]/u;
const MAX_LABEL = 50;

/** How many footer labels make up `text` with its separators, and their language; null if anything else is there. */
export function linkRow(text: string): { count: number; lang: string } | null {
  let at = 0;
  let count = 0;
  let lang = '';
  for (;;) {
    while (at < text.length && SEPARATOR.test(text.charAt(at))) at++;
    if (at >= text.length) return count > 0 ? { count, lang } : null;
    // The longest label first: "Privacy Policy" before "Privacy", which would leave "Policy" over.
    let found = -1;
    for (let stop = Math.min(text.length, at + MAX_LABEL); stop > at; stop--) {
      if (stop < text.length && !STOP.test(text.charAt(stop))) continue;
      const hit = wholeLine(LINKS, text.slice(at, stop));
      if (hit) {
        found = stop;
        lang ||= hit.lang;
        break;
      }
    }
    if (found < 0) return null;
    at = found;
    count++;
  }
}

const rule: Rule = {
  id: 'footer-links',
  description: 'Removes a row of site footer links under the story ("Privacy Policy | Terms of Use | Contact Us", "Impressum · Datenschutz · Kontakt").',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.code || line.text.length > 400) continue;
      const row = linkRow(line.text.trim());
      if (row && row.count >= 2) ctx.remove(line, row.lang);
    }
  },
};
export default rule;
