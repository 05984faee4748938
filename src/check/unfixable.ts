import { isMetadataLine } from '../registry.js';
import { bylineConflict, FIXED_FORMATS } from './fix.js';
import type { Finding } from './report.js';
import type { FileContext } from './rule.js';

/**
 * Why `--fix` left a file's findings of fixable rules in place, in words a user can act on: the
 * option or step that would let it fix them, or the rule to turn off. Null when nothing was held back.
 * `typed`: the file's path from the working folder, for the commands the message suggests.
 */
export function unfixedReason(ctx: FileContext, findings: readonly Finding[], fixable: ReadonlySet<string>, typed = ctx.file): string | null {
  const held = findings.filter((f) => !f.fixable && fixable.has(f.ruleId));
  if (held.length === 0) return null;
  const md = `feedscrub ${quote(typed)} --to md -o <file>.md`;
  if (!ctx.rewritable) return 'not fixed: it is not valid UTF-8, and --fix rewrites UTF-8 files only (convert it to UTF-8 first, e.g. with iconv -t utf-8)';
  if (!FIXED_FORMATS.has(ctx.format)) return `not fixed: --fix rewrites Markdown and text files, not ${ctx.format} (clean it with \`${md}\` instead)`;
  if (ctx.articles.length !== 1) return `not fixed: it holds ${ctx.articles.length} articles and --fix rewrites one-article files only (split it with \`feedscrub ${quote(typed)} -o <folder>/ --to md\`)`;
  const bylines = [...new Set(held.filter((f) => isMetadataLine(f.ruleId)).map((f) => f.ruleId))];
  if (bylines.length === 0) return null;
  const conflict = ctx.articles[0]?.removed.some((r) => bylines.includes(r.rule) && bylineConflict(ctx, r) !== null);
  const off = `or set ${bylines.map((id) => `"${id}": "off"`).join(', ')} under "rules" in the config`;
  if (conflict) return `byline or date line kept: it disagrees with the front matter; settle it by hand, ${off}`;
  return `byline or date line kept: a ${ctx.format === 'md' ? 'Markdown file without front matter' : 'text file'} has no front matter to move it into (convert with \`${md}\`, ${off})`;
}

function quote(file: string): string {
  return /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, "'\\''")}'`;
}
