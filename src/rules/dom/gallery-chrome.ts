import type { Element } from 'domhandler';
import { furnitureRule } from './furniture.js';
import { shape } from './shape.js';

// Controls are a few words: "Previous", "Next", "1 / 23", "Back to gallery".
const MAX_CONTROLS = 200;

function controlsOnly(el: Element): boolean {
  const s = shape(el);
  return !s.media && s.prose === 0 && s.chars <= MAX_CONTROLS;
}

export default furnitureRule({
  id: 'gallery-chrome',
  description: 'Whole pages: removes slideshow and carousel controls and counters ("Previous", "Next", "1 / 23", "Back to gallery") but keeps the pictures.',
  family: 'gallery',
  only: controlsOnly,
});
