import type { Rule } from '../rule.js';

// PLACEHOLDER: not implemented yet. The rule-coverage test fails until this rule has a firing
// fixture, so a placeholder cannot pass for a finished rule.
const rule: Rule = {
  id: 'substack',
  description: 'PLACEHOLDER',
  zone: 'anywhere',
  apply() {},
};
export default rule;
