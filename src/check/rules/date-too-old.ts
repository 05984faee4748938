import type { CheckRule } from '../rule.js';
import { dateLine, publishedTime } from '../dates.js';

const rule: CheckRule = {
  id: 'date-too-old',
  description: 'The published date is before the configured floor (`dateFloor`), a sign of a misread or placeholder date.',
  check: (ctx) => {
    const floor = ctx.settings.dateFloor;
    if (floor === null) return [];
    const limit = Date.parse(`${floor}T00:00:00Z`);
    return ctx.articles.flatMap((a) => {
      const time = publishedTime(a);
      if (time === null || time >= limit) return [];
      return [{ line: dateLine(ctx, a), message: `Published date ${a.published} is before ${floor}` }];
    });
  },
};
export default rule;
