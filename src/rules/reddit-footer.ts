import type { Rule } from '../rule.js';

// Reddit's RSS ends each item with '&#32; submitted by &#32; <a> /u/NAME </a> <br/> <span>[link]</span>
// &#32; <span>[comments]</span>' (r/programming/.rss). Dumps keep or decode the &#32; entities, pad the
// name with spaces, glue the whole footer to the last sentence or break the line at the <br/>.
// Matched on the raw text, with the entity counted as a space, because a cut needs raw offsets.
const SP = String.raw`(?:\s|&#32;|&#x20;|&nbsp;|&#160;)`;
const FOOTER = new RegExp(
  String.raw`${SP}*submitted${SP}+by${SP}+(?:\/?u\/([A-Za-z0-9_-]{2,30})|\[deleted\])${SP}*(\[link\]${SP}*\[comments\])?${SP}*$`,
  'i',
);
// What FOOTER cannot match without: a literal, found much faster than FOOTER fails at every position.
const SUBMITTED = /submitted/i;
const LINKS = new RegExp(String.raw`^${SP}*\[link\]${SP}*\[comments\]${SP}*$`, 'i');

const rule: Rule = {
  id: 'reddit-footer',
  description: 'Removes the Reddit feed footer "submitted by /u/NAME [link] [comments]", whole or glued to the last sentence, and keeps u/NAME as the author.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      // The links line left by the <br/>: bare link texts, never prose.
      if (LINKS.test(line.text)) {
        ctx.remove(line);
        continue;
      }
      const m = SUBMITTED.test(line.text) ? FOOTER.exec(line.text) : null;
      if (!m) continue;
      const whole = line.text.slice(0, m.index).trim() === '';
      // Glued to a sentence, "submitted by /u/x" alone could be prose about a post; the links cannot.
      if (!whole && !m[2]) continue;
      if (m[1]) ctx.meta('author', `u/${m[1]}`, line, 40);
      if (whole) ctx.remove(line);
      else ctx.cut(line, m.index);
    }
  },
};
export default rule;
