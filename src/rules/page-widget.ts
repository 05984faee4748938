import { family, wholeLine, type Hit } from '../phrases/match.js';
import { profileCounts } from '../phrases/author-box.js';
import { navigationLabels } from '../phrases/page-chrome.js';
import { widgetLabels } from '../phrases/widgets.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { countWords } from '../text/fold.js';

// Button labels of a saved page's widgets (src/phrases/widgets.ts) stand on their own line or run
// together at the start of one, before an image caption or the lead. Only the run of labels at the
// line's start goes, a lone label only when it is the whole line; a label inside a sentence is prose. A star-rating widget flattens into
// "1 Star2 Stars3 Stars4 Stars5 Stars (4 votes, average: 5.00 out of 5)" in any language: the
// numbers one to five each glued to a word, then the tally, is no sentence.
// The page's navigation labels ("Skip to content", "Menu") stand alone at the top the same way.
// A button sits wherever the template put it, between two paragraphs as well as above the story:
// its label alone on a line is no sentence anywhere. But a one-word label ("Share" over a readers'
// call, the Danish "Del" for "Part") may be a heading of the text's own: between paragraphs, or
// over the last one, it stays (in markup, ui-control tells a button from a heading).
const LABELS = family([...widgetLabels, ...navigationLabels], '(?:\\s*\\d+)?');
const STARS = /^1 ?\p{L}+ ?2 ?\p{L}+ ?3 ?\p{L}+ ?4 ?\p{L}+ ?5 ?\p{L}+(?:\s*\(\d+ [^()]{3,80}\))?$/u;
const MAX_LABEL = 45;
// A profile's or a reaction bar's counter ("1.2K Followers", "Responses (4)"): the slot is a count.
const COUNTS = family(profileCounts);
const COUNT = /^\d[\d.,\u00a0 ]*[KkMm]?\+?$/u;
const isCount = (hit: Hit): boolean => COUNT.test((hit.groups['n'] ?? '').trim());
const COUNTER_SEPARATOR = /\s+[∙·•|]\s+/u;
const MAX_COUNTERS = 4;
const TALLY = /^\(\d+ \p{L}+, \p{L}+: \d[.,]\d{1,2} \p{L}+ 5\)$/u;

/**
 * The longest label that opens `text` at `start` and ends at one of `stops`. The piece starts at a
 * non-space, so a label that starts it is the whole piece: the whole-line matcher tries each lead
 * there only, and the shorter pieces are not tried once a longer one is a label.
 */
function longestLabel(text: string, start: number, stops: readonly number[]): { stop: number; hit: Hit } | null {
  for (let i = stops.length - 1; i >= 0; i--) {
    const stop = stops[i] as number;
    const hit = wholeLine(LABELS, text.slice(start, stop));
    if (hit) return { stop, hit };
  }
  return null;
}

/** Where the run of widget labels that opens `text` ends (0 when it opens with none). */
function labelRun(text: string): { end: number; lang: string; count: number } {
  let end = 0;
  let count = 0;
  let lang = '';
  for (;;) {
    const start = end + (text.slice(end).length - text.slice(end).trimStart().length);
    // Labels are short: only the stops within MAX_LABEL characters are tried, the longest first.
    const stops: number[] = [];
    for (let i = start; i !== -1 && i - start <= MAX_LABEL; i = text.indexOf(' ', i + 1)) if (i > start) stops.push(i);
    if (text.length - start <= MAX_LABEL) stops.push(text.length);
    const found = longestLabel(text, start, stops);
    if (!found) return { end, lang, count };
    end = found.stop;
    lang = found.hit.lang;
    count += 1;
  }
}

/** Text that goes on a sentence: a lower-case word first. */
const CONTINUES = /^\s*\p{Ll}/u;

const PROSE_WORDS = 10;
const isProse = (line: LineRef | undefined) => line !== undefined && countWords(line.text, PROSE_WORDS) >= PROSE_WORDS;
function mayBeHeading(ctx: RuleContext, line: LineRef, label: string): boolean {
  if (/\s/u.test(label.replace(/[\s:：\d]+$/u, '').trim())) return false;
  if (line.structural || (!ctx.inHead(line.n) && !ctx.inTail(line.n))) return true;
  // One line of several in a paragraph is an item of a list ("Print", "Online", "Radio").
  const at = ctx.all.indexOf(line);
  if (ctx.all[at - 1]?.block === line.block || ctx.all[at + 1]?.block === line.block) return true;
  // Above the story's first paragraph, or under its last, a lone label is the page's.
  return isProse(ctx.all[at + 1]) && ctx.all.slice(0, at).some(isProse);
}

const rule: Rule = {
  id: 'page-widget',
  description: 'Removes button labels (share, save, print, listen, "Updated"), star-rating widgets and profile counters ("1.2K Followers") of saved pages wherever they stand alone on a line.',
  zone: 'anywhere',
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text.trim();
      // Between head and tail only a whole line of labels goes: a paragraph is never one.
      if (text.length > MAX_LABEL * 2 && !ctx.inHead(line.n) && !ctx.inTail(line.n)) continue;
      // Both open with a fixed character: most lines need neither regex (each costs a compile of its letter classes).
      if ((text.startsWith('1') && STARS.test(text)) || (text.startsWith('(') && TALLY.test(text))) {
        ctx.remove(line);
        continue;
      }
      if (text.length <= MAX_LABEL * 2 && /\d/.test(text)) {
        // One counter, or a row of them between dots or bars ("12 Likes ∙ 3 Restacks").
        const parts = text.split(COUNTER_SEPARATOR);
        const hits = parts.length <= MAX_COUNTERS ? parts.map((p) => wholeLine(COUNTS, p, isCount)) : [null];
        if (hits.every((h) => h !== null) && (parts.length > 1 || text.length <= MAX_LABEL)) {
          ctx.remove(line, hits[0]?.lang);
          continue;
        }
      }
      const run = labelRun(line.text);
      if (!run.end) continue;
      if (line.text.slice(run.end).trim() === '') {
        if (run.count > 1 || !mayBeHeading(ctx, line, text)) ctx.remove(line, run.lang);
      }
      // One label before text is a sentence that starts with it; a row of them is the widget, unless
      // the text goes on in lower case: the labels were a sentence's first words ("Saltar al
      // contenido del puerto …" is the Spanish skip link and the Danish "Del" before "puerto").
      else if (run.count >= 2 && (ctx.inHead(line.n) || ctx.inTail(line.n)) && !CONTINUES.test(line.text.slice(run.end))) ctx.cut(line, 0, run.end, run.lang);
    }
  },
};
export default rule;
