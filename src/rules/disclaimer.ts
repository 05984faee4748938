import { affiliateDisclosures, disclaimerLabels, disclaimers } from '../phrases/disclaimer.js';
import { family, wholeLine } from '../phrases/match.js';
import type { Rule } from '../rule.js';
import { countWords } from '../text/fold.js';

// A stock disclaimer (src/phrases/disclaimer.ts) closing a post, alone or at the end of its last
// lines. The short sentences it stands among ("Data only. Not financial advice. Checked Oct 3.")
// are the same notice; a longer one before them is the post's own and stays.
const DISCLAIMER = family([...disclaimers, ...affiliateDisclosures], String.raw`\s*[.!]?`);
const LABEL = new RegExp(`^(?:${[...new Set(disclaimerLabels.flatMap((set) => set.phrases))].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ :$/, '\\s*:')).join('|')})\\s*`, 'iu');
const SHORT_SENTENCE = 5;
// Sentence ends, with the closing emphasis of a Markdown line ("*… only.*").
const SENTENCE = /[^.!?]+(?:[.!?]+|$)\s*/gu;
const EMPHASIS = /^[\s*_]+|[\s*_]+$/g;

interface Span {
  start: number;
  text: string;
}

function sentences(text: string): Span[] {
  return [...text.matchAll(SENTENCE)].map((m) => ({ start: m.index, text: m[0] }));
}

/** Where the disclaimer run that ends `text` starts, and its language. */
function disclaimerStart(text: string): { start: number; lang: string } | null {
  const body = text.replace(/[\s*_]+$/, '');
  const parts = sentences(body);
  let start = -1;
  let lang: string | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as Span;
    const bare = part.text.replace(EMPHASIS, '').replace(LABEL, '');
    const hit = wholeLine(DISCLAIMER, bare);
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
