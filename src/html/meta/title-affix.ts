import { key } from '../../text/fold.js';
import { asLabel, siteLabel } from '../../text/hosts.js';

/**
 * A page's <title> (and often its og:title) carries the site's name as well as the headline:
 * "Headline | Site", "Headline – Site", "Site: Headline". The name is taken off when something
 * else on the page says it is the site's: the declared site name, a heading that is the rest, or
 * the page's own host name ("Entermedia" on entermedia.co.kr, "The Space Review" on
 * thespacereview.com). A headline with a dash of its own ("Review - shoots for the moon") keeps it.
 */

const SUFFIX_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ', ' / '];
const PREFIX_SEPARATORS = [...SUFFIX_SEPARATORS, ': '];

export interface TitleEvidence {
  /** The declared site name (og:site_name, application-name...). */
  site: string | null;
  /** The page's host ("www.thespacereview.com"), when the page says where it is. */
  host: string | null;
  /** The page's headings (<h1>s) as key()s: a heading that is the rest of the title is the headline. */
  headings: ReadonlySet<string>;
  /** Its logo headings (an <h1> that links to the home page) as key()s: the site's name as shown. */
  logos?: ReadonlySet<string>;
}

/** A site's name is a few words; a longer affix is part of the headline. */
const MAX_NAME_WORDS = 5;

/** Whether `affix` is the site's name: the declared one, or the page's host spelled out. */
export function isSiteName(affix: string, evidence: TitleEvidence): boolean {
  if (affix.split(/\s+/).length > MAX_NAME_WORDS) return false;
  if (evidence.site && key(affix) === key(evidence.site)) return true;
  if (evidence.logos?.has(key(affix))) return true;
  if (!evidence.host) return false;
  const name = siteLabel(evidence.host)?.replace(/[^a-z0-9]/g, '') ?? '';
  const letters = asLabel(affix);
  if (letters.length < 4 || name.length < 4) return false;
  // "Vortex Cannon Entertainment" on vortexcannon.org; "SpaceNews" on spacenews.com.
  return letters === name || letters.startsWith(name) || name.startsWith(letters);
}

export interface Untitled {
  title: string;
  /** The affix taken off, when it is the site's name by the page's own host or declared name. */
  site: string | null;
}

/** `title` without the site's name before or after it, when the page says that part is the site's. */
export function withoutSiteAffix(title: string, evidence: TitleEvidence): Untitled {
  const parts = (separator: string, suffix: boolean): [string, string] | null => {
    const at = suffix ? title.lastIndexOf(separator) : title.indexOf(separator);
    if (at <= 0) return null;
    const before = title.slice(0, at).trim();
    const after = title.slice(at + separator.length).trim();
    return suffix ? [before, after] : [after, before];
  };
  // "Headline | Section | Site", "Headline - Site - Tagline": the headline before the first
  // separator, when a heading of the page is that part.
  for (const separator of SUFFIX_SEPARATORS) {
    const at = title.indexOf(separator);
    const rest = at > 0 ? title.slice(0, at).trim() : '';
    if (rest && evidence.headings.has(key(rest))) {
      const last = title.slice(title.lastIndexOf(separator) + separator.length).trim();
      return { title: rest, site: isSiteName(last, evidence) ? last : null };
    }
  }
  for (const [separators, suffix] of [[SUFFIX_SEPARATORS, true], [PREFIX_SEPARATORS, false]] as const) {
    for (const separator of separators) {
      const [rest, affix] = parts(separator, suffix) ?? ['', ''];
      if (!rest) continue;
      if (isSiteName(affix, evidence)) return { title: rest, site: affix };
      if (evidence.headings.has(key(rest))) return { title: rest, site: null };
    }
  }
  return { title, site: null };
}

/** The host of the page's canonical address, or null. */
export function hostOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
