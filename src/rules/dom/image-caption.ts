import type { Element } from 'domhandler';
import { classes, closest } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';
import { shape } from './shape.js';

// Captions are a line or two; a longer text under a caption's name is a wrapper (a "caption" theme
// class on a whole figure-and-text block), not a caption.
const MAX_CAPTION = 600;

// Templates glue the word to their own prefix ("newsCaption", "imgcaption", "storycredit"); a
// picture's copyright is its credit ("story-image-copyright", "photo_rights", "bildquelle").
const NAMED = /(?:caption|credit|(?:image|img|photo|picture|pic|media|foto|bild)[-_]?(?:copyright|rights|source|quelle|fonte|fuente))$/i;

function isCaption(el: Element): boolean {
  if (el.name === 'figcaption') return true;
  // Vox Media and others credit a picture in a <cite> beside its caption.
  if (el.name === 'cite') return closest(el, (a) => a.name === 'figure') !== null;
  return classes(el).some((c) => NAMED.test(c) && !/^has-/i.test(c));
}

// The picture stays: only its caption goes. A class "wp-caption" names the figure around both.
// A <figcaption> is a caption by its name, even when the template writes it as paragraphs.
function captionOnly(el: Element): boolean {
  const s = shape(el);
  return !s.media && (s.prose === 0 || el.name === 'figcaption') && s.chars <= MAX_CAPTION;
}

export default furnitureRule({
  id: 'image-caption',
  description: 'Whole pages: removes picture captions and photo credits (figcaption, wp-caption-text, media-caption, credit) but keeps the pictures.',
  family: 'caption',
  also: isCaption,
  only: captionOnly,
});
