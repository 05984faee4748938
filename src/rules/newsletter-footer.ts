import { newsletterFooter } from '../phrases/newsletter-footer.js';
import type { LineRef, Rule } from '../rule.js';
import { dateLine } from '../metadata/dates/dates.js';
import { countWords, key } from '../text/fold.js';

// A newsletter issue ends with the same footer every time: "Archive" and the archive's address,
// "Contribute" and the asks (share it, discuss it on the forums, donate). The footer is taken from
// its first heading to the end of the body, and only when every line of it is furniture: a
// heading of the family, an address, or a short line that speaks of the archive, sharing or
// donating. It is sought among the last lines rather than in the tail zone, whose start the asks'
// own sentences move. A closing section of the article under "Support" that says anything else
// stays whole.
const HEADINGS = new Map<string, string>();
for (const [lang, set] of Object.entries(newsletterFooter)) for (const h of set.headings) HEADINGS.set(key(h), lang);
const SIGNALS = new RegExp(`(?<![\\p{L}])(?:${[...new Set(Object.values(newsletterFooter).flatMap((s) => s.signals))].join('|')})`, 'iu');
const URL_ONLY = /^<?https?:\/\/\S+>?\.?$/i;
const MAX_LINE_WORDS = 40;
const MAX_LINES = 14;

// A heading is a few words: a line many times longer than the longest one (room left for markup
// characters, spaces and character references that folding takes out) is none, and is not folded,
// which for a paragraph that is the whole body made three copies of it.
const MAX_HEADING = 8 * Math.max(...[...HEADINGS.keys()].map((h) => h.length)) + 64;
const heading = (line: LineRef): string | undefined => (line.text.length > MAX_HEADING ? undefined : HEADINGS.get(key(line.text.replace(/[:#*_]/g, ''))));
const furniture = (line: LineRef): boolean =>
  heading(line) !== undefined || URL_ONLY.test(line.text.trim()) || (countWords(line.text, MAX_LINE_WORDS + 1) <= MAX_LINE_WORDS && SIGNALS.test(line.text));

const rule: Rule = {
  id: 'newsletter-footer',
  description: 'Removes the standing footer of a newsletter issue ("Archive" with its address, "Contribute" with share, forum and donate asks) from its first heading to the end.',
  zone: 'tail',
  apply(ctx) {
    const all = ctx.all;
    let start = -1;
    let end = all.length;
    // The item's date line may still close the dump: tail-dateline takes it later.
    while (end > 0 && dateLine(all[end - 1]?.text ?? '') !== null) end--;
    for (let i = end - 1; i >= Math.max(0, end - MAX_LINES); i--) {
      const line = all[i];
      if (!line || !furniture(line)) break;
      if (heading(line) !== undefined) start = i;
    }
    const footer = start === -1 ? [] : all.slice(start, end);
    // Two headings, or one with at least two asks under it: a single "Archive" line is no footer.
    const headings = footer.filter((l) => heading(l) !== undefined).length;
    if (headings < 2 && footer.length < 3) return;
    const lang = heading(footer[0] as LineRef);
    for (const line of footer) ctx.remove(line, lang);
  },
};
export default rule;
