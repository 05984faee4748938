import { unpinned } from './unpin.js';

/**
 * Case folding for the large regexes of labels in many languages (the phrase families' word scans,
 * leads and ends, byline prefixes, date labels, credit labels). A regex compiled with `iu` costs V8
 * four to five times as much to compile as the same regex without `i` (each letter becomes the set
 * of its case variants, worked out through ICU), and V8 compiles a regex twice, once to bytecode
 * and again to machine code on its second use: for the families alone, about a third of a one-dump
 * start-up. Folded text tested by folded source without `i` answers the same question, provided
 * the fold takes alike exactly the characters that `iu` matches alike.
 *
 * foldCase() is such a fold, and no coarser: lower case, plus the few characters whose lower case
 * differs from that of a character `iu` takes for them (the final sigma, the long s, the micro
 * sign, Greek symbol forms, old Cyrillic forms). test/case-fold.test.ts checks it against V8 over
 * every character that has a case, both ways.
 */

/** What lower case leaves apart that `iu` takes alike, each to the character lower case gives its partner. */
const ODD: Record<string, string> = {
  '\u017f': 's', // long s
  '\u00b5': '\u03bc', // micro sign
  '\u0345': '\u03b9', // combining ypogegrammeni
  '\u1fbe': '\u03b9', // prosgegrammeni
  '\u03c2': '\u03c3', // final sigma
  '\u03d0': '\u03b2',
  '\u03d1': '\u03b8',
  '\u03d5': '\u03c6',
  '\u03d6': '\u03c0',
  '\u03f0': '\u03ba',
  '\u03f1': '\u03c1',
  '\u03f5': '\u03b5',
  '\u1fd3': '\u0390',
  '\u1fe3': '\u03b0',
  '\u1e9b': '\u1e61',
  '\u1c80': '\u0432',
  '\u1c81': '\u0434',
  '\u1c82': '\u043e',
  '\u1c83': '\u0441',
  '\u1c84': '\u0442',
  '\u1c85': '\u0442',
  '\u1c86': '\u044a',
  '\u1c87': '\u0463',
  '\u1c88': '\ua64b',
  '\ufb05': '\ufb06',
};
const ODD_CHARS = new RegExp(`[${Object.keys(ODD).join('')}]`, 'u');
const ODD_CHARS_ALL = new RegExp(ODD_CHARS.source, 'gu');
const PAST_ASCII = /[^\x00-\x7f]/;

/**
 * `text` folded: as long as `text`, character for character (a match's place in it is its place
 * in `text`), and two characters that `iu` matches alike are one.
 */
export function foldCase(text: string): string {
  if (!PAST_ASCII.test(text)) return text.toLowerCase();
  // The dotted capital I is the only character whose lower case is longer (i and a combining dot);
  // `iu` matches it to nothing else, so it stays as it is.
  const lower = text.includes('\u0130') ? text.split('\u0130').map((part) => part.toLowerCase()).join('\u0130') : text.toLowerCase();
  return ODD_CHARS.test(lower) ? lower.replace(ODD_CHARS_ALL, (c) => ODD[c] ?? c) : lower;
}

/** Property escapes that name the same characters in either case, which `iu` leaves as they are. */
const CASELESS_PROPERTY = /^(?:[LNPSZMC]|Letter|Number|Nd|Punctuation|Symbol|Mark|Separator|(?:Script|sc|Script_Extensions|scx)=\w+)$/;

/**
 * Regex source written for `iu`, rewritten to match folded text without `i`: every literal
 * character folded (foldCase). Refuses what the fold would change the meaning of: a range of
 * letters in a class, a property escape with case (`\p{Lu}`). Group names stay as they are.
 */
export function foldSource(source: string): string {
  // The text between escapes, classes and group names is folded in one call: at start-up, a
  // character at a time cost more than the rest of making these regexes.
  let out = '';
  let at = 0;
  for (const m of source.matchAll(PIECES)) {
    out += foldCase(source.slice(at, m.index));
    const piece = m[0];
    out += piece[0] === '\\' ? escapeAt(piece, 0).text : piece[0] === '[' ? foldClass(piece) : piece;
    at = m.index + piece.length;
  }
  return out + foldCase(source.slice(at));
}

/** Escapes, classes and group names: the parts of a source that foldSource() does not fold whole. */
const PIECES = /\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|[\s\S])|\(\?<(?![=!])[^>]*>|\[(?:\\[\s\S]|[^\]\\])*\]/gu;

