import { family, hitsAtEnd, leads, type Hit } from '../phrases/match.js';
import { firstAppeared, titleLedFooters } from '../phrases/first-appeared.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { key, lastVisible, startsLower } from '../text/fold.js';
import { isSiteName } from '../metadata/credit/names.js';
import { publicationEndings } from '../phrases/publication-words.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const LOWER_TAIL = /^[\p{Ll}\p{N}&'’ -]+$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

// Yoast SEO's feed footer "The post %%POSTLINK%% appeared first on %%BLOGLINK%%." in every language
// it ships, and its kin (src/phrases/first-appeared.ts). Feeds flatten it onto the end of the last
// paragraph as often as they keep it on a line of its own, and aggregators cut it short ("The post
// <title> appeared first…"), so it is looked for at the end of every tail line.
// CJK footers close with a full-width full stop ("…に最初に表示されました。").
const FOOTER = family(firstAppeared, String.raw`\s*[.!。]?[_*]*[.!。]?`);
// Footers that end on the site's name with no word after it ("首发于海岸日报。") are tried apart, only
// on lines with their words: a phrase ending on a placeholder takes away the family's test of a
// line's last characters (src/phrases/ends.ts), and every line would be searched.
const endsOnSite = (open: boolean) => titleLedFooters.map((set) => ({ lang: set.lang, phrases: set.phrases.filter((p) => p.endsWith('{site}') === open) })).filter((set) => set.phrases.length > 0);
const TITLE_LED = family(endsOnSite(false), String.raw`\s*[.!。]?[_*]*[.!。]?`);
const TITLE_LED_OPEN = family(endsOnSite(true), String.raw`\s*[.!。]?[_*]*[.!。]?`);
const OPEN_WORDS = /首发于|首發於|最早發佈於|最早发布于/u;
/** Markdown emphasis or a quote mark around a footer ("_This text first appeared on …_", "> Cross-posted from …") is no text before it. */
const isBlank = (s: string): boolean => /^[\s_*>※]*$/.test(s);
const URL_LIKE = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/;
const ELLIPSIS_END = /\s*(?:\.\.\.|…|&hellip;|&#8230;)\s*$/;
/** ELLIPSIS_END.test(), without the regex's try at every character of a paragraph. */
function endsInEllipsis(text: string): boolean {
  const end = lastVisible(text);
  if (end !== 0x2e && end !== 0x2026 && end !== 0x3b) return false;
  const t = text.trimEnd();
  return end === 0x2026 || t.endsWith('...') || t.endsWith('&hellip;') || t.endsWith('&#8230;');
}
// Markdown conversions keep the links: "[Title](url)", "[Site][11]".
const unlink = (s: string): string =>
  s.replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1').replace(/^["'“”„«»‘’《「『]+|["'“”„«»‘’》」』]+$/g, '').trim();
/** A site named with a tagline or a notice after it ("9to5Linux - do not reproduce…", "Site | Magazine"). */
const SITE_TAIL = /\s+(?:[-–—|·]|&#821[12];)\s+.*$/;
const SENTENCE_END = /(?:[.!?…:"”’)\]]|&#8230;|&hellip;)$/;

function siteOf(raw: string | undefined): string | null {
  const site = unlink(raw ?? '').replace(/\.$/, '');
  if (isSiteName(site, 8) || URL_LIKE.test(site)) return site;
  const short = site.replace(SITE_TAIL, '');
  if (short === site || !isSiteName(short, 8)) return null;
  // The blog's full name as its footer prints it keeps a tagline in title case ("YugaTech |
  // Philippines Tech News & Reviews"); a notice after the name is a sentence ("- do not reproduce…").
  const tail = site.slice(short.length).replace(/^\s*(?:[-–—|·]|&#821[12];)\s*/, '');
  return isSiteName(tail, TAGLINE_WORDS) || lowerTagline(short, tail) ? site : short;
}
const TAGLINE_WORDS = 6;

/**
 * A site that writes its name in lower case writes its tagline so too ("designboom | architecture
 * & design magazine"): a few lower-case words that say what the site is (a publication's word among
 * them), where a notice after the name says what not to do.
 */
function lowerTagline(name: string, tail: string): boolean {
  if (name !== name.toLowerCase() || !LOWER_TAIL.test(tail)) return false;
  const words = tail.split(/\s+/);
  return words.length <= TAGLINE_WORDS && words.some((w) => publicationEndings.includes(w) || publicationEndings.includes(w.replace(/s$/, '')));
}

/**
 * The footer names this very post, or at least a title and a site. "The post of harbour master
 * first appeared on the town's records" has neither: a lower-case "post" and no site. Glued to
 * prose, it must also start a sentence of its own.
 */
function isFooter(hit: Hit, text: string, title: string | null): boolean {
  const post = unlink(hit.groups.post ?? '');
  if (title !== null && post && key(post) === key(title)) return true;
  const before = text.slice(0, hit.start).trim();
  // "This text first appeared on <site>" alone on its line names no post and needs none.
  // Still a name, not the rest of a sentence: "Artikeln publicerades först på måndagen, men…" is prose.
  if (hit.groups.post === undefined && isBlank(before) && siteOf(hit.groups.site) === null) {
    // A domain may be followed by its date ("Originally published at example.com on March 5, 2024").
    // A link names a place however it is worded ("Cross-posted from [my blog](https://…)").
    const site = unlink(hit.groups.site ?? '');
    const words = site.split(/\s+/);
    const linked = /\]\(/.test(hit.groups.site ?? '') || URL_LIKE.test(words[0] ?? '');
    // Full-width punctuation ends a name too: "本文首发于2019年，当时…" is a sentence.
    return words.length <= 8 && (linked || (!startsLower(site) && !/[,;，；。：！？]/.test(site)));
  }
  if (!isBlank(before) && !SENTENCE_END.test(before)) return false;
  return (hit.groups.post === undefined || !startsLower(post)) && (siteOf(hit.groups.site) !== null || (hit.groups.post !== undefined && sentenceCase(hit.groups.site)));
}

/**
 * A name written in sentence case ("Береговой вестник", "Gazeta wyborcza"), as many languages
 * write their papers' names: good enough after a footer that names a post, never as a site.
 */
function sentenceCase(raw: string | undefined): boolean {
  const name = unlink(raw ?? '').replace(/\.$/, '');
  const words = name.split(/\s+/);
  return words.length <= SENTENCE_CASE_WORDS && !/[,;:!?()"“”]/.test(name) && !startsLower(name) && OPENS_CAPITAL.test(name);
}
const SENTENCE_CASE_WORDS = 4;

/** "The post <title> appeared first…": a footer cut short, known by the title it repeats. */
function cutShort(ctx: RuleContext, line: LineRef): boolean {
  const text = line.text;
  if (ctx.title === null || !endsInEllipsis(text)) return false;
  const title = key(ctx.title);
  if (title.length < 8) return false;
  // The earliest lead that the title follows: "The post <title>…" opens with "The", not with the
  // shorter variant's "post".
  let found: { start: number; lang?: string } | null = null;
  for (const lead of leads(FOOTER, text)) {
    const rest = key(unlink(text.slice(lead.end).replace(ELLIPSIS_END, '')));
    if (rest.startsWith(title) && (found === null || lead.start < found.start)) found = lead;
  }
  if (found === null) return false;
  ctx.cut(line, found.start, text.length, found.lang);
  return true;
}

/** A title too short to tell: eight characters, or four of a script that writes a word in one or two. */
const minTitle = (title: string): number => (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(title) ? 4 : 8);

/**
 * Where this post's title starts, right before a footer that opens with it (TITLE_LED): at the
 * line's start or after a finished sentence. Any other text there is prose that happens to end in
 * the footer's words, and is no footer.
 */
function titleBefore(text: string, at: number, title: string | null): number | null {
  if (title === null || key(title).length < minTitle(title)) return null;
  const before = text.slice(0, at);
  // CJK sentences end with a full-width stop and no space.
  const starts = [0, ...[...before.matchAll(/[.!?…]["”’)]?\s+|[。！？]["”’」)]?\s*/gu)].map((m) => m.index + m[0].length)];
  for (const start of starts.reverse()) {
    if (key(unlink(before.slice(start).trim().replace(/^[_*]+/, ''))) === key(title)) return start;
  }
  return null;
}

function titleLed(ctx: RuleContext, line: LineRef): boolean {
  let start: number | null = null;
  const accept = (h: Hit) => siteOf(h.groups.site) !== null && (start = titleBefore(line.text, h.start, ctx.title)) !== null;
  const hit = hitsAtEnd(TITLE_LED, line.text, accept) ?? (OPEN_WORDS.test(line.text) ? hitsAtEnd(TITLE_LED_OPEN, line.text, accept) : null);
  if (!hit || start === null) return false;
  const site = siteOf(hit.groups.site);
  if (site) ctx.meta('site', site, line, 60);
  if (isBlank(line.text.slice(0, start))) ctx.remove(line, hit.lang);
  else ctx.cut(line, start, line.text.length, hit.lang);
  return true;
}

const rule: Rule = {
  id: 'appeared-first-on',
  description: 'Removes the Yoast / All in One SEO feed footer "The post <title> appeared first on <site>." in any language, alone or at the end of a paragraph, and keeps the site name.',
  // Cross-posts put "Originally published at <site>" above the article as often as below it.
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = hitsAtEnd(FOOTER, line.text, (h) => isFooter(h, line.text, ctx.title));
      if (!hit) {
        if (!titleLed(ctx, line)) cutShort(ctx, line);
        continue;
      }
      // "Originally published at <site>" names where a cross-post came from, not the site read.
      const site = hit.groups.post === undefined ? null : siteOf(hit.groups.site);
      if (site) ctx.meta('site', site, line, 60);
      if (isBlank(line.text.slice(0, hit.start))) ctx.remove(line, hit.lang);
      else ctx.cut(line, hit.start, line.text.length, hit.lang);
    }
  },
};
export default rule;
