import { classMatch, elementRule } from './define.js';

// AddToAny: the kit and its buttons carry a2a_* classes (a2a_kit,
// a2a_dd, a2a_button_facebook), the plugin's wrappers addtoany_* ones.
export default elementRule({
  id: 'addtoany',
  description: 'Removes AddToAny share buttons and their wrappers (any element with an a2a_* or addtoany_* class).',
  wants: { attributes: ['class'] },
  matches: (el) => classMatch(el, [], ['a2a_', 'addtoany_']),
});
