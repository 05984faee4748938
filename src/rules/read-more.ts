import { family, hitsAtEnd, wholeLine, type Hit } from '../phrases/match.js';
import { readMore, readMoreTitled } from '../phrases/read-more.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { countWords, endsLikeSentence, isShortLabel, key, lastVisible, startsCapital, startsLower } from '../text/fold.js';
import { foldedStart } from '../text/fold-start.js';

// "Read More" is Feedzy's [#item_url] link text; "Continue reading →" / "Continue reading "<Title>""
// come from Twenty Ten-Twelve and _s themes; "(more…)" is the core more-link; "Read the rest of this
// entry »" is Kubrick's. The last four say the post was cut at <!--more-->, so the body is an excerpt.
// Lines are matched folded, and fold() turns "»" into a straight double quote: a quote after a space
// at the end of a line is that arrow, never a closing quote.
const ARROW = String.raw`(?: ?[>→›]+| "| \.\.\.|\.{1,3}|:)?`;
const LINK = new RegExp(String.raw`^(?:read more|read the full (?:story|article|post)|keep reading)${ARROW}$`, 'i');
const EXCERPT = [
  new RegExp(String.raw`^continue reading${ARROW}$`, 'i'),
  /^\(?more\s?\.\.\.\)?$/i,
  new RegExp(String.raw`^read the rest of this (?:entry|post)${ARROW}$`, 'i'),
];
// _s-derived themes print the title after "Continue reading" (screen-reader text that survives
// extraction), Twenty Fifteen without quotes. "Continue reading the small print and you will..."
// is a sentence, not a link.
const CONTINUE_TITLE = /^continue reading (.{1,200})$/i;
const MAX_TITLE_WORDS = 20;

