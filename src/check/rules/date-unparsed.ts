import { UNREAD_DATE } from '../../readers/record.js';
import type { CheckRule } from '../rule.js';

const rule: CheckRule = {
  id: 'date-unparsed',
  description: 'A declared date (front matter date, published, pubDate) that no supported format reads.',
  check: (ctx) =>
    ctx.articles.flatMap((a) =>
      a.notes.filter((n) => n.message.endsWith(UNREAD_DATE)).map((n) => ({ line: n.line ?? 1, message: n.message.replace(UNREAD_DATE, 'is not a date that can be read') })),
    ),
};
export default rule;
