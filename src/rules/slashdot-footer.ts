import type { Rule } from '../rule.js';

// PLACEHOLDER: not implemented yet. The rule-coverage test fails until this rule has a firing
// fixture, so a placeholder cannot pass for a finished rule.
const rule: Rule = {
  id: 'slashdot-footer',
  description: 'PLACEHOLDER',
  zone: 'tail',
  apply() {},
};
export default rule;
