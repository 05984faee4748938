import { exactKey } from '../dedupe.js';
import { key } from '../text/fold.js';
import type { FileContext, Issue } from './rule.js';

/**
 * Duplicates across the checked set, first occurrence winning (files in command-line order, each folder's sorted, and
 * articles in input order within a file). `article`: the same normalized title and body; `title`:
 * the same title over a different body (two articles fighting for one URL slug); an exact
 * duplicate is reported as such, not twice.
 */
export function sameness(files: readonly FileContext[], what: 'article' | 'title'): Map<FileContext, Issue[]> {
  const out = new Map<FileContext, Issue[]>();
  const titles = new Map<string, { where: string; body: string }>();
  const bodies = new Map<string, string>();
  for (const ctx of files) {
    for (const a of ctx.articles) {
      const where = `${ctx.file}${ctx.articles.length > 1 ? ` (article ${a.source.index + 1})` : ''}`;
      const title = key(a.title ?? '');
      const body = exactKey({ title: null, text: a.text });
      const whole = exactKey(a);
      const firstWhole = bodies.get(whole);
      const firstTitle = title ? titles.get(title) : undefined;
      let message: string | null = null;
      if (what === 'article' && firstWhole !== undefined && (title || a.text)) message = `Same article as ${firstWhole}`;
      if (what === 'title' && firstWhole === undefined && firstTitle && firstTitle.body !== body) message = `Same title as ${firstTitle.where}, with a different body`;
      if (message) out.set(ctx, [...(out.get(ctx) ?? []), { line: 1, message }]);
      if (firstWhole === undefined) bodies.set(whole, where);
      if (title && !firstTitle) titles.set(title, { where, body });
    }
  }
  return out;
}
