import type { Rule } from '../rule.js';
import { endsLikeSentence } from '../text/fold.js';

// FiveFilters Full-Text RSS appends its notice to every item it expands ("... please read the FAQ at
// fivefilters.org/content-only/faq.php#publishers."; older builds say "our FAQ page"), so the fixed
// opening is matched and the rest of the line goes with it. "Let's block ads! (Why?)" is the ad
// notice of the same service. A feed that flattens paragraphs glues either to the end of the last
// one, after its full stop: then they are cut from there.
const NOTICE = /this entry passed through the full[- ]text rss service\b.*$/i;
const ADS = /let['’]s block ads! ?\(why\?\)\s*$/i;

const rule: Rule = {
  id: 'fivefilters-footer',
  description: 'Removes the FiveFilters Full-Text RSS notice "This entry passed through the Full-Text RSS service ..." and "Let\'s block ads! (Why?)".',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text;
      const m = NOTICE.exec(text) ?? ADS.exec(text);
      if (!m) continue;
      const before = text.slice(0, m.index).trim();
      if (before === '') ctx.remove(line);
      else if (endsLikeSentence(before)) ctx.cut(line, m.index, text.length);
    }
  },
};
export default rule;
