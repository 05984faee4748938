import type { Rule } from '../rule.js';

// An HTML comment left in a text field: a CMS's markers ("<!--cache-->", "<!-- BREAK 1 -->",
// "<!--more-->") that a news API or an export copied with the text. In HTML they render as
// nothing, so in a plain-text dump they are residue wherever they stand, glued to words or not.
const COMMENT = /<!--[\s\S]*?-->/g;
const MAX_COMMENT = 200;

const QUOTES = /[`"'“”‘’«»]/u;

/**
 * The comments of a line that stand as residue: not written about in a code span or in quotes
 * ("write `<!-- note -->` to hide it"). Backticks are counted once along the line, so a line of
 * many comments costs its length, not its length for each comment.
 */
function residue(text: string): RegExpMatchArray[] {
  const spans: RegExpMatchArray[] = [];
  let ticks = 0;
  let counted = 0;
  for (const m of text.matchAll(COMMENT)) {
    const start = m.index ?? 0;
    for (let i = text.indexOf('`', counted); i !== -1 && i < start; i = text.indexOf('`', i + 1)) ticks++;
    counted = start;
    const end = start + m[0].length;
    const quoted = ticks % 2 === 1 || QUOTES.test(text.charAt(start - 1)) || QUOTES.test(text.charAt(end));
    if (m[0].length <= MAX_COMMENT && !quoted) spans.push(m);
  }
  return spans;
}

const rule: Rule = {
  id: 'html-comment',
  description: 'Cuts HTML comments a plain-text field kept ("<!--cache-->", "<!-- BREAK 1 -->"), wherever they stand in a line.',
  zone: 'anywhere',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (!line.text.includes('<!--')) continue;
      const spans = residue(line.text);
      if (spans.length > 0 && line.text.replace(COMMENT, '').trim() === '') {
        ctx.remove(line);
        continue;
      }
      // From the last: cutting one leaves the offsets before it as they were.
      for (const m of spans.reverse()) ctx.cut(line, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  },
};
export default rule;
