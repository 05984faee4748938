import type { CheckRule } from '../rule.js';
import { sameness } from '../sameness.js';

const rule: CheckRule = {
  id: 'duplicate-article',
  description: 'The same article (same title and body, ignoring case, spacing and typography) appears earlier in the checked files.',
  meta: { severity: 'warning' },
  checkSet: (files) => sameness(files, 'article'),
};
export default rule;
