import { family, hitsAtEnd, wholeLine, type Hit } from '../phrases/match.js';
import { automationCredits, automationServices, fullArticle, goToSite, originalLinks, sourceLabels } from '../phrases/source.js';
import type { Rule } from '../rule.js';
import { startsCapital } from '../text/fold.js';
import { nameJoiners } from '../phrases/name-joiners.js';
import { agencies } from '../phrases/agencies.js';

// Where the text came from, as aggregators and autoblogs print it (src/phrases/source.ts): a
// source label, "Read the full article at <site>" in many languages. On a line of its own at the
// edges, or at the end of the last paragraph after a finished sentence. The outlet must read as
// one: "Fonte: a pesquisa mostrou que…" is a sentence, not a credit.
// A link's arrow may close the line: "Continue reading on Medium »"; or the colon that led to the
// lost link: "Léelo en AnaitGames:".
const END = String.raw`\s*(?:[.!:]|\s[»→›]|\s?&raquo;)?`;
const SOURCES = family(sourceLabels, END);
const FULL = family(fullArticle, END);
const GO_TO = family(goToSite, END);
// The link back to the original ("Go to Source", "Zum Originalartikel") and an automation
// service's credit ("Posted via IFTTT"): whole lines only, in the tail.
const ORIGINAL = family(originalLinks, String.raw`\s*(?:[.!:]|\s?[»→›]|\s?&raquo;)?`);
const AUTOMATION = family(automationCredits, String.raw`\s*[.!]?`);
const MAX_ORIGINAL_LENGTH = 120;
const MAX_OUTLET_WORDS = 8;
const URL_OR_DOMAIN = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/;
const AFTER_SENTENCE = /(?:[.!?。！？"”»)\]:]|\.\.\.|…|&#8230;|&hellip;)$/u;

// A cross-post's Markdown keeps the link: "[example.com/blog/post](https://example.com/blog/post)".
const MD_LINK = /^<?\[([^\]]*)\]\((\S+?)\)>?$/;

function isOutlet(raw: string | undefined, linkOnly = false): boolean {
  if (raw === undefined) return true;
  const site = raw.replace(/[.!]$/, '').trim();
  if (MD_LINK.test(site)) return true;
  if (linkOnly) return URL_OR_DOMAIN.test(site);
  // A plural label names several: "Sources: Reuters, AP", "Quellen: dpa und Reuters".
  const parts = site.split(LIST_SEPARATOR);
  return parts.length <= MAX_OUTLETS && parts.every(oneOutlet);
}
const LIST_SEPARATOR = /\s*[,;]\s*|\s+(?:and|und|et|y|e|&)\s+/u;
const MAX_OUTLETS = 4;
// Scripts without capitals name an outlet as any short run of their letters ("新华社", "رويترز").
const UNCASED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/u;
const CJK_CLAUSE = /[，。！？、；：]/u;
const MAX_UNCASED = 20;
// Agencies that write their own name in lower case ("Quelle: dpa").
const LOWER_AGENCIES = new Set(Object.values(agencies).flat().filter((a) => /^\p{Ll}/u.test(a)).map((a) => a.toLowerCase()));

function oneOutlet(site: string): boolean {
  const words = site.split(/\s+/);
  if (site === '' || words.length > MAX_OUTLET_WORDS || words.some((w) => !URL_OR_DOMAIN.test(w) && /[,;!?]/.test(w))) return false;
  if (UNCASED.test(site) && (site.length > MAX_UNCASED || CJK_CLAUSE.test(site))) return false;
  return words.every(
    (w) => URL_OR_DOMAIN.test(w) || startsCapital(w) || UNCASED.test(w) || LOWER_AGENCIES.has(w.toLowerCase()) || /^[|/·-]$/.test(w) || nameJoiners.has(w.toLowerCase()),
  );
}

/**
 * Names in sentence case ("Новая газета", "Dagens nyheter", "Gazeta wyborcza"): only as the whole
 * line under a source label, where a sentence would run longer or end in a full stop.
 */
function isSentenceCaseName(raw: string | undefined): boolean {
  const site = (raw ?? '').trim();
  const words = site.split(/\s+/);
  return words.length <= 3 && startsCapital(site) && !/[,;:!?.…"“”()]/.test(site);
}

/** The aggregator named under a credit: an outlet, or a short name that opens with a capital ("Planète jQuery"). */
function isHome(raw: string | undefined): boolean {
  const site = (raw ?? '').replace(/[.!]$/, '').trim();
  return isOutlet(site) || (startsCapital(site) && site.split(/\s+/).length <= 4 && !/[,;:?]/.test(site));
}

const SERVICES = new Set(automationServices);
/** "Posted via X" / "Publié via X" names a service; the other credits name a feed or a blog. */
function automated(hit: Hit, text: string): boolean {
  const x = (hit.groups.x ?? '').replace(/[.!]$/u, '').trim();
  if (hit.groups.x === undefined) return true;
  const before = text.slice(hit.start, hit.start + 40).toLowerCase();
  if (/\b(?:via|with|vía|tramite|através)\b/u.test(before) && !/via ifttt/u.test(text.toLowerCase())) return SERVICES.has(x.toLowerCase()) || URL_OR_DOMAIN.test(x);
  return isHome(x);
}

// "Read the full article at the <Title> posting on <Site>": the pointer names the post, then the
// outlet that holds it.
const POST_ON = /^(?:the\s+)?\S.{0,120}?\s(?:posting|post|entry|article|story|page)\s+(?:on|at)\s+(.+)$/iu;
function postOnOutlet(raw: string | undefined): boolean {
  const m = raw === undefined ? null : POST_ON.exec(raw.replace(/[.!]$/u, '').trim());
  return m?.[1] !== undefined && isOutlet(m[1]);
}

/** Whole line, or glued after a sentence; a label glued to anything ("… Lees meer Bron: X") when it is capitalised as labels are. */
function placed(text: string, hit: Hit, label: boolean): boolean {
  const before = text.slice(0, hit.start).trim();
  if (before === '') return true;
  return AFTER_SENTENCE.test(before) || (label && startsCapital(text.slice(hit.start)));
}

const rule: Rule = {
  id: 'source-link',
  description: 'Removes source labels ("Fonte: G1", "Bron: <site>", "Source link") and "Read the full article at <site>" lines in many languages, alone or ending a paragraph.',
  zone: 'edges',
  // "Original article" lines are taken in the tail only.
  meta: { lineLocal: true, alsoReads: ['edge'] },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text;
      const alone = (h: Hit) => text.slice(0, h.start).trim() === '';
      const named = (h: Hit, label: boolean) => isOutlet(h.groups.site, h.groups.detail !== undefined) || (label ? alone(h) && isSentenceCaseName(h.groups.site) : postOnOutlet(h.groups.site));
      const ok = (label: boolean) => (h: Hit) => named(h, label) && placed(text, h, label);
      const hit = hitsAtEnd(FULL, text, ok(false)) ?? hitsAtEnd(SOURCES, text, ok(true));
      if (!hit) {
        const link = ctx.inTail(line.n) && text.length <= MAX_ORIGINAL_LENGTH ? (wholeLine(ORIGINAL, text, (h) => isOutlet(h.groups.site)) ?? wholeLine(AUTOMATION, text, (h) => automated(h, text))) : null;
        if (link) ctx.remove(line, link.lang);
        continue;
      }
      if (text.slice(0, hit.start).trim() === '') ctx.remove(line, hit.lang);
      else ctx.cut(line, hit.start, text.length, hit.lang);
      const next = ctx.all.find((l) => l.n > line.n);
      const home = next ? wholeLine(GO_TO, next.text, (h) => isHome(h.groups.site)) : null;
      if (next && home) ctx.remove(next, home.lang);
    }
  },
};
export default rule;
