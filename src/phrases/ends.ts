import { loose } from './match.js';
import { foldSource } from '../text/case-fold.js';

/**
 * Every hit runs to the end of its line (a phrase's regex ends in its suffix and `\s*$`), so a line
 * whose last characters cannot end any phrase holds no hit, wherever its words are. This tests
 * that at the end only: a lookbehind of each phrase's last word and what follows it, then the
 * family's suffix, tried where the trailing white space starts. The word scan it saves reads the
 * whole line, a paragraph in the later passes.
 *
 * Only a family whose phrases all end in text of their own, and whose suffix cannot swallow any
 * text (".*", "[^.]*") and is no long list, gets one: otherwise any line end could close a hit, or
 * the test would cost more than it saves.
 */
export function endCheck(phrases: readonly string[], suffix: string): RegExp | null {
  if (phrases.length === 0 || SWALLOWS.test(suffix) || suffix.length > LONG_SUFFIX) return null;
  const words: string[] = [];
  const others = new Set<string>();
  for (const phrase of phrases) {
    const after = phrase.split(/\{\w+\}/u).at(-1) ?? '';
    if (after === '') return null;
    // The text from the last word on is the end of the phrase's regex: loose() escapes character by
    // character and splits only at spaces, quotes, dashes and "...", never inside a word.
    let last: RegExpExecArray | null = null;
    for (const m of after.matchAll(/[\p{L}\p{N}]+/gu)) last = m;
    const tail = last ? after.slice(last.index) : after;
    if (last && last.index + last[0].length === after.length) words.push(tail);
    else others.add(loose(tail));
  }
  const ends = [...(words.length ? [endingTree(words)] : []), ...others].join('|');
  // Tried on folded text (text/case-fold.ts), as the word scans are.
  return new RegExp(foldSource(`(?<=(?:${ends})(?:${suffix}))`), 'uy');
}

/**
 * A suffix that is itself a long list (a share row's services, repeated) is slow to match
 * backwards: tried at every line's end, it cost three times the word scan it was to save.
 */
const LONG_SUFFIX = 2000;

/** A suffix that can take in text of any kind, so that a hit may end in anything. */
const SWALLOWS = /\.[*+]|\[\^[^\]]*\][*+]/u;

/** Whether `text`, folded, ends as some hit of the family would: false rules every hit out. */
export function mayEndWithHit(check: RegExp, text: string): boolean {
  const end = text.length;
  const last = text.trimEnd().length;
  for (let at = end; at >= last; at--) {
    check.lastIndex = at;
    if (check.test(text)) return true;
  }
  return false;
}

/**
 * Regex source for "any of these words", as a tree of their shared endings: a lookbehind is
 * matched backwards, from a word's last letter. Unlike anyOf()'s, no word is left out for another:
 * "followers" does not end where "follow" does.
 */
function endingTree(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    const chars = [...word];
    let node = root;
    for (let i = chars.length - 1; i >= 0; i--) {
      const ch = chars[i] as string;
      const k = ch.length === 1 && ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
      let next = node.next.get(k);
      if (!next) node.next.set(k, (next = { end: false, next: new Map() }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    if (node.next.size === 0) return '';
    const parts = [...node.next].map(([ch, child]) => emit(child) + ch);
    const any = parts.length === 1 ? (parts[0] as string) : `(?:${parts.join('|')})`;
    return node.end ? `(?:${any})?` : any;
  };
  return emit(root);
}
