import type { Element } from 'domhandler';
import { furnitureRule } from './furniture.js';
import { shape } from './shape.js';

// A tag list is a row of short links; a long text under such a name is a wrapper ("topics" around a section page).
const MAX_TAGS = 500;

function tagsOnly(el: Element): boolean {
  const s = shape(el);
  return s.prose === 0 && s.chars <= MAX_TAGS;
}

export default furnitureRule({
  id: 'tag-list',
  description: 'Whole pages: removes tag, topic and category lists under a post ("Tags:", "Filed under", "Related Topics", cat-links).',
  family: 'tags',
  only: tagsOnly,
});
