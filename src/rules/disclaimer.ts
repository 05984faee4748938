import { affiliateDisclosures, disclaimerLabels, disclaimerOpenings, disclaimers } from '../phrases/disclaimer.js';
import { family, wholeLine } from '../phrases/match.js';
import type { Rule } from '../rule.js';
import { escapeRegExp } from '../util/regex.js';
import { countWords } from '../text/fold.js';

// A stock disclaimer (src/phrases/disclaimer.ts) closing a post, alone or at the end of its last
// lines. The short sentences it stands among ("Data only. Not financial advice. Checked Oct 3.")
// are the same notice; a longer one before them is the post's own and stays.
const DISCLAIMER = family([...disclaimers, ...affiliateDisclosures], String.raw`\s*[.!。]?`);
// A notice that opens its sentence ("The views expressed … are those of the author") may run on
// to the sentence's end: a comma or a space, then no more sentences.
// An affiliate disclosure runs on the same way ("This post may contain affiliate links, meaning I
// get a commission if …").
const OPENINGS = family([...disclaimerOpenings, ...affiliateDisclosures], String.raw`(?:[\s,;]+[^.!?]*)?[.!。]?`);
const LABEL = new RegExp(`^(?:${[...new Set(disclaimerLabels.flatMap((set) => set.phrases))].map((p) => escapeRegExp(p).replace(/ :$/, '\\s*:')).join('|')})\\s*`, 'iu');
const SHORT_SENTENCE = 5;
// Sentence ends, with the closing emphasis of a Markdown line ("*… only.*").
const SENTENCE = /[^.!?。]+(?:[.!?。]+|$)\s*/gu;
// A reference mark opens Japanese notices ("※本記事は…").
const EMPHASIS = /^[\s*_※]+|[\s*_]+$/gu;

interface Span {
  start: number;
  text: string;
}

function sentences(text: string): Span[] {
  return [...text.matchAll(SENTENCE)].map((m) => ({ start: m.index, text: m[0] }));
}

/** A disclaimer run is a few short sentences: a paragraph is read from this far before its end. */
const RUN = 1000;
const SENTENCE_END = /[.!?]+\s*/g;
const TRAILING = new Set([' ', '\t', '\n', '\r', '\u00a0', '*', '_']);

/** `text` without trailing spaces and emphasis marks, by hand: a regex ending in $ tries every position of a paragraph. */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** Where the disclaimer run that ends `text` starts, and its language. */
function disclaimerStart(text: string): { start: number; lang: string } | null {
  const body = withoutTrailing(text);
  // Only the sentences of the last RUN characters can be the run, counted from a sentence's
  // start so that they split as in the whole text: a sentence reaching further back is prose.
  let from = 0;
  if (body.length > RUN) {
    SENTENCE_END.lastIndex = body.length - RUN;
    const end = SENTENCE_END.exec(body);
    if (!end || end.index + end[0].length >= body.length) return null;
    from = end.index + end[0].length;
  }
  const parts = sentences(body.slice(from)).map((p) => ({ start: p.start + from, text: p.text }));
  let start = -1;
  let lang: string | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as Span;
    const bare = part.text.replace(EMPHASIS, '').replace(LABEL, '');
    const hit = wholeLine(DISCLAIMER, bare) ?? wholeLine(OPENINGS, bare);
    if (hit) lang = hit.lang;
    else if (countWords(bare) > SHORT_SENTENCE) break;
    start = part.start;
  }
  return lang === null ? null : { start, lang };
}

const rule: Rule = {
  id: 'disclaimer',
  description: 'Removes stock disclaimers and affiliate disclosures at the edges of a post ("Not financial advice.", "This post may contain affiliate links.") with the short sentences around them.',
  // Affiliate disclosures open posts as often as they close them.
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const found = disclaimerStart(line.text);
      if (!found) continue;
      const before = line.text.slice(0, found.start);
      if (before.replace(EMPHASIS, '') === '') {
        ctx.remove(line, found.lang);
        continue;
      }
      ctx.cut(line, before.trimEnd().length, line.text.length, found.lang);
    }
  },
};
export default rule;
