import { family, wholeLine, type Hit } from '../phrases/match.js';
import { articleAge } from '../phrases/article-age.js';
import { paidLabels } from '../phrases/paid-labels.js';
import { formatLabels } from '../phrases/format-labels.js';
import { sectionNames } from '../phrases/sections.js';
import { tocLabels } from '../phrases/toc-labels.js';
import type { LineRef, Rule } from '../rule.js';
import { isSiteName } from '../metadata/credit/names.js';
import { isProse } from '../text/fold.js';

// A page prints labels between its headline and the story: the paid-content label ("Sponsored by
// Harbour Bank", "Paid content"), the old-story notice ("This article is more than 2 years old"),
// the section's name ("Opinion", "Analysis"), the item's format ("Video", "Live", "En direct").
// Each is only ever the whole line, and only above the story's first paragraph (a format label
// also as the item's last line, under the story): in between, "Analysis" or "Video" is a
// subheading, and a section name is never a prefix to cut ("US Politics live: …" is a headline).
const PAID = family(paidLabels, String.raw`\s*[:.]?`);
const AGE = family(articleAge, String.raw`\s*[.!]?`);
const SECTION = family(sectionNames, String.raw`\s*:?`);
// A format label ("Video", "En direct") stands where a section's name does, and in no other place.
const FORMAT = family(formatLabels, String.raw`\s*:?`);
// A table of contents' label whose links a copy lost ("Inhaltsverzeichnis", "Sommaire").
const TOC = family(tocLabels, String.raw`\s*:?`);

/**
 * `text` (trimmed) as a whole is a kicker: a section's name ("Opinion", "Faits divers") or an
 * item's format ("Video", "Live"). The text reader asks it of the line over a headline too.
 */
export function sectionName(text: string): Hit | null {
  return wholeLine(SECTION, text) ?? wholeLine(FORMAT, text);
}
/**
 * The sponsor is a name ("Harbour Bank", "the Harbour Trust"): a clause after "Sponsored by" or
 * "Presented by the mayor at Tuesday's meeting" makes the line a sentence.
 */
function sponsorOnly(hit: Hit): boolean {
  const x = hit.groups.x;
  return x === undefined || isSiteName(x.trim(), 6);
}

/** Whether no paragraph of the story stands above `line`: the labels' place is over the lead. */
export function aboveStory(all: readonly LineRef[], line: LineRef): boolean {
  for (const l of all) {
    if (l.n >= line.n) return true;
    if (isProse(l.text)) return false;
  }
  return true;
}

const rule: Rule = {
  id: 'head-label',
  description: 'Removes the labels a page prints over the story (paid content, old-story notices, section and format names, a contents label: "Sponsored by …", "Opinion", "Inhaltsverzeichnis") and a format label closing the item.',
  zone: 'edges',
  apply(ctx) {
    const last = ctx.all.at(-1);
    for (const line of ctx.lines) {
      if (line.code) continue;
      const text = line.text.trim();
      // Under the story only the format's label stands alone, as the last line: "Video" under a
      // clip's transcript. Anywhere above the last line it heads what follows.
      if (line === last && !aboveStory(ctx.all, line)) {
        const format = wholeLine(FORMAT, text);
        if (format && ctx.inTail(line.n) && isProse(ctx.all.at(-2)?.text ?? '')) ctx.remove(line, format.lang);
        continue;
      }
      if (!ctx.inHead(line.n) || !aboveStory(ctx.all, line)) continue;
      const hit = wholeLine(PAID, text, sponsorOnly) ?? wholeLine(AGE, text) ?? sectionName(text) ?? wholeLine(TOC, text);
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
