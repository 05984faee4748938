import { foldedStart } from '../text/fold-start.js';
import { lineRule } from './define.js';

const OPENING = /^this entry passed through the full[- ]text rss service\b/i;

// FiveFilters Full-Text RSS appends its notice to every item it expands ("... please read the FAQ at
// fivefilters.org/content-only/faq.php#publishers."; older builds say "our FAQ page"), so the fixed
// opening is matched and the rest of the line goes with it. "Let's block ads! (Why?)" is the ad
// notice of the same service.
export default lineRule({
  id: 'fivefilters-footer',
  description: 'Removes the FiveFilters Full-Text RSS notice "This entry passed through the Full-Text RSS service ..." and "Let\'s block ads! (Why?)".',
  zone: 'tail',
  // A long line (a whole body, maybe) is only folded at its start, where the notice opens.
  cannotMatch: (text) => text.length > 4096 && !OPENING.test(foldedStart(text)),
  patterns: [/^this entry passed through the full[- ]text rss service\b.*$/i, /^let's block ads! ?\(why\?\)$/i],
});
