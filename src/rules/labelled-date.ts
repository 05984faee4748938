import type { LineRef, Rule } from '../rule.js';
import { GENERIC_DATE_LABELS } from '../util/date-labels.js';
import { dateLine } from '../util/dates.js';
import { countWords, endsLikeSentence } from '../util/fold.js';
import { CREDIT_DATE_WEIGHT } from './tail-dateline.js';

// A date line that says what it is ("Published: 2024-03-23", "- **Date:** ...", "Veröffentlicht am
// 5. März 2024", "Opublikowano: ...", "发布时间：...") is metadata wherever it stands at an edge of
// the dump, even below other meta lines: the label rules out a date the story mentions. Only the
// labels of publication count (date-labels.ts); "Imported:" or "Accessed:" dates are not taken, and a
// bare preposition ("on March 5") is not a label. In the tail it is the item's own field.
// The head reaches down to the first paragraph of prose: a metadata list under the title
// ("Author:", "Original link:", "Published:") runs longer than the three lines of the head zone.
const PROSE_WORDS = 20;
// A dump without prose (a notice, a list) has no such paragraph: the head then ends here.
const MAX_META_LINES = 12;

function beforeProse(all: readonly LineRef[], line: LineRef): boolean {
  for (const [i, l] of all.entries()) {
    if (i >= MAX_META_LINES) return false;
    if (l === line) return true;
    if (endsLikeSentence(l.text) && countWords(l.text, PROSE_WORDS) >= PROSE_WORDS) return false;
  }
  return false;
}

const rule: Rule = {
  id: 'labelled-date',
  description: 'Takes a labelled date line at the head or tail ("Published: ...", "Publié le ...", "Veröffentlicht am ...") as published.',
  zone: 'anywhere',
  apply(ctx) {
    for (const line of ctx.lines) {
      const date = dateLine(line.text, { now: ctx.now });
      if (!date?.label || date.by !== undefined) continue;
      // "Date: Saturday, 5 June" above "Place: Town Hall" closes an event notice: in the tail only a
      // publication label counts (a generic one on the very last line is tail-dateline's).
      const generic = GENERIC_DATE_LABELS.has(date.label.toLowerCase());
      const tail = ctx.inTail(line.n) && !generic;
      if (!tail && !beforeProse(ctx.all, line)) continue;
      ctx.meta('published', date.iso, line, tail ? CREDIT_DATE_WEIGHT : 50);
      if (date.note) ctx.note(date.note, line);
      ctx.remove(line);
      return;
    }
  },
};
export default rule;
