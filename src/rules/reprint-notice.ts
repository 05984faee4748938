import { family, hitsAtEnd } from '../phrases/match.js';
import { reprintNotices } from '../phrases/reprint.js';
import type { Rule } from '../rule.js';
import { spaceSeparated } from '../text/fold.js';

// Reprint and copyright notices close a post, on their own line or glued after its last sentence.
// The notice runs to the end of its line and stays short: an article about copyright law that
// quotes such a sentence goes on, and keeps it.
const NOTICES = family(reprintNotices, '(?<rest>.*)');
// What follows the notice's phrase is more of the notice, after a space or its punctuation: a
// clause glued on ("無断転載禁止の表示は、…") makes the phrase a sentence's subject.
const NOTICE_GOES_ON = /^(?:$|[\s\p{P}\p{S}])/u;
const MAX_WORDS = 40;
const MAX_CHARS = 120;
const AFTER_SENTENCE = /[.!?。！？"”»)）]$/u;

const rule: Rule = {
  id: 'reprint-notice',
  description: 'Removes reprint and copyright notices under a post ("本文由…原创发布，转载请…", "转载请注明", "Nachdruck nur mit Genehmigung"), in many languages.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = hitsAtEnd(NOTICES, line.text, (h) => {
        const rest = line.text.slice(h.start);
        const before = line.text.slice(0, h.start).trim();
        const after = h.groups.rest ?? '';
        // A phrase that ends on its own colon ("版权声明：") is a label: what follows is the notice.
        const labelled = /[\p{P}]$/u.test(line.text.slice(0, h.end - after.length));
        return (labelled || NOTICE_GOES_ON.test(after)) && spaceSeparated(rest, MAX_WORDS + 1) <= MAX_WORDS && rest.length <= MAX_CHARS && (before === '' || AFTER_SENTENCE.test(before));
      }, true);
      if (!hit) continue;
      if (line.text.slice(0, hit.start).trim() === '') ctx.remove(line, hit.lang);
      else ctx.cut(line, hit.start, line.text.length, hit.lang);
    }
  },
};
export default rule;
