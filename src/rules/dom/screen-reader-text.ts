import type { Element } from 'domhandler';
import { furnitureRule } from './furniture.js';
import { shape } from './shape.js';

// Screen-reader text is a label ("Image copyright", "Opens in a new window", a skip link); a long
// text under such a name is a theme's misuse of the class, and stays.
const MAX_LABEL = 200;

function labelOnly(el: Element): boolean {
  const s = shape(el);
  return s.prose === 0 && s.chars <= MAX_LABEL;
}

export default furnitureRule({
  id: 'screen-reader-text',
  description: 'Whole pages: removes text meant only for screen readers (sr-only, screen-reader-text, visually-hidden, off-screen), which the page never shows.',
  family: 'screenReader',
  only: labelOnly,
});
