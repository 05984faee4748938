import type { ArticleSource } from '../article.js';
import type { Rule } from '../rule.js';
import { isBuiltIn } from '../registry.js';
import { withCustomRules } from './custom-rules.js';

/**
 * A per-site pack, ready for the pipeline: rules added to, and rule ids taken out of, the cleaning
 * of the articles it matches. Which articles those are is known only once an article has been
 * cleaned and its site and url extracted, so the pipeline cleans a matching article twice.
 */
export interface SitePack {
  /** The site name (an Article's `site`), compared ignoring case; null to match by host only. */
  site: string | null;
  /** A host name: matches the host of the article's url and its subdomains; null to match by site only. */
  host: string | null;
  /** Line rules to add (they run where custom rules run). */
  rules: readonly Rule[];
  /** Rule ids (line or DOM rules) not to run on these articles. */
  disable: readonly string[];
  /** Matches by where the article came from (packs learned within one run, for sources naming no site). */
  matches?: (article: { source: ArticleSource }) => boolean;
}

/** Whether `pack` is for the article with this site and url: either one matching is enough. */
export function packMatches(pack: SitePack, article: { site: string | null; url: string | null; source?: ArticleSource }): boolean {
  if (pack.matches && article.source && pack.matches({ source: article.source })) return true;
  if (pack.site !== null && article.site !== null && pack.site.toLowerCase() === article.site.trim().toLowerCase()) return true;
  const host = pack.host?.toLowerCase().replace(/\.$/, '');
  const own = hostOf(article.url);
  return host !== undefined && own !== null && (own === host || own.endsWith(`.${host}`));
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

export function matchingPacks(packs: readonly SitePack[], article: { site: string | null; url: string | null; source?: ArticleSource }): SitePack[] {
  return packs.filter((p) => packMatches(p, article));
}

/** The rule list for an article that `packs` match: their rules added, their and `disabled` ids removed. */
export function packedRules(rules: readonly Rule[], packs: readonly SitePack[], disabled: ReadonlySet<string>): Rule[] {
  const off = new Set([...disabled, ...packs.flatMap((p) => p.disable)]);
  return withCustomRules(rules, packs.flatMap((p) => p.rules)).filter((r) => !off.has(r.id));
}

/** The DOM rules `packs` turn off: they run while the markup is read, before any site is known. */
export function markupOff(packs: readonly SitePack[]): string[] {
  return [...new Set(packs.flatMap((p) => p.disable.filter((id) => isBuiltIn(id, 'dom'))))].sort();
}
