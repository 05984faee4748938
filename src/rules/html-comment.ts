import type { Rule } from '../rule.js';

// An HTML comment left in a text field: a CMS's markers ("<!--cache-->", "<!-- BREAK 1 -->",
// "<!--more-->") that a news API or an export copied with the text. In HTML they render as
// nothing, so in a plain-text dump they are residue wherever they stand, glued to words or not.
const COMMENT = /<!--[\s\S]*?-->/g;
const MAX_COMMENT = 200;

const QUOTES = /[`"'“”‘’«»]/u;

function quoted(text: string, start: number, end: number): boolean {
  const ticks = (text.slice(0, start).match(/`/g) ?? []).length;
  return ticks % 2 === 1 || QUOTES.test(text.charAt(start - 1)) || QUOTES.test(text.charAt(end));
}

const rule: Rule = {
  id: 'html-comment',
  description: 'Cuts HTML comments a plain-text field kept ("<!--cache-->", "<!-- BREAK 1 -->"), wherever they stand in a line.',
  zone: 'anywhere',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (!line.text.includes('<!--')) continue;
      // One written about, in a code span or in quotes ("write `<!-- note -->` to hide it"), stays.
      const spans = [...line.text.matchAll(COMMENT)].filter((m) => m[0].length <= MAX_COMMENT && !quoted(line.text, m.index, m.index + m[0].length));
      if (spans.length > 0 && line.text.replace(COMMENT, '').trim() === '') {
        ctx.remove(line);
        continue;
      }
      // From the last: cutting one leaves the offsets before it as they were.
      for (const m of spans.reverse()) ctx.cut(line, m.index, m.index + m[0].length);
    }
  },
};
export default rule;
