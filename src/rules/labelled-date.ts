import type { LineRef, Rule, RuleContext } from '../rule.js';
import { GENERIC_DATE_LABELS } from '../metadata/dates/labels.js';
import { dateLabel, dateLine, dateLineWeight, parseDate, type ParsedDate } from '../metadata/dates/dates.js';
import { countWords, endsLikeSentence } from '../text/fold.js';
import { CREDIT_DATE_WEIGHT } from './tail-dateline.js';

// A date line that says what it is ("Published: 2024-03-23", "- **Date:** ...", "Veröffentlicht am
// 5. März 2024", "Opublikowano: ...", "发布时间：...") is metadata wherever it stands at an edge of
// the dump, even below other meta lines: the label rules out a date the story mentions. Only the
// labels of publication count (date-labels.ts); "Imported:" or "Accessed:" dates are not taken, and a
// bare preposition ("on March 5") is not a label. In the tail it is the item's own field.
// The head reaches down to the first paragraph of prose: a metadata list under the title
// ("Author:", "Original link:", "Published:") runs longer than the three lines of the head zone.
const PROSE_WORDS = 20;
// An "Updated:" line is metadata too, but its date is a revision's (dateLineWeight): it only
// fills in when no publication date is found, and the search goes on.
// A dump without prose (a notice, a list) has no such paragraph: the head then ends here.
const MAX_META_LINES = 12;

const isProse = (l: LineRef) => endsLikeSentence(l.text) && countWords(l.text, PROSE_WORDS) >= PROSE_WORDS;

function beforeProse(all: readonly LineRef[], line: LineRef): boolean {
  const at = all.indexOf(line);
  const prose = all.findIndex(isProse);
  return prose === -1 ? at < MAX_META_LINES : at < prose;
}

/** Below the last paragraph of prose: the tail zone reaches higher when the last paragraphs are short. */
function afterProse(all: readonly LineRef[], line: LineRef): boolean {
  return !all.slice(all.indexOf(line) + 1).some(isProse);
}

/** The date a line declares: on the line itself, or, under a label standing alone, on the next line. */
function declared(ctx: RuleContext, line: LineRef): { date: ParsedDate; label: string; lines: LineRef[] } | null {
  const date = dateLine(line.text, { now: ctx.now });
  if (date?.label && date.by === undefined) return { date, label: date.label, lines: [line] };
  const label = date ? null : dateLabel(line.text);
  const next = label ? ctx.all[ctx.all.indexOf(line) + 1] : undefined;
  const below = next ? parseDate(next.text.replace(/^[-*+]\s+|\*\*|__/g, ''), { now: ctx.now }) : null;
  return label && next && below ? { date: below, label, lines: [line, next] } : null;
}

const rule: Rule = {
  id: 'labelled-date',
  meta: { extracts: ['published'] },
  description: 'Takes a labelled date line at the head or tail ("Published: ...", "Publié le ...", "Veröffentlicht am ...") as published.',
  zone: 'anywhere',
  apply(ctx) {
    for (const line of ctx.lines) {
      const found = declared(ctx, line);
      if (!found) continue;
      const { date, label, lines } = found;
      // "Date: Saturday, 5 June" above "Place: Town Hall" closes an event notice: in the tail only a
      // publication label counts (a generic one on the very last line is tail-dateline's).
      const generic = GENERIC_DATE_LABELS.has(label.toLowerCase());
      const tail = ctx.inTail(line.n) && !generic && afterProse(ctx.all, line);
      if (!tail && !beforeProse(ctx.all, line)) continue;
      const at = lines[lines.length - 1] ?? line;
      const publication = tail ? CREDIT_DATE_WEIGHT : 50;
      const weight = dateLineWeight({ ...date, label }, publication);
      ctx.meta('published', date.iso, at, weight, date.dayFirst);
      if (date.note) ctx.note(date.note, at);
      for (const l of lines) ctx.remove(l);
      if (weight === publication) return;
    }
  },
};
export default rule;
