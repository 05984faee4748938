import { lineRule } from './define.js';

// Ad and lazy-load slot labels that survive text extraction; Readability drops nodes whose whole
// text is one of these words. "- Advertisement -" is the tagDiv themes' label,
// "Anzeige" the German press marking. Whole line only: "advertisement" in a sentence is prose.
export default lineRule({
  id: 'ad-slot',
  description: 'Removes ad-slot and lazy-load labels on a line of their own ("Advertisement", "Werbung", "Anuncio", "Loading...", "Sponsored").',
  zone: 'anywhere',
  facts: { inArticle: true },
  patterns: [
    /^-? ?advertisement ?-?$/i,
    /^advertisement ?[-:] ?(?:scroll (?:down )?to continue(?: reading)?|story continues below|continue reading below)$/i,
    /^(?:werbung|anzeige|anuncio|publicidad|publicit[eé])$/i,
    /^loading ?\.\.\.$/i,
    /^sponsored$/i,
  ],
});
