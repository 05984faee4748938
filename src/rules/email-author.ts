import { contactLabels } from '../phrases/contact-author.js';
import { family, wholeLine } from '../phrases/match.js';
import type { Rule } from '../rule.js';
import { lineRule } from './define.js';
import { tokensAtLeast } from '../text/fold-start.js';

// RSS 2.0's <author> is an e-mail address with the name in brackets ("desk@example.com (Example
// News)"); aggregators that flatten an item print it, sometimes followed by the name again, as
// the first line of the text. A line that is only that is the item's metadata, never prose; the
// name in brackets is taken as the author.
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

const fields = lineRule({
  id: 'email-author',
  description: 'Removes RSS author fields printed as a line of text ("desk@example.com (Example News)", "Example News (mailto:desk@example.com)") and labelled addresses ("Contact the author: …") at the edges.',
  zone: 'edges',
  facts: { extracts: ['author'] },
  // An address and a name of 60 characters at most (twice): fewer than 70 tokens, and folding
  // only adds to a line's tokens, so a longer line is not folded.
  cannotMatch: (text) => tokensAtLeast(text, 70),
  patterns: [
    /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+ \(([^()]{1,60})\)(, ?\1)?$/u,
    // The other order, as dc:creator and old CMS exports print it: "Desk Name (mailto:desk@…)",
    // "Jane Roe <jane@…>".
    /^(?<name>[^()<>@\s]{1,40}(?: [^()<>@\s]{1,40}){0,4}) ?[(<](?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]$/u,
  ],
  // The name printed again after the field is the feed's publication name: the site, no author;
  // so is a name that is a domain ("N24.de").
  meta: (m) => {
    const name = m.groups?.name;
    if (name !== undefined) return DOMAIN.test(name) ? { site: name } : { author: name };
    return m[2] ? { site: m[1] ?? '' } : { author: m[1] ?? '' };
  },
});

// The writer's address under a label closing a story ("Contact the author: jane@example.com",
// src/phrases/contact-author.ts) is a way to write in, not a credit: no name is read from it.
const CONTACT = family(contactLabels, String.raw`\s*<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?\.?`);

const rule: Rule = {
  ...fields,
  apply(ctx) {
    for (const line of ctx.lines) {
      if (!line.text.includes('@') || tokensAtLeast(line.text, 20)) continue;
      const hit = wholeLine(CONTACT, line.text.trim());
      if (hit) ctx.remove(line, hit.lang);
    }
    fields.apply(ctx);
  },
};
export default rule;
