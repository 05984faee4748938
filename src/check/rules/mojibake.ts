import type { CheckRule } from '../rule.js';

const rule: CheckRule = {
  id: 'mojibake',
  description: 'Text that was decoded with the wrong encoding ("Itâ€™s" for "It’s"); --fix writes the repaired text.',
  meta: { severity: 'warning', fixable: true },
  check: (ctx) =>
    ctx.articles.flatMap((a) =>
      a.repairs.map((r) => {
        const at = ctx.lines[r.line - 1]?.indexOf(r.from) ?? -1;
        const place = at === -1 ? {} : { column: at + 1, endColumn: at + 1 + r.from.length };
        return { line: r.line, ...place, message: `Mis-decoded text "${r.from}" should read "${r.to}"` };
      }),
    ),
};
export default rule;
