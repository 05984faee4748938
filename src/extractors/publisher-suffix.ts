import { key } from '../text/fold.js';

/**
 * Publisher suffixes on headlines: aggregators and news APIs append the source to every title
 * ("Headline - MSN", "Headline | The Verge", "Headline – Reuters", "Headline - Kompas.com -
 * Nasional Kompas.com"). A suffix is taken off only when it cannot be part of the headline: a
 * domain, the site the dump names elsewhere, or a name from this list of publishers and
 * aggregators known to sign titles this way. A subtitle ("Raw for November 27th | AfterBuzz TV
 * AfterShow", "Episode 151 – PHD151") is none of these and stays.
 */
const SIGNERS = [
  // Aggregators and portals
  'MSN', 'Yahoo', 'Yahoo News', 'Yahoo Finance', 'Yahoo Sports', 'Google News', 'Flipboard', 'NewsBreak', 'SmartNews',
  // Wire services, as they sign syndicated titles in their own languages
  'Reuters', 'AP', 'AP News', 'The Associated Press', 'Associated Press', 'AFP', 'dpa', 'ANSA', 'EFE', 'Agencia EFE', 'Europa Press', 'Lusa', 'PAP', 'TASS', 'ТАСС', 'РИА Новости', 'Xinhua', '新华社', 'Kyodo', '共同通信', 'ANP', 'Belga', 'APA', 'Keystone-SDA',
  // Publishers whose titles news APIs return with the name appended
  'BBC', 'BBC News', 'CNN', 'The Verge', 'Bloomberg', 'Forbes', 'The Guardian', 'The New York Times', 'The Washington Post', 'NPR', 'Al Jazeera', 'Al Jazeera English', 'CNBC', 'Fox News', 'NBC News', 'CBS News', 'ABC News', 'USA Today', 'Politico', 'Axios', 'Wired', 'TechCrunch', 'Engadget', 'Ars Technica', 'The Hill', 'Business Insider', 'Insider', 'Times of India', 'The Times of India', 'Hindustan Times', 'NDTV', 'The Hindu', 'Le Monde', 'Le Figaro', 'Libération', 'Der Spiegel', 'DER SPIEGEL', 'Spiegel', 'Die Zeit', 'ZEIT ONLINE', 'FAZ', 'Süddeutsche Zeitung', 'tagesschau.de', 'El País', 'EL PAÍS', 'El Mundo', 'Clarín', 'Folha de S.Paulo', 'G1', 'Corriere della Sera', 'la Repubblica', 'NOS', 'Gazeta Wyborcza', 'Onet', 'Kompas', 'Detik', 'Rappler', 'Yonhap', 'NHK', '朝日新聞', '人民网',
].map(key);
const KNOWN = new Set(SIGNERS);

// Google News separates its source with two no-break spaces (two spaces once normalized).
const SEPARATOR = / [|\-\u2013\u2014•·] | {2,}/g;
// A domain as a word of its own ("Kompas.com", "Nasional Kompas.com", "tagesschau.de").
const DOMAIN = /(?:^|\s)(?:[\p{L}\d-]+\.)+(?:com|net|org|info|news|co|io|[a-z]{2})(?:\.[a-z]{2})?$/iu;
const MAX_SUFFIX_WORDS = 5;
// What must remain of the headline.
const MIN_HEADLINE_WORDS = 3;

function isSuffix(segment: string, site: string | null): boolean {
  const s = segment.trim();
  if (!s || s.split(/\s+/).length > MAX_SUFFIX_WORDS) return false;
  const k = key(s);
  return KNOWN.has(k) || DOMAIN.test(s) || (site !== null && k === key(site));
}

export interface SplitTitle {
  title: string;
  /** The suffixes taken off, nearest the headline first. */
  suffixes: string[];
}

/** The headline without the publisher suffixes at its end. */
export function splitPublisherSuffix(title: string, site: string | null): SplitTitle {
  let rest = title.trim();
  const suffixes: string[] = [];
  for (;;) {
    const cuts = [...rest.matchAll(SEPARATOR)];
    const last = cuts.at(-1);
    if (!last) break;
    const head = rest.slice(0, last.index).trim();
    const tail = rest.slice(last.index + last[0].length);
    if (!isSuffix(tail, site) || head.split(/\s+/).length < MIN_HEADLINE_WORDS) break;
    suffixes.unshift(tail.trim());
    rest = head;
  }
  return { title: rest, suffixes };
}
