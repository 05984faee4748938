import type { Rule } from '../rule.js';

// "Read More" is Feedzy's [#item_url] link text; "Continue reading →" / "Continue reading "<Title>""
// come from Twenty Ten-Twelve and _s themes; "(more…)" is the core more-link; "Read the rest of this
// entry »" is Kubrick's. The last four say the post was cut at <!--more-->, so the body is an excerpt.
const LINK = /^(?:read more|read the full (?:story|article|post)|keep reading)(?: ?[»>→.:]+| \.\.\.)?$/i;
const EXCERPT = [
  /^continue reading(?: ?[»>→:]+| \.\.\.)?$/i,
  /^continue reading\b.{0,200}$/i,
  /^\(?more\s?\.\.\.\)?$/i,
  /^read the rest of this (?:entry|post)\s?[»>→]*$/i,
];
// Core's excerpt_more " […]" (and "[...]", "[&hellip;]", "[&#8230;]", the mojibake "[â€¦]") at the
// very end of the last paragraph; fold() has already turned the entity forms into "[...]".
const TRAILING_ELLIPSIS = /\s*\[(?:\.\.\.|…|â€¦)\]$/;

const rule: Rule = {
  id: 'read-more',
  description: 'Removes "Read More", "Continue reading …", "(more…)" links and a trailing "[…]"; the last three mark the article truncated.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      if (LINK.test(line.folded)) ctx.remove(line);
      else if (EXCERPT.some((p) => p.test(line.folded))) {
        ctx.markTruncated(line);
        ctx.remove(line);
      }
    }
    const last = ctx.all.at(-1);
    if (!last || !ctx.inTail(last.n)) return;
    const raw = /\s*\[(?:\.\.\.|…|&hellip;|&#8230;|&#x2026;|â€¦)\]$/i.exec(last.text);
    if (raw && TRAILING_ELLIPSIS.test(last.folded)) {
      ctx.markTruncated(last);
      ctx.cut(last, raw.index);
    }
  },
};
export default rule;
