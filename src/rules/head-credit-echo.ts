import { withoutBylinePrefix } from '../metadata/credit/credit.js';
import type { Rule } from '../rule.js';
import { key } from '../text/fold.js';

// Agencies and CMSs print the item's credit again as the body's first line: "<p>EFE</p>" over a
// wire story whose author field is "EFE", "Jane Doe" or "Por Jane Doe" over a post credited to
// Jane Doe. Once the credit lines at the end have named the author or the site, a first line that
// says that name and nothing else is the credit again, not the story; a line that says more, or
// another name, stays.
const MAX_ECHO_LENGTH = 80;

const rule: Rule = {
  id: 'head-credit-echo',
  description: 'Removes a first line that only repeats the credit the dump gives at its end ("EFE" over a story credited to EFE, "By Jane Doe" over a post by Jane Doe).',
  zone: 'head',
  meta: { extracts: ['author'] },
  apply(ctx) {
    const first = ctx.all[0];
    const names = [ctx.author, ctx.site].filter((n): n is string => n !== null && n.trim() !== '').map(key);
    if (!first || ctx.all.length < 2 || names.length === 0 || !ctx.inHead(first.n) || first.text.length > MAX_ECHO_LENGTH) return;
    const said = (withoutBylinePrefix(first.text) ?? first.text).replace(/^[(\s]+|[)\s.:]+$/gu, '');
    if (said !== '' && names.includes(key(said))) ctx.remove(first);
  },
};
export default rule;
