import { family, wholeLine, type Hit } from '../phrases/match.js';
import { articleAge } from '../phrases/article-age.js';
import { paidLabels } from '../phrases/paid-labels.js';
import { formatLabels } from '../phrases/format-labels.js';
import { sectionNames } from '../phrases/sections.js';
import type { LineRef, Rule } from '../rule.js';
import { isSiteName } from '../metadata/credit/names.js';
import { isProse } from '../text/fold.js';

// A page prints labels between its headline and the story: the paid-content label ("Sponsored by
// Harbour Bank", "Paid content"), the old-story notice ("This article is more than 2 years old"),
// the section's name ("Opinion", "Analysis"), the item's format ("Video", "Live", "En direct").
// Each is only ever the whole line, and only above the story's first paragraph: lower down
// "Analysis" or "Video" is a subheading, and a section name is never a prefix to cut ("US Politics
// live: …" is a headline).
const PAID = family(paidLabels, String.raw`\s*[:.]?`);
const AGE = family(articleAge, String.raw`\s*[.!]?`);
const SECTION = family(sectionNames, String.raw`\s*:?`);
// A format label ("Video", "En direct") stands where a section's name does, and in no other place.
const FORMAT = family(formatLabels, String.raw`\s*:?`);

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
  description: 'Removes the labels a page prints over the story: paid content ("Sponsored by …", "Paid content"), old-story notices, section names and format labels ("Opinion", "Video").',
  zone: 'head',
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.code || !aboveStory(ctx.all, line)) continue;
      const text = line.text.trim();
      const hit = wholeLine(PAID, text, sponsorOnly) ?? wholeLine(AGE, text) ?? sectionName(text);
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
