import type { CheckRule } from '../rule.js';
import { dateLine, publishedTime } from '../dates.js';

/** Dates without an offset are in the writer's own clock: a day of slack covers every time zone. */
const SLACK_MS = 24 * 60 * 60 * 1000;

const rule: CheckRule = {
  id: 'date-future',
  description: 'The published date is in the future (more than a day ahead, to allow for time zones).',
  check: (ctx) =>
    ctx.articles.flatMap((a) => {
      const time = publishedTime(a);
      if (time === null || time <= ctx.settings.now.getTime() + SLACK_MS) return [];
      return [{ line: dateLine(ctx, a), message: `Published date ${a.published} is in the future` }];
    }),
};
export default rule;
