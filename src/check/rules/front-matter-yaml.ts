import type { CheckRule } from '../rule.js';

const rule: CheckRule = {
  id: 'front-matter-yaml',
  description: 'The front matter is not valid YAML (or not a mapping of keys to values), so none of it can be read.',
  check: (ctx) => ctx.errors.map((e) => ({ line: e.line ?? 1, message: e.error })),
};
export default rule;
