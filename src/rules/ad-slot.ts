import { adLabels } from '../phrases/ad-labels.js';
import { lettersKey } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';
import { lineRule, type LinePattern } from './define.js';

// Ad and lazy-load slot labels that survive text extraction; Readability drops nodes whose whole
// text is one of these words. "- Advertisement -" is the tagDiv themes' label,
// "Anzeige" the German press marking. Whole line only: "advertisement" in a sentence is prose.
// The labels of every language (src/phrases/ad-labels.ts) are compared as their letters, so
// "- REKLAMA -" is "reklama"; the two-letter ones ("Ad", "PR") are too plain for a line of text.
const LABELS = new Set(adLabels.flatMap((set) => set.phrases.map(lettersKey)).filter((k) => !/^[a-z]{1,3}$/.test(k)));
// Every line of every dump is tried: one longer than any label is no label. A set lookup, since a
// case-insensitive alternation of every label cost more than all other line rules together.
const LONGEST = Math.max(...[...LABELS].map((k) => k.length)) + 8;
const WHOLE = /^[\s\S]*$/;
// The longest folded line any pattern below takes: an ad label, or "advertisement - scroll down to
// continue reading" (47 characters).
const MAX_FOLDED = Math.max(LONGEST, 48);
const AD_LABEL: LinePattern = { exec: (folded: string) => (folded.length <= LONGEST && LABELS.has(lettersKey(folded)) ? WHOLE.exec(folded) : null) };

export default lineRule({
  id: 'ad-slot',
  description: 'Removes ad-slot and lazy-load labels on a line of their own ("Advertisement", "Werbung", "Anuncio", "Loading...", "Sponsored"), in many languages.',
  zone: 'anywhere',
  facts: { inArticle: true },
  cannotMatch: (text) => foldsLonger(text, MAX_FOLDED),
  patterns: [
    /^-? ?advertisement ?-?$/i,
    /^advertisement ?[-:] ?(?:scroll (?:down )?to continue(?: reading)?|story continues below|continue reading below)$/i,
    /^(?:werbung|anzeige|anuncio|publicidad|publicit[eé])$/i,
    /^loading ?\.\.\.$/i,
    /^sponsored$/i,
    AD_LABEL,
  ],
});
