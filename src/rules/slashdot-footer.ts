import type { Rule } from '../rule.js';

// Slashdot's RSS ends every summary with a link "Read more of this story at Slashdot." placed right
// after the last paragraph's markup, so text dumps often glue it to the last sentence with no space
// ("...in the summer.Read more of this story at Slashdot."). No word boundary is required before it;
// only the suffix is cut and the sentence stays.
const FOOTER = /\s*Read more of this story at Slashdot\.?\s*$/i;

/**
 * Whether the line ends as FOOTER must: unanchored, the pattern is tried at every position of every
 * tail line, paragraphs included, and this looks at the last few characters only.
 */
function endsWithSlashdot(text: string): boolean {
  const end = text.trimEnd();
  return (end.endsWith('.') ? end.slice(0, -1) : end).slice(-8).toLowerCase() === 'slashdot';
}

const rule: Rule = {
  id: 'slashdot-footer',
  description: 'Removes "Read more of this story at Slashdot." at the end, as a line or glued to the last sentence, and notes Slashdot as a possible site.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (!endsWithSlashdot(line.text)) continue;
      const m = FOOTER.exec(line.text);
      if (!m) continue;
      // A weak guess: the dump may come from a site that republishes Slashdot stories.
      ctx.meta('site', 'Slashdot', line, 10);
      if (line.text.slice(0, m.index).trim() === '') ctx.remove(line);
      else ctx.cut(line, m.index);
    }
  },
};
export default rule;
