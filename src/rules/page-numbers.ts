import { family, wholeLine, type Hit } from '../phrases/match.js';
import { pageOf } from '../phrases/post-nav.js';
import type { Rule } from '../rule.js';
import { isPageRowWord, runOfPages } from '../text/page-row.js';

// A multi-page post's page counter and page-number row, flattened to a line of their own:
// "Page 2 of 5", "‹ Seite 2 von 5 ›", "1 2 3 … 8 Next »", "« Previous Next »". Only a whole line
// of them: "on page 2 of the programme" is a sentence, and a line of bare numbers ("1 2 3") with
// no arrow or page word beside them may be the story's own.
const PAGE_OF = family(pageOf);
const ARROW = /^(?:[«»‹›<>←→⟵⟶◀▶|·•/\-–—…]+|\.\.\.)$/u;
const NUMBER = /^\d{1,4}$/;
const MAX_LINE = 120;
const MAX_TOKENS = 30;
const MIN_NUMBERS = 3;

const numeric = (hit: Hit) => NUMBER.test((hit.groups['n'] ?? '').trim()) && NUMBER.test((hit.groups['of'] ?? '').trim());
const isFiller = (t: string) => ARROW.test(t) || isPageRowWord(t);

function isCounter(tokens: readonly string[]): boolean {
  let from = 0;
  let to = tokens.length;
  while (from < to && isFiller(tokens[from] as string)) from++;
  while (to > from && isFiller(tokens[to - 1] as string)) to--;
  // The counter's own words ("Page") may be row words too: give them back until it reads whole.
  for (let start = from; start >= 0; start--) {
    for (let end = to; end <= tokens.length; end++) {
      if (wholeLine(PAGE_OF, tokens.slice(start, end).join(' '), numeric)) return true;
    }
  }
  return false;
}

function isRow(tokens: readonly string[]): boolean {
  const numbers: number[] = [];
  const words = new Set<string>();
  let marks = 0;
  for (const t of tokens) {
    if (NUMBER.test(t)) numbers.push(Number(t));
    else if (ARROW.test(t)) marks++;
    else if (isPageRowWord(t)) words.add(t.toLowerCase());
    else return false;
  }
  if (numbers.length === 0) return words.size >= 2;
  if (numbers.length < MIN_NUMBERS || (words.size === 0 && marks === 0)) return false;
  return runOfPages(numbers);
}

const rule: Rule = {
  id: 'page-numbers',
  description: 'Removes page counters and page-number rows left as a line of their own ("Page 2 of 5", "Seite 2 von 5", "1 2 3 Next »", "« Previous Next »").',
  zone: 'anywhere',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text.trim();
      if (text.length > MAX_LINE) continue;
      const tokens = text.split(/\s+/u);
      if (tokens.length > MAX_TOKENS) continue;
      if (isRow(tokens) || (/\d/.test(text) && isCounter(tokens))) ctx.remove(line);
    }
  },
};
export default rule;
