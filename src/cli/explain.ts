import type { Colours } from './colours.js';
import type { Article } from '../article.js';

/** `--explain`: every removal and note of one article, for a person reading stderr. */
export function explain(article: Article, label: string, c: Colours): string {
  const width = Math.max(4, ...article.removed.map((r) => r.rule.length));
  const lines = [c.bold(`${label}: ${article.removed.length} removed`)];
  for (const r of article.removed) {
    const lang = r.lang ? c.dim(`[${r.lang}] `) : '';
    lines.push(`  ${c.dim(String(r.line).padStart(5))}  ${c.cyan(r.rule.padEnd(width))}  ${lang}${r.text}`);
  }
  for (const n of article.notes) {
    const where = n.line === null ? '' : ` line ${n.line}`;
    lines.push(`  ${c.yellow('note')} (${n.rule}${where}): ${n.message}`);
  }
  return `${lines.join('\n')}\n`;
}
