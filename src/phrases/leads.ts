import type { Compiled } from './compiled.js';
import type { Family } from './match.js';

/**
 * Where a family's phrase leads match in a text: the scan findHits() runs (a bare lead, its word
 * edge checked by hand), and the leads of every phrase for rules that cut at a footer's opening.
 */

/**
 * The next match of `c.lead` from `scan.lastIndex`, found with `scan` (c.bareLead): a match of the
 * bare lead that follows a letter or digit is passed over, and the scan goes on from the next
 * character, as the lead's own lookbehind would have made it. Leaves `scan.lastIndex` where the
 * lead's would be.
 */
export function nextLead(c: Compiled, scan: RegExp, text: string): RegExpExecArray | null {
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    // Past an empty match by a whole code point: a unicode regex set inside a surrogate pair
    // starts again at the pair, and would find the same empty match for ever.
    if (m[0] === '') scan.lastIndex = m.index + codePointLength(text, m.index);
    if (scan === c.lead || !afterWordCharacter(text, m.index)) return m;
    scan.lastIndex = m.index + codePointLength(text, m.index);
  }
  return null;
}

/** WORD_EDGE's lookbehind, negated, with the lead's flags. */
const AFTER_WORD = /(?<=[\p{L}\p{N}])/iuy;

function afterWordCharacter(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  // No ASCII character but a letter or digit is one, or folds to one.
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  AFTER_WORD.lastIndex = at;
  return AFTER_WORD.test(text);
}

export function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** Where the family's phrases start in `text`, and where the text before their first placeholder ends. */
export function leads(f: Family, text: string): { lang: string; start: number; end: number }[] {
  const out: { lang: string; start: number; end: number }[] = [];
  const seen = new Map<string, boolean>();
  for (const c of f.compiled) {
    // Scanning for each lead cost a pass over the text per phrase; a word scan is shared by phrases.
    const word = c.headWord;
    if (word) {
      let has = seen.get(word.source);
      if (has === undefined) seen.set(word.source, (has = word.test(text)));
      if (!has) continue;
    }
    for (const m of text.matchAll(c.lead)) out.push({ lang: c.lang, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => b.start - a.start);
}

/** Where `c`'s lead matches in `text` from `from`, [start, end) pairs: by its own regex, or as findHits scans for it. */
export function leadMatches(c: Family['compiled'][number], text: string, from: number, bare: boolean): number[] {
  const out: number[] = [];
  const scan = bare ? c.bareLead : c.lead;
  scan.lastIndex = from;
  for (let m = bare ? nextLead(c, scan, text) : scan.exec(text); m; m = bare ? nextLead(c, scan, text) : scan.exec(text)) {
    if (!bare && m[0] === '') scan.lastIndex = m.index + codePointLength(text, m.index);
    out.push(m.index, m.index + m[0].length);
  }
  return out;
}