/** A class folded character by character, refusing a range whose ends fold. */
function foldClass(cls: string): string {
  let out = '';
  // The character before, as written: a range's first end.
  let last = '';
  for (let i = 0; i < cls.length; ) {
    if (cls[i] === '\\') {
      const escape = escapeAt(cls, i);
      out += escape.text;
      last = escape.char;
      i += escape.length;
      continue;
    }
    const ch = String.fromCodePoint(cls.codePointAt(i) ?? 0);
    if (ch === '-' && last !== '' && i + 1 < cls.length - 1) {
      const after = cls[i + 1] === '\\' ? escapeAt(cls, i + 1).char : String.fromCodePoint(cls.codePointAt(i + 1) ?? 0);
      if (foldCase(last) !== last || foldCase(after) !== after) throw new Error(`a range of letters in a class cannot be folded: ${cls}`);
    }
    out += foldCase(ch);
    last = i === 0 || (i === 1 && ch === '^') ? '' : ch;
    i += ch.length;
  }
  return out;
}

/** The escape at `at` (a backslash), folded where it names a character, and that character ('' for none). */
function escapeAt(source: string, at: number): { text: string; length: number; char: string } {
  const next = source[at + 1] ?? '';
  const named = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(source.slice(at, at + 12));
  if (named) {
    const ch = String.fromCodePoint(parseInt(named[1] ?? named[2] ?? named[3] ?? '0', 16));
    const folded = foldCase(ch);
    const text = folded === ch ? named[0] : `\\u{${(folded.codePointAt(0) ?? 0).toString(16)}}`;
    return { text, length: named[0].length, char: ch };
  }
  if (next === 'p' || next === 'P') {
    const close = source.indexOf('}', at);
    const name = source.slice(at + 3, close);
    if (!CASELESS_PROPERTY.test(name)) throw new Error(`the property escape \\${next}{${name}} has case: it cannot be folded`);
    return { text: source.slice(at, close + 1), length: close + 1 - at, char: '' };
  }
  if (next === 'k' && source[at + 2] === '<') {
    const close = source.indexOf('>', at);
    return { text: source.slice(at, close + 1), length: close + 1 - at, char: '' };
  }
  if (next === 'c') return { text: source.slice(at, at + 3), length: 3, char: '' };
  // A class escape (\s, \d, \w: `iu` adds the long s and the Kelvin sign to \w, which fold to s
  // and k), a digit, or an escaped character, which is never a letter.
  const ch = String.fromCodePoint(source.codePointAt(at + 1) ?? 0);
  return { text: `\\${ch}`, length: 1 + ch.length, char: /[dDsSwWbB0-9]/.test(ch) ? '' : ch };
}

/**
 * Folded texts by text, for the lines every family asks about: the same line objects are asked
 * about by every rule. Keyed by the text itself, which may be a view of the input, so the table
 * is emptied when an input is done (forgetFolds(), called with forgetLastMatch()), and when full.
 */
const known = new Map<string, string>();
const KNOWN_SIZE = 2048;
/** Longer texts are folded from `from` on each time: a paragraph, asked about by fewer families. */
const KNOWN_LENGTH = 2048;

/**
 * foldCase() of `text` from `from` on: the families' pre-tests read no further back than their
 * longest span, and a line is asked about by many families in every pass.
 */
export function foldedFrom(text: string, from: number): string {
  if (from !== 0 || text.length > KNOWN_LENGTH) return foldCase(from === 0 ? text : text.slice(from));
  let folded = known.get(text);
  if (folded === undefined) {
    if (known.size >= KNOWN_SIZE) known.clear();
    // Kept past the line's own life: a view of the input as the key (or as the value, where
    // folding changed nothing) held the whole input through the passes after its lines were
    // joined, 21 MB of a 10 MB page of <br> lines.
    const own = unpinned(text);
    folded = foldCase(own);
    known.set(own, folded);
  }
  return folded;
}

/** Lets go of the texts foldedFrom() keeps: an input's lines, which may be views of the whole input. */
export function forgetFolds(): void {
  known.clear();
}

/**
 * A regex written for `iu`, to be run on foldCase() text: it matches there what the `iu` regex
 * matches in the text, at the same places (a match's text is the folded text: slice the original
 * by its place). For long alternations of labels, which `i` makes several times dearer to compile.
 */
export function foldedRegExp(source: string, flags = ''): RegExp {
  return new RegExp(foldSource(source), `${flags.replace(/[iu]/g, '')}u`);
}
