import type { CheckRule } from '../rule.js';

const rule: CheckRule = {
  id: 'short-body',
  description: 'The body is empty or shorter than `minWords` (default 30) once boilerplate is set aside.',
  meta: { severity: 'warning' },
  check: (ctx) =>
    ctx.articles.flatMap((a) => {
      const min = ctx.settings.minWords;
      if (a.wordCount >= min) return [];
      const message = a.wordCount === 0 ? 'The body is empty' : `The body has ${a.wordCount} word${a.wordCount === 1 ? '' : 's'} (at least ${min} expected)`;
      return [{ line: 1, message }];
    }),
};
export default rule;
