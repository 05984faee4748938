import type { Rule } from '../rule.js';

// Social Warfare (and Better Click To Tweet) render a quote box whose button text "Click To Tweet"
// ends up glued after the quote, sometimes with no space at all. The label is
// title-cased; "readers can click to tweet" in a sentence is lower-case and stays.
const SUFFIX = /\s*(?:Click [Tt]o Tweet|CLICK TO TWEET)$/;

const rule: Rule = {
  id: 'click-to-tweet',
  description: 'Cuts the "Click To Tweet" button label that Social Warfare leaves after a quote, keeping the quote.',
  zone: 'anywhere',
  meta: { lineLocal: true, inArticle: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      // The pattern ends the line: most lines are told apart by their last letters alone.
      if (!line.text.endsWith('Tweet') && !line.text.endsWith('TWEET')) continue;
      const m = SUFFIX.exec(line.text);
      if (!m) continue;
      if (line.text.slice(0, m.index).trim() === '') ctx.remove(line);
      else ctx.cut(line, m.index);
    }
  },
};
export default rule;
