import { key } from '../text/fold.js';
import { strongest } from '../extractor.js';
import type { Candidate } from '../doc.js';
import type { Removal } from '../article.js';
import { isSiteName } from '../metadata/credit/names.js';
import { sectionName } from '../rules/head-label.js';
import { subtitleOpeners } from '../phrases/subtitle-openers.js';

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

// A masthead of one word is a brand's: capitals ("BFMTV", "SPORT1") or a capital inside
// ("FootRadio", "HuffPost"). An ordinary word ("Review") or an episode code ("PHD151") is none.
const BRAND_WORD = /^(?:\p{Lu}[\p{Lu}\d]*\p{Lu}\d?|\p{Lu}?\p{Ll}+\p{Lu}[\p{L}\d]*)$/u;
const MAX_MASTHEAD_WORDS = 4;

/**
 * Whether a title's last segment is shaped like a publication's masthead: a brand word, or a few
 * capitalised words with the joiners names have ("Le HuffPost", "Corriere della Sera", "Actu
 * Orange"), not opening as a subtitle does ("Part Two", "Live Updates"). Only a news API's or an
 * aggregator's record signs every title so; a feed's or a page's title is left to the evidence.
 */
export function isMasthead(segment: string): boolean {
  const s = segment.trim();
  const words = s.split(/\s+/);
  if (words.length > MAX_MASTHEAD_WORDS || !isSiteName(s, MAX_MASTHEAD_WORDS)) return false;
  if (words.length === 1) return BRAND_WORD.test(s);
  return !subtitleOpeners.has((words[0] ?? '').toLowerCase()) && !words.some((w) => /^\d+$/.test(w));
}

/** What else the dump says of its publisher: the site decided, the author field, and whether a suffix may be told by its shape. */
export interface SuffixEvidence {
  site: string | null;
  author?: string | null;
  shaped?: boolean;
}

// News APIs sign with a dash ("Headline - Le HuffPost"); a bar also sets off a show's or a
// series' name that the publisher writes into every title ("… | AfterBuzz TV AfterShow").
const SIGNING_DASH = /^\s*[-\u2013\u2014]\s*$/;

function isSuffix(segment: string, separator: string, evidence: SuffixEvidence): boolean {
  const s = segment.trim();
  if (!s || s.split(/\s+/).length > MAX_SUFFIX_WORDS) return false;
  const k = key(s);
  const named = [evidence.site, evidence.author].some((n) => n && k === key(n));
  return KNOWN.has(k) || DOMAIN.test(s) || named || (evidence.shaped === true && SIGNING_DASH.test(separator) && isMasthead(s));
}

export interface SplitTitle {
  title: string;
  /** The suffixes taken off, nearest the headline first. */
  suffixes: string[];
  /** The first of them that names a publisher, not a section ("- Politica - Agenzia ANSA"). */
  publisher: string | null;
}

/** The headline without the publisher suffixes at its end. */
export function splitPublisherSuffix(title: string, site: string | null | SuffixEvidence): SplitTitle {
  const evidence: SuffixEvidence = typeof site === 'object' && site !== null ? site : { site };
  let rest = title.trim();
  const suffixes: string[] = [];
  for (;;) {
    const cuts = [...rest.matchAll(SEPARATOR)];
    const last = cuts.at(-1);
    if (!last) break;
    const head = rest.slice(0, last.index).trim();
    const tail = rest.slice(last.index + last[0].length);
    // The same name twice ("- Frandroid - Frandroid"): the aggregator's suffix after the publisher's.
    const before = cuts.at(-2);
    const previous = key(rest.slice(before ? (before.index ?? 0) + before[0].length : 0, last.index));
    const repeated = previous === key(tail) || suffixes.some((x) => key(x) === key(tail));
    // A section between the headline and a masthead goes with it: "- Smartphones - Frandroid".
    const section = suffixes.length > 0 && sectionName(tail.trim()) !== null;
    if (!(section || repeated || isSuffix(tail, last[0], evidence)) || head.split(/\s+/).length < MIN_HEADLINE_WORDS) break;
    suffixes.unshift(tail.trim());
    rest = head;
  }
  return { title: rest, suffixes, publisher: suffixes.find((s) => sectionName(s) === null) ?? null };
}

// A news API's record and an archived page's text sign every headline with the masthead: NDJSON
// records and the headline page-head found. A text dump's title line is a feed item's as often,
// where " - Jane Campion" or " - The Rise of Skywalker" is the headline's own: there the shape
// counts only when the dump shows the API's own cut ("… [+2481 chars]", which read-more takes off).
// A feed's, an HTML page's or a Markdown file's title is signed only as the evidence says.
const RECORD_READERS = new Set(['ndjson', 'page-head']);
const DUMP_READERS = new Set(['text', 'title']);
const API_CUT = /\[\+\d[\d,.]*\s*chars?\]/i;

/** The evidence a title's suffix is judged on: the site decided, the author field, the reader. */
export function suffixEvidence(title: Candidate, candidates: readonly Candidate[], site: string | null, removed: readonly Removal[]): SuffixEvidence {
  const shaped = RECORD_READERS.has(title.from) || (DUMP_READERS.has(title.from) && removed.some((r) => r.rule === 'read-more' && API_CUT.test(r.text)));
  return { site, author: strongest(candidates, 'author')?.value ?? null, shaped };
}
