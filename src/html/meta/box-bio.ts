import type { Removal } from '../../article.js';
import type { Candidate } from '../../doc.js';
import { signedName } from '../../metadata/credit/signed.js';

// An author box the DOM rules took out ("About the author" over "Jane Doe is a reporter at the
// Gazette, covering …") names the writer where often nothing else on the page does, as the same
// box does in a text dump (rules/author-bio.ts). Its removal is the heading and the bio in one
// text: the name is the run of capitalised words before the bio's verb, the heading's words before
// it left off one at a time ("About The Author Jane Doe is …").
const VERB = / (?:is|was|ist|war|est|était|es|era|é|è|fue|foi) /u;
const MAX_NAME_WORDS = 4;
/** Below every source that states the author: it only fills in. */
const BOX_WEIGHT = 10;

/** The writer the page's removed author box names, as a candidate, or null. */
export function boxAuthor(removed: readonly Removal[], site: string | null): Candidate | null {
  for (const r of removed) {
    if (r.rule !== 'author-box') continue;
    const verb = VERB.exec(r.text);
    if (!verb) continue;
    const words = r.text.slice(0, verb.index).trim().split(/\s+/u);
    const bio = r.text.slice(verb.index);
    for (let k = Math.max(0, words.length - MAX_NAME_WORDS); k <= words.length - 2; k++) {
      const name = signedName(words.slice(k).join(' ') + bio, site);
      if (name) return { field: 'author', value: name, from: 'html', line: r.line, weight: BOX_WEIGHT };
    }
  }
  return null;
}
