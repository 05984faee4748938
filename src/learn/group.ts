import type { Article } from '../article.js';
import type { CustomRuleConfig } from '../config/types.js';
import type { SitePack } from '../config/packs.js';
import { customRule } from '../config/custom-rules.js';
import type { Group, LearnedSite } from './learn.js';

/**
 * The site an article belongs to for learning: its extracted site, else its url's host, else its
 * feed: the input for a feed or NDJSON file, the folder for one-article files (a folder of saved
 * items is how an aggregator keeps one feed).
 */
export function groupOf(article: Pick<Article, 'site' | 'url' | 'source'>): Group {
  const site = article.site?.trim() || null;
  if (site) return { key: `site:${site.toLowerCase()}`, site, host: null, label: site };
  const host = hostOf(article.url);
  if (host) return { key: `host:${host}`, site: null, host, label: host };
  const feed = feedOf(article.source);
  return { key: `feed:${feed}`, site: null, host: null, label: feed === '' ? 'stdin' : (feed.split(/[\\/]/).filter(Boolean).pop() ?? feed) };
}

export function feedOf(source: Article['source']): string {
  const file = source.path ?? '';
  if (source.format === 'feed' || source.format === 'ndjson') return file;
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut === -1 ? '.' : file.slice(0, cut) || '/';
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/** A learned site as the config writes a site pack (ids, regexes and descriptions filled in). */
export interface LearnedPackConfig {
  site: string | null;
  host: string | null;
  /** The feed the articles came from, when they named no site and no url: used within one run only. */
  feed: string | null;
  rules: CustomRuleConfig[];
}

export function packConfigs(sites: readonly LearnedSite[]): LearnedPackConfig[] {
  return sites.map((s) => ({
    site: s.group.site,
    host: s.group.host,
    feed: s.group.site === null && s.group.host === null ? s.group.key.slice('feed:'.length) : null,
    rules: s.rules.map((r) => ({
      id: r.id,
      description: `Learned: ${r.whole ? 'a line' : 'a piece at a line end'} in ${r.support}/${s.articles} articles of ${s.group.label}, e.g. "${shorten(r.examples[0] ?? r.key)}".`,
      match: { regex: r.regex, flags: 'i' as const },
      where: 'anywhere' as const,
      severity: 'warning' as const,
    })),
  }));
}

/** Packs for the pipeline: a feed pack matches the articles read from that feed. */
export function learnedPacks(configs: readonly LearnedPackConfig[]): SitePack[] {
  return configs.map((c) => {
    const feed = c.feed;
    return {
      site: c.site,
      host: c.host,
      rules: c.rules.map(customRule),
      disable: [],
      ...(feed === null ? {} : { matches: (a: Pick<Article, 'source'>) => feedOf(a.source) === feed }),
    };
  });
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
