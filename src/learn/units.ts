import { fold } from '../text/fold.js';
import { escapeRegExp } from '../util/regex.js';

/**
 * A line of a cleaned body cut into the pieces a site repeats: a sentence, or a label with the
 * link after it ("Telegram: https://t.me/x"). Sites string their furniture together on one line
 * in varying combinations, so it is the pieces, not the lines, that recur.
 */
export interface Unit {
  /** The piece in the line's own typography, trimmed. */
  text: string;
  /** fold(text): what rules match against. */
  folded: string;
  /** What recurs: case, digits and link paths folded away, so "© 2023" and "© 2024" are one. */
  key: string;
  /** Counted in words (CJK characters count one each, as countWords does roughly). */
  words: number;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/giu;
// A piece ends after a link, after a sentence's end followed by a space (in CJK, at once), and
// after a heading's colon when a labelled link follows ("Follow us: Telegram: https://...").
const BREAK = /((?:https?:\/\/|www\.)[^\s<>"')\]]+)\s+|([.!?…»])\s+(?=\S)|([。！？])(?=\S)|(:)\s+(?=[^:\s][^:\n]{0,40}:\s+(?:https?:\/\/|www\.))/gu;

export function splitUnits(line: string): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  for (const m of line.matchAll(BREAK)) {
    const end = (m.index ?? 0) + (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').length;
    if (end > start) out.push(unit(line.slice(start, end)));
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < line.length) out.push(unit(line.slice(start)));
  return out.filter((u) => u.key !== '');
}

function unit(raw: string): Unit {
  const text = raw.trim();
  const folded = fold(text);
  return { text, folded, key: unitKey(folded), words: wordCount(folded) };
}

const TRAILING = /[\s\p{P}\p{S}]+$/u;

/**
 * A credit: a short label, a colon, and a short value that is no sentence ("Editor: Jane Roe",
 * "图片来源：视觉中国", "Фото: пресс-служба"). Sites credit a different editor or picture agency
 * in each article under the same label, so it is the label that recurs. A value with a sentence's
 * punctuation or a link stays whole: a speaker's line in an interview ("Host: Why?") is the
 * article's, and a labelled link is folded by its host already.
 */
const CREDIT = /^([^:：\d]{1,24}?)\s*[:：]\s*([^:：.!?。！？…]{1,40})$/u;
const CREDIT_VALUE = '[^:：.!?。！？…]{1,40}';
// fold() spells an ellipsis out, so no folded text holds this one: a credit's key is never a text's.
const CREDIT_MARK = '\u2026';
const HAS_URL = /(?:https?:\/\/|www\.)/i;

/** The label of a credit (see CREDIT), for a folded piece as found, trailing punctuation and all. */
function creditLabel(folded: string): string | null {
  const m = CREDIT.exec(folded.trim());
  if (!m || HAS_URL.test(folded)) return null;
  const label = (m[1] ?? '').trim();
  const value = m[2] ?? '';
  if (wordCount(label) > 3 || wordCount(value) > 6 || !/\p{L}/u.test(value) || (label.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  return label;
}

/** The recurring form of a folded piece; `credits` false keeps a credit's value (see asSaid). */
export function unitKey(folded: string, credits = true): string {
  const label = credits ? creditLabel(folded) : null;
  if (label !== null) return `${label.toLowerCase().replace(/\s+/g, ' ')}: ${CREDIT_MARK}`;
  // Trailing punctuation goes first: the link marker must survive it.
  return folded
    .replace(TRAILING, '')
    .replace(URL, (url) => `\u27e8${hostOf(url)}\u27e9`)
    .toLowerCase()
    .replace(/\p{Nd}+/gu, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

const LABEL = /^([^:：\d]{1,24}?)\s*[:：]\s*\S/u;

/** The label a piece starts with ("anna" of "anna: not now", whatever follows), lower case. */
export function labelOf(folded: string): string | null {
  const label = LABEL.exec(folded)?.[1]?.trim().toLowerCase().replace(/\s+/g, ' ');
  return label && !HAS_URL.test(label) && wordCount(label) <= 3 ? label : null;
}

export function isCreditKey(key: string): boolean {
  return key.endsWith(`: ${CREDIT_MARK}`);
}

/**
 * A credit is given once in an article: a label that recurs within one article names a speaker
 * ("anna: not now" in a chat log, "Q: and then" in an interview), whose lines are the article.
 */
export function asSaid(unit: Unit): Unit {
  return { ...unit, key: unitKey(unit.folded, false) };
}

/** Whether a key is a link with at most a short label ("Telegram: https://t.me/x", "Jane Roe https://x.example/jr"). */
export function isLinkKey(key: string): boolean {
  if (!key.includes('\u27e8')) return false;
  const label = key.replace(/\u27e8[^\u27e9]*\u27e9/g, ' ');
  return (label.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 4;
}

function hostOf(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return (bare.split(/[/?#:]/, 1)[0] ?? '').toLowerCase();
}

function wordCount(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words + Math.ceil(cjk / 2);
}

/**
 * An RE2 pattern (case-insensitive) for every piece with the same key as `folded`: digits become
 * \d+, a link any link on the same host, spaces any run of spaces, trailing punctuation optional.
 */
export function unitRegex(folded: string, key = unitKey(folded)): string {
  const label = isCreditKey(key) ? creditLabel(folded) : null;
  // No trailing punctuation: a value that ends like a sentence is no credit.
  if (label !== null) return `${literal(label)}\\s*[:：]\\s*${CREDIT_VALUE}`;
  const body = folded.replace(TRAILING, '');
  let out = '';
  let at = 0;
  for (const m of body.matchAll(URL)) {
    out += literal(body.slice(at, m.index));
    const host = hostOf(m[0]);
    out += `(?:https?://)?(?:www\\.)?${escapeRegExp(host)}(?:[/?#:][^\\s]*)?`;
    at = (m.index ?? 0) + m[0].length;
  }
  out += literal(body.slice(at));
  return `${out}[\\s\\p{P}\\p{S}]*`;
}

function literal(text: string): string {
  return text
    .split(/(\p{Nd}+|\s+)/u)
    .map((part) => (/^\p{Nd}+$/u.test(part) ? '\\d+' : /^\s+$/.test(part) ? '\\s+' : escapeRegExp(part)))
    .join('');
}
