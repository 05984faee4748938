import type { CheckRule } from '../rule.js';

const rule: CheckRule = {
  id: 'required-metadata',
  description: 'A metadata field the configuration requires (by default the title) was found neither in the front matter nor in the text.',
  check: (ctx) =>
    ctx.articles.flatMap((article) =>
      ctx.settings.required
        .filter((field) => article[field] === null)
        .map((field) => ({ line: 1, message: `Missing required ${field === 'published' ? 'date' : field}${ctx.articles.length > 1 ? ` in article ${article.source.index + 1}` : ''}` })),
    ),
};
export default rule;
