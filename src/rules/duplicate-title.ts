import type { Rule } from '../rule.js';
import { key } from '../util/fold.js';

// Drupal puts the title in the item body and the aggregator adds it again as the post title, so
// the first body line repeats it, sometimes with the site appended: "Title | Site", "Title - Site",
// or Google News's "Title<NBSP><NBSP>Source" (two spaces once normalized).
const SEPARATOR = / [|\-\u2013\u2014] | {2,}/g;

interface Split {
  base: string;
  suffix: string | null;
}

/** The text itself, and every way of reading it as "<base><separator><site>". */
function readings(text: string): Split[] {
  const out: Split[] = [{ base: text, suffix: null }];
  for (const m of text.matchAll(SEPARATOR)) {
    const suffix = text.slice(m.index + m[0].length).trim();
    if (suffix && suffix.length <= 60 && !suffix.includes('|')) out.push({ base: text.slice(0, m.index), suffix });
  }
  return out;
}

const rule: Rule = {
  id: 'duplicate-title',
  description: 'Removes the title repeated as the first body line (ignoring case, spacing, quote and dash style, and a " | Site" suffix).',
  zone: 'head',
  apply(ctx) {
    const first = ctx.lines[0];
    if (!ctx.title || !first || first !== ctx.all[0]) return;
    for (const t of readings(ctx.title)) {
      for (const l of readings(first.text)) {
        if (key(t.base) !== key(l.base) || (t.suffix && l.suffix)) continue;
        const suffix = t.suffix ?? l.suffix;
        if (suffix) ctx.meta('site', suffix, first, 20);
        ctx.remove(first);
        return;
      }
    }
  },
};
export default rule;
