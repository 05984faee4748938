import type { Element } from 'domhandler';
import { namedAs } from './furniture.js';
import { pageElementRule } from './page-element.js';
import { shape } from './shape.js';

// A list of names (and pictures, and job titles); a block of prose under such a name is the
// team's story, which the page may be about.
const MAX_NAMES = 1500;

function isStaffList(el: Element): boolean {
  if (!namedAs(el, 'staff')) return false;
  const s = shape(el);
  return s.prose === 0 && s.chars <= MAX_NAMES;
}

export default pageElementRule({
  id: 'staff-list',
  description: "Whole pages: removes lists of a site's staff or contributors (team, staff-list, equipe, redaktion) that are names only.",
  wants: { attributes: ['class', 'id'] },
  matches: isStaffList,
});