function continueWithTitle(folded: string, title: string | null): boolean {
  const rest = CONTINUE_TITLE.exec(folded)?.[1]?.replace(/\s*[>→›]+$|\s+"$/, '').trim();
  if (!rest) return false;
  if (/^"[^"]+"$/.test(rest)) return true;
  if (title !== null && key(rest) === key(title)) return true;
  return startsCapital(rest) && !endsLikeSentence(rest) && countWords(rest) <= MAX_TITLE_WORDS;
}

// Core's excerpt_more " […]" (and "[...]", "[&hellip;]", "[&#8230;]", the mojibake "[â€¦]", "(…)") at the
// very end of the last paragraph; fold() has already turned the entity forms into "[...]".
const LONG_LINE = 4096;
// Romance-language sites print the cut as "(…)" / "(...)", as quotations mark a cut.
const TRAILING_ELLIPSIS = /\s*(?:\[(?:\.\.\.|…|â€¦)\]|\((?:\.\.\.|…)\))$/;
// Rules that run later (tail-byline, share-widget) may still leave a few short lines below the
// excerpt: "Share <Site>", an author and a date. Look past that many, and no further.
const MAX_LABELS_BELOW = 3;
// A list of post titles under a heading of its own ("Related posts:", "More from the Gazette:") is
// one piece of furniture, however many titles it has: its lines are not counted among those labels.
const LIST_HEADING = /:$/;
const MAX_LIST_ITEMS = 10;

// A list heading's colon is no sentence end.
const isLabel = (line: LineRef | undefined): boolean =>
  line !== undefined && isShortLabel(line.text.trim().replace(LIST_HEADING, '')) && !TRAILING_ELLIPSIS.test(line.folded);

/**
 * The index in `live` of the article's last line: the line above the short labels at the end,
 * when those are at most MAX_LABELS_BELOW lines besides the titled lists among them.
 */
function lastArticleLine(live: readonly LineRef[]): number {
  let i = live.length - 1;
  while (i > 0 && live.length - 1 - i < MAX_LABELS_BELOW && isLabel(live[i])) i -= 1;
  if (!isLabel(live[i])) return i;
  let top = live.length - 1;
  while (top > 0 && live.length - top <= MAX_LABELS_BELOW + MAX_LIST_ITEMS + 1 && isLabel(live[top - 1])) top -= 1;
  if (top === 0 || isLabel(live[top - 1])) return i;
  // From the top of the labels down, each list heading claims the lines under it, up to the next one.
  let loose = 0;
  let items = -1;
  for (let j = top; j < live.length; j++) {
    if (LIST_HEADING.test(live[j]?.text.trim() ?? '')) items = 0;
    else if (items >= 0 && items < MAX_LIST_ITEMS) items += 1;
    else loose += 1;
  }
  return loose <= MAX_LABELS_BELOW ? top - 1 : i;
}

/** "...so if you want to" / "read more." : the last line of a hard-wrapped sentence, not a link. */
function continuesSentence(line: LineRef, all: readonly LineRef[]): boolean {
  const above = all[all.indexOf(line) - 1];
  return startsLower(line.text.trim()) && above !== undefined && above.block === line.block && !endsLikeSentence(above.text);
}

// The same links in every language (src/phrases/read-more.ts), alone on a line or flattened onto
// the end of the excerpt ("… Läs vidare →", "…sollte ... weiterlesen", "。続きを読む..."), where
// they follow an ellipsis or a finished sentence. A "Leia mais (12/05/2024)" carries a date.
const LINK_END = String.raw`(?:\s*(?:[>→›»]+|&raquo;|&rsaquo;|&rarr;|&gt;|\.\.\.|…|&#8230;|&hellip;|[.:!]))?(?:\s*\([^()]{1,40}\))?\]?`;
const LINKS = family(readMore, LINK_END);
const AFTER_EXCERPT = /(?:\.\.\.|…|&#8230;|&hellip;)$/;
const AFTER_SENTENCE = /[.!?。！？।؟"”»)\]]$/u;
const ARROWED = /[>→›»]|&raquo;|&rsaquo;|&rarr;|&gt;/;
// Scripts without capitals (Arabic, Hebrew, Devanagari, Thai...) start every sentence alike: a link
// there is told by its whole phrase running to the end of the line.
const UPPER_OR_IDEOGRAPH = /^[\p{Lu}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}]/u;

/**
 * Where a link starts, with the bracket some themes put around it ("[Read more…]", "[Lire la
 * suite]"); null when a closing bracket has no opening one: then it is no link of that kind.
 */
function linkStart(text: string, hit: Hit): number | null {
  // An arrow or a bullet before the link is the link's own (">> Read more", "» weiterlesen").
  if (hit.start > 0 && hit.start <= MAX_LEAD && LEAD_ARROWS.test(text.slice(0, hit.start))) return 0;
  if (!text.slice(0, hit.end).endsWith(']')) return hit.start;
  const open = /\[\s*$/.exec(text.slice(0, hit.start));
  return open ? open.index : null;
}

const LEAD_ARROWS = /^\s*(?:[>»→›•·]+|&gt;|&raquo;|&rarr;)+\s*$/u;
const MAX_LEAD = 16;

/** A link glued to prose: after an excerpt's ellipsis, or after a sentence when it looks like a link. */
function gluedLink(text: string, hit: Hit, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  if (AFTER_EXCERPT.test(before)) return true;
  if (!AFTER_SENTENCE.test(before)) return false;
  const link = text.slice(hit.start, hit.end);
  return UPPER_OR_IDEOGRAPH.test(link) || ARROWED.test(link) || start < hit.start;
}

// NewsAPI's `content` is the first 200 characters and "… [+2481 chars]": what the API left out.
const API_CUT = /\s*\[\+\d[\d,.]*\s*chars?\]\s*$/i;

/** Read-more links in any language; returns the lines removed whole. */
function phraseLinks(ctx: RuleContext): Set<number> {
  const removed = new Set<number>();
  for (const line of ctx.lines) {
    const cut = lastVisible(line.text) === 0x5d ? API_CUT.exec(line.text) : null;
    if (cut) {
      ctx.markTruncated(line);
      ctx.cut(line, cut.index);
    }
    const text = line.text;
    const placed = (h: Hit, start: number | null) =>
      start !== null && (text.slice(0, start).trim() === '' ? !continuesSentence(line, ctx.all) : gluedLink(text, h, start));
    const hit = hitsAtEnd(LINKS, text, (h) => placed(h, linkStart(text, h)));
    if (!hit) continue;
    const start = linkStart(text, hit) ?? hit.start;
    const before = text.slice(0, start).trimEnd();
    const above = ctx.all[ctx.all.indexOf(line) - 1];
    if (AFTER_EXCERPT.test(before) || (before === '' && above !== undefined && AFTER_EXCERPT.test(above.text.trimEnd()))) ctx.markTruncated(line);
    if (before === '') {
      ctx.remove(line, hit.lang);
      removed.add(line.n);
    } else {
      ctx.cut(line, start, text.length, hit.lang);
    }
  }
  return removed;
}

// Twenty Fifteen's excerpt ends "… Continue reading <Title>" in every language it ships (the title is
// screen-reader text, kept by feeds): the words after the excerpt's last ellipsis, read as a whole.
const TITLED = family(readMoreTitled, String.raw`\s*"?`);
const LAST_ELLIPSIS = /(?:…|\.\.\.|&hellip;|&#8230;)\s*(?=[^…]*$)/u;
const UNCASED_TITLE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;

function isTitle(post: string, title: string | null): boolean {
  const t = post.replace(/^["“„«]\s*|\s*["”“»]$/gu, '').trim();
  if (t === '') return false;
  if (title !== null && key(t) === key(title)) return true;
  return (startsCapital(t) || UNCASED_TITLE.test(t)) && !endsLikeSentence(t) && countWords(t) <= MAX_TITLE_WORDS;
}

/** "… Sigue leyendo <Title>" at the end of the excerpt: cut from the link, the article marked truncated. */
function titledLinks(ctx: RuleContext, removed: Set<number>): void {
  for (const line of ctx.lines) {
    if (removed.has(line.n) || line.text.length > LONG_LINE) continue;
    const cut = LAST_ELLIPSIS.exec(line.text);
    if (!cut) continue;
    const start = cut.index + cut[0].length;
    // The theme writes its link capitalised: "… sigue leyendo <Name>" is the sentence going on.
    const rest = line.text.slice(start);
    const hit = startsLower(rest) ? null : wholeLine(TITLED, rest, (h) => isTitle(h.groups.post ?? '', ctx.title));
    if (!hit) continue;
    ctx.markTruncated(line);
    ctx.cut(line, start, line.text.length, hit.lang);
  }
}

const rule: Rule = {
  id: 'read-more',
  description: 'Removes "Read More", "Continue reading …", "(more…)" links and a trailing "[…]"; the last three mark the article truncated.',
  zone: 'tail',
  apply(ctx) {
    const removed = new Set<number>();
    for (const line of ctx.lines) {
      // A long line (a whole body, maybe) is a link line only as "Continue reading <title>": folded at its start only.
      if (line.text.length > LONG_LINE && !/^continue reading/i.test(foldedStart(line.text))) continue;
      const excerpt = EXCERPT.some((p) => p.test(line.folded)) || continueWithTitle(line.folded, ctx.title);
      if ((!excerpt && !LINK.test(line.folded)) || continuesSentence(line, ctx.all)) continue;
      if (excerpt) ctx.markTruncated(line);
      ctx.remove(line);
      removed.add(line.n);
    }
    titledLinks(ctx, removed);
    for (const n of phraseLinks(ctx)) removed.add(n);
    const live = ctx.all.filter((l) => !removed.has(l.n));
    const last = live[lastArticleLine(live)];
    if (!last || !ctx.inTail(last.n)) return;
    const raw = /\s*(?:\[(?:\.\.\.|…|&hellip;|&#8230;|&#x2026;|â€¦)\]|\((?:\.\.\.|…|&hellip;|&#8230;)\))$/i.exec(last.text);
    if (raw && TRAILING_ELLIPSIS.test(last.folded)) {
      ctx.markTruncated(last);
      ctx.cut(last, raw.index);
    }
  },
};
export default rule;
