import { unpinned } from '../text/unpin.js';

/**
 * Which pairs of letters and digits a line holds, read once per line and shared by every phrase
 * family. A family's word scan (Words.scan) is a tree of hundreds of words in many scripts under
 * `iu`, which V8 runs as bytecode: scanning each line once per family was most of the time phrase
 * matching took on a page, and nine lines in ten hold no word of the family asking. A word needs
 * one of its letter pairs in the line wherever it matches, so a family none of whose words' pairs
 * the line holds is ruled out with a few bit tests, and its scan says the rest.
 *
 * Under `iu` an ASCII letter or digit matches only itself in either case, the long s (U+017F,
 * as "s") and the Kelvin sign (U+212A, as "k"): those are the characters read here. A word with
 * no ASCII letter or digit is asked of the line by its first character, a class under the same
 * flags, which V8 folds as it folds the scan.
 */

/** 0: not a letter or digit read here; 1-26: a-z; 27-36: 0-9. */
const CODES = 37;
const PAIRS = CODES * CODES;
/** Single characters, for words of one ASCII character between others. */
const SINGLE = PAIRS;
const WORDS = Math.ceil((PAIRS + CODES) / 32);

function codeOf(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x60;
  if (c >= 0x41 && c <= 0x5a) return c - 0x40;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 27;
  if (c === 0x17f) return 0x73 - 0x60;
  if (c === 0x212a) return 0x6b - 0x60;
  return 0;
}

export interface Presence {
  readonly bits: Uint32Array;
  /** Some character past ASCII: only then can a word with none of the characters above be in the line. */
  readonly wide: boolean;
}

function read(text: string): Presence {
  const bits = new Uint32Array(WORDS);
  let wide = false;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) wide = true;
    const code = codeOf(c);
    if (code !== 0) {
      const one = SINGLE + code;
      bits[one >>> 5] = (bits[one >>> 5] as number) | (1 << (one & 31));
      if (previous !== 0) {
        const pair = previous * CODES + code;
        bits[pair >>> 5] = (bits[pair >>> 5] as number) | (1 << (pair & 31));
      }
    }
    previous = code;
  }
  return { bits, wide };
}

/** Lines read lately, by text: the families of every rule ask about the same lines in turn. */
const known = new Map<string, Presence>();
const KNOWN = 1024;
const KNOWN_LENGTH = 4096;
let lastText: string | null = null;
let lastPresence: Presence | null = null;

export function presenceIn(text: string): Presence {
  if (text === lastText && lastPresence) return lastPresence;
  let p = known.get(text);
  if (!p) {
    p = read(text);
    if (text.length <= KNOWN_LENGTH) {
      if (known.size >= KNOWN) known.clear();
      // Kept past this input: a line cut from it would keep the whole input alive.
      known.set(unpinned(text), p);
    }
  }
  if (text.length <= KNOWN_LENGTH) {
    lastText = text;
    lastPresence = p;
  }
  return p;
}

// Rarer letters rule out more lines: a word is asked for by its rarest pair.
const BY_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';
const rarity = (code: number): number => (code > 26 ? 30 : BY_FREQUENCY.indexOf(String.fromCharCode(code + 0x60)));

/** What a family's words need of a line: one bit per word, or its first character for a word without ASCII. */
export interface WordNeeds {
  readonly bits: Uint32Array;
  /** A class of the first characters of the words with no ASCII letter or digit, or null. */
  readonly others: RegExp | null;
  /** Whether `others` can match only past ASCII (it folds no character to an ASCII one). */
  readonly othersWide: boolean;
}

/** The bit a word needs: its rarest pair of ASCII letters and digits, else its rarest one; -1 for none. */
function need(word: string): number {
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < word.length; i++) {
    const code = asciiCode(word, i);
    if (code === 0) continue;
    const next = asciiCode(word, i + 1);
    if (next !== 0) {
      const score = 100 + rarity(code) + rarity(next);
      if (score > bestScore) [best, bestScore] = [code * CODES + next, score];
    } else if (rarity(code) > bestScore) [best, bestScore] = [SINGLE + code, rarity(code)];
  }
  return best;
}

/** A word's own character as read above, but only an ASCII one: a long s in a word is no "s" there. */
function asciiCode(word: string, i: number): number {
  const c = word.charCodeAt(i);
  return c < 0x80 ? codeOf(c) : 0;
}

/** Every printable ASCII character: a class that matches none of them folds nothing to ASCII. */
const ASCII = String.fromCharCode(...Array.from({ length: 0x5f }, (_, i) => 0x20 + i));

export function wordNeeds(words: readonly string[]): WordNeeds {
  const bits = new Uint32Array(WORDS);
  const firsts = new Set<string>();
  for (const word of words) {
    const bit = need(word);
    if (bit >= 0) bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
    else firsts.add(String.fromCodePoint(word.codePointAt(0) ?? 0));
  }
  const others = firsts.size > 0 ? new RegExp(`[${[...firsts].map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join('')}]`, 'iu') : null;
  return { bits, others, othersWide: others !== null && !others.test(ASCII) };
}

/** Whether the line may hold one of the words: false says that none of them is in it. */
export function mayHold(needs: WordNeeds, text: string): boolean {
  const p = presenceIn(text);
  const bits = needs.bits;
  for (let i = 0; i < WORDS; i++) if ((bits[i] as number) & (p.bits[i] as number)) return true;
  if (needs.others === null || (needs.othersWide && !p.wide)) return false;
  return needs.others.test(text);
}
