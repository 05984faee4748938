import { dateLine } from '../metadata/dates/dates.js';
import { BYLINE_PREFIX } from '../metadata/credit/names.js';
import { countWords, endsLikeSentence, hasWordChar } from '../text/fold.js';
import { family, wholeLine } from '../phrases/match.js';
import { navigationLabels } from '../phrases/page-chrome.js';
import { sectionName } from '../rules/head-label.js';
import { readingTimeLang } from '../text/reading-time.js';

// A title is a short line that is not a sentence, a byline or a date. When the first line fails
// that test the dump has no title: taking a paragraph for the title would hide it from the body.
const MAX_TITLE_WORDS = 30;
// A full sentence inside the line ("...goes back to 1949. And more"): a paragraph, even when what
// follows the full stop does not end like one. A short run before the stop ("Dr. Who", "U.S. Stocks")
// is an abbreviation.
const SENTENCE_INSIDE = /^(?:\S+\s+){5,}\S*[^\s.!?…][.!?]["'”’)]*\s+\S/;

// Tabloids ask, then tell, in one headline: "Could the case be solved? Dog finds scent at the
// home of suspect" (no full stop inside, none at the end). A paragraph ends like a sentence.
const ASKED_INSIDE = /^[^.]*[?!]["'”’)]*\s+[^.?!]*[^\s.?!…:;,]$/u;

// Quotes and brackets may open a title ("« Prisoner of the palace », by ..."); other punctuation not.
const OPENING = /^["'“‘«„‚(\[]+\s*/u;

// A saved page's text may open with its navigation ("Skip to content", "Menu"): no title.
const NAVIGATION = family(navigationLabels, String.raw`\s*:?`);

/**
 * Whether a line reads as a title. `sentences: false` lets a headline of two sentences through
 * ("Home Depot Stock Is Falling. Why You Shouldn’t Worry."): for a line whose place says it is one.
 */
export function looksLikeTitle(text: string, sentences = true): boolean {
  const t = text.trim();
  const count = countWords(t);
  return (
    count > 0 &&
    // A line that opens with punctuation ("! 0", "— and then") is the tail of something, not a title.
    hasWordChar(t.replace(OPENING, '').split(/\s/, 1)[0] ?? '') &&
    count <= MAX_TITLE_WORDS &&
    !(sentences && SENTENCE_INSIDE.test(t) && !ASKED_INSIDE.test(t)) &&
    t.length <= 300 &&
    !(sentences && endsLikeSentence(t) && /[.;:]$/.test(t) && !t.endsWith('...')) &&
    !BYLINE_PREFIX.test(t) &&
    dateLine(t) === null &&
    // "5 min read" under a byline's date is the byline's, no headline.
    readingTimeLang(t) === null &&
    wholeLine(NAVIGATION, t) === null
  );
}

/**
 * Whether the text opens with a section's kicker over the headline: "Politics", a blank line, a
 * longer line that reads as a title, a blank line. The kicker is then no title: the reader leaves
 * the title open and page-head (rules/page-head.ts) takes the headline, with the story under it,
 * and removes the kicker above it. Where it cannot, the first paragraph is the title as before.
 */
export function opensWithKicker(lines: readonly { text: string }[]): boolean {
  const at = (from: number) => {
    let i = from;
    while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
    return i;
  };
  const k = at(0);
  const h = k + 2;
  const kicker = lines[k]?.text.trim() ?? '';
  const headline = lines[h]?.text.trim() ?? '';
  if (!kicker || (lines[k + 1]?.text.trim() ?? '') !== '' || (lines[h + 1]?.text.trim() ?? '') !== '' || at(h + 1) >= lines.length) return false;
  return (
    headline.length >= 2 * kicker.length &&
    countWords(headline) > countWords(kicker) &&
    !endsLikeSentence(headline) &&
    sectionName(kicker) !== null &&
    looksLikeTitle(headline)
  );
}
