import { fold } from '../text/fold.js';

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

/** The recurring form of a folded piece. */
export function unitKey(folded: string): string {
  // Trailing punctuation goes first: the link marker must survive it.
  return folded
    .replace(TRAILING, '')
    .replace(URL, (url) => `\u27e8${hostOf(url)}\u27e9`)
    .toLowerCase()
    .replace(/\p{Nd}+/gu, '#')
    .replace(/\s+/g, ' ')
    .trim();
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
export function unitRegex(folded: string): string {
  const body = folded.replace(TRAILING, '');
  let out = '';
  let at = 0;
  for (const m of body.matchAll(URL)) {
    out += literal(body.slice(at, m.index));
    const host = hostOf(m[0]);
    out += `(?:https?://)?(?:www\\.)?${escape(host)}(?:[/?#:][^\\s]*)?`;
    at = (m.index ?? 0) + m[0].length;
  }
  out += literal(body.slice(at));
  return `${out}[\\s\\p{P}\\p{S}]*`;
}

function literal(text: string): string {
  return text
    .split(/(\p{Nd}+|\s+)/u)
    .map((part) => (/^\p{Nd}+$/u.test(part) ? '\\d+' : /^\s+$/.test(part) ? '\\s+' : escape(part)))
    .join('');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
