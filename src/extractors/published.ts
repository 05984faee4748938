import type { Candidate } from '../doc.js';
import type { Extractor } from '../extractor.js';
import { ruleIds } from '../rules/index.js';

const RULES = new Set(ruleIds);

/**
 * The highest weight wins. Between equals the reader's declarations keep their order (a page's
 * <meta> before its JSON-LD before its <time>), but between two dates the rules found in the text
 * the one further down wins: a dump closes with the item's own date field, while a date near the
 * top is as often a dateline of the story or the day the page was rendered.
 */
function chosen(candidates: readonly Candidate[]): Candidate | null {
  let winner: Candidate | null = null;
  for (const c of candidates) {
    if (c.field !== 'published') continue;
    const later = winner !== null && RULES.has(c.from) && RULES.has(winner.from) && (c.line ?? 0) > (winner.line ?? 0);
    if (!winner || c.weight > winner.weight || (c.weight === winner.weight && later)) winner = c;
  }
  return winner;
}

/**
 * Whether a language writes numeric dates day first ("05/10/2018" is 5 October): all but American
 * English and the languages that write the year first. A bare "en" is taken as American, as the
 * parser's month-first default is, so that an unknown language changes nothing.
 */
function writesDayFirst(tag: string | null): boolean {
  if (!tag) return false;
  const [lang, region] = tag.toLowerCase().split('-');
  if (lang === 'en') return region !== undefined && !MONTH_FIRST_REGIONS.has(region);
  return !YEAR_FIRST.has(lang ?? '');
}
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'fm', 'mh', 'pw', 'as', 'gu', 'mp', 'pr', 'um', 'vi']);
const YEAR_FIRST = new Set(['zh', 'ja', 'ko', 'hu', 'lt', 'mn', 'fa', 'eu']);

const extractor: Extractor = {
  id: 'published',
  description: 'The publication date as ISO 8601, in the dump\'s own clock (no offset invented).',
  extract({ candidates, decided }) {
    const winner = chosen(candidates);
    if (winner?.dayFirst && writesDayFirst(decided.language ?? null)) return winner.dayFirst;
    return winner?.value ?? null;
  },
};
export default extractor;
