import type { CheckRule } from '../rule.js';
import { sameness } from '../sameness.js';

const rule: CheckRule = {
  id: 'same-title',
  description: 'An earlier checked file has an article with the same title but a different body.',
  meta: { severity: 'warning' },
  checkSet: (files) => sameness(files, 'title'),
};
export default rule;
