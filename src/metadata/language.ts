import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { isSpace } from '../text/fold.js';

/**
 * The language of a body, by franc-min's trigram models and franc's own scoring, returned as a
 * BCP 47 tag. Note: franc-min's `franc()` is not imported: on import it turns all 66 models into
 * dictionaries, 8 ms before the first article (a seventh of a bare `node` start), whatever the
 * input. Here a script's models are split into trigrams the first time a text in that script is
 * scored, and the distances are summed from the models' side, which gives franc's numbers exactly
 * (test/language.test.ts holds the two side by side).
 */

/** Below this many characters franc's guesses are often wrong: no language rather than a bad one. */
export const MIN_DETECT_LENGTH = 200;
// franc's own constants.
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * ISO 639-3 codes franc-min returns -> the two-letter code BCP 47 prefers, where there is one. An
 * individual language takes its macrolanguage's code when it is the one that code is written for
 * (Mandarin "zh", Standard Arabic "ar", Iranian Persian "fa"...); the others keep their three
 * letters, valid BCP 47 as they are. A table because no package maps these: iso-639-3's to-1 list
 * leaves out every macrolanguage member, cmn and arb among them.
 */
const TWO_LETTER: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh', deu: 'de',
  ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id',
  ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr',
  mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt',
  ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw',
  tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo',
  zlm: 'ms', zul: 'zu',
  // ISO 639-2/T codes that some feeds declare, for the same languages.
  ara: 'ar', fas: 'fa', msa: 'ms', zho: 'zh', swa: 'sw', uzb: 'uz', aze: 'az', nep: 'ne', mlg: 'mg', pus: 'ps',
};

/** The BCP 47 tag for a franc code ("deu" -> "de", "ceb" stays), null for "und". */
export function bcp47(code: string): string | null {
  return code === 'und' ? null : (TWO_LETTER[code] ?? code);
}

/**
 * A declared language in BCP 47's usual form ("en_us" -> "en-US", "DEU" -> "de"), up to the first
 * subtag that cannot be one; null when even the language part is not a code ("English", "*").
 */
export function canonicalTag(value: string): string | null {
  const [language = '', ...rest] = value.trim().split(/[-_]/);
  if (!/^[a-z]{2,3}$/i.test(language)) return null;
  const tag = [TWO_LETTER[language.toLowerCase()] ?? language.toLowerCase()];
  for (const sub of rest) {
    if (!/^[a-z0-9]{2,8}$/i.test(sub)) break;
    if (/^[a-z]{2}$/i.test(sub)) tag.push(sub.toUpperCase());
    else if (/^[a-z]{4}$/i.test(sub)) tag.push(sub.charAt(0).toUpperCase() + sub.slice(1).toLowerCase());
    else tag.push(sub.toLowerCase());
  }
  return tag.join('-');
}

/** The language of `text` as a BCP 47 tag, or null when it is too short or franc cannot tell. */
export function detectLanguage(text: string): string | null {
  const length = spacedLength(text);
  if (length < MIN_DETECT_LENGTH && length + (DENSE_WEIGHT - 1) * denseCount(text) < MIN_DETECT_LENGTH) return null;
  return bcp47(francMin(text));
}

/**
 * Kana, Hangul and Han write a word in one to three characters where Latin script takes five or
 * more, and their script alone nearly decides the language: a Japanese or Chinese paragraph of 50
 * characters says as much as 200 Latin ones.
 */
const DENSE_WEIGHT = 4;
const DENSE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

/** How many characters of a densely written script `text` has (called for short texts only). */
function denseCount(text: string): number {
  return text.match(DENSE)?.length ?? 0;
}

// Collapsing a prefix's spaces gives a prefix of the whole text's collapsed form, so a long enough
// head decides: a long body is not rewritten only to learn that it is over the threshold.
const LENGTH_PROBE = 4 * MIN_DETECT_LENGTH;

/** The length of `text` with its white space collapsed to one space and trimmed, up to MIN_DETECT_LENGTH. */
function spacedLength(text: string): number {
  const head = Math.min(text.length, LENGTH_PROBE);
  const length = collapsedLength(text, head);
  return length >= MIN_DETECT_LENGTH || head === text.length ? length : collapsedLength(text, text.length);
}

/** `text.slice(0, end).replace(/\s+/g, ' ').trim().length`, counted without writing that string. */
function collapsedLength(text: string, end: number): number {
  let length = 0;
  let gap = false;
  for (let i = 0; i < end; i++) {
    if (isSpace(text.charCodeAt(i))) gap = length > 0;
    else {
      if (gap) length++;
      gap = false;
      length++;
    }
  }
  return length;
}

/** What franc-min's `franc(text)` returns (an ISO 639-3 code, or "und"). */
export function francMin(input: string): string {
  if (input.length < 10) return 'und';
  const value = input.slice(0, MAX_LENGTH);
  let top: string | undefined;
  let topCount = -1;
  // Most bodies are mostly ASCII letters, which only the Latin script has: say so without
  // compiling franc's Unicode-range expressions (they cost more than the rest of a short run).
  const ascii = asciiLetters(value) / value.length;
  if (ascii > 0.5) {
    top = 'Latin';
    topCount = ascii;
  } else {
    for (const [script, expression] of Object.entries(expressions)) {
      const count = (value.match(expression)?.length ?? 0) / value.length || 0;
      if (count > topCount) {
        topCount = count;
        top = script;
      }
    }
  }
  if (top === undefined || topCount === 0) return 'und';
  const languages = data[top];
  if (!languages) return top;

  const script = scriptModels(top, languages);
  const distances = script.uses++ < INDEX_AFTER ? walkModels(script, trigramCounts(value)) : walkIndex(script, value);
  let best = 'und';
  let bestDistance = Infinity;
  for (let i = 0; i < distances.length; i++) {
    const distance = distances[i] as number;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = script.languages[i] ?? 'und';
    }
  }
  return best;
}

function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/**
 * A one-article run scores by walking the models (300 trigrams each); a batch, from its third text
 * on, through an index from trigram to the models that hold it, built once: ten times less work a
 * text, for what the walk costs twice.
 */
const INDEX_AFTER = 2;
// A posting packs a language's position and a trigram's rank in its model (under 512).
const RANK_BITS = 9;

interface ScriptModels {
  languages: string[];
  models: string[][];
  index: Index | null;
  uses: number;
}

const scripts = new Map<string, ScriptModels>();

function scriptModels(script: string, languages: Readonly<Record<string, string>>): ScriptModels {
  let found = scripts.get(script);
  if (!found) {
    const names = Object.keys(languages);
    found = { languages: names, models: names.map((l) => (languages[l] ?? '').split('|')), index: null, uses: 0 };
    scripts.set(script, found);
  }
  return found;
}

// Every trigram of the text costs MAX_DIFFERENCE unless the model has it: start from that and
// take off what the model's trigrams save.
function walkModels(script: ScriptModels, counts: Map<string, number>): number[] {
  return script.models.map((model) => {
    let distance = MAX_DIFFERENCE * counts.size;
    for (let rank = 0; rank < model.length; rank++) {
      const count = counts.get(model[rank] ?? '');
      if (count !== undefined) distance += Math.abs(count - rank - 1) - MAX_DIFFERENCE;
    }
    return distance;
  });
}

/**
 * The index as an open-addressing hash table over trigrams packed into numbers (three UTF-16 units,
 * 16 bits each, exact in a double): the text's trigrams are counted in a table of the same kind,
 * so scoring makes no string per trigram and hashes none.
 */
interface Index {
  mask: number;
  /** A slot's trigram, -1 for an empty slot. */
  keys: Float64Array;
  /** A slot's postings are postings[starts[slot]] to postings[ends[slot]]. */
  starts: Int32Array;
  ends: Int32Array;
  postings: Int32Array;
}

const pack = (a: number, b: number, c: number): number => (a * 0x10000 + b) * 0x10000 + c;
const hash = (a: number, b: number, c: number): number => Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ c, 0xc2b2ae3d) ^ (c << 7);

function buildIndex(models: readonly string[][]): Index {
  const byCode = new Map<number, { a: number; b: number; c: number; postings: number[] }>();
  models.forEach((model, language) => {
    model.forEach((trigram, rank) => {
      // A text's trigrams are three units long: anything else could never match.
      if (trigram.length !== 3) return;
      const [a, b, c] = [trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)];
      const code = pack(a, b, c);
      const found = byCode.get(code);
      if (found) found.postings.push((language << RANK_BITS) | rank);
      else byCode.set(code, { a, b, c, postings: [(language << RANK_BITS) | rank] });
    });
  });
  let size = 1024;
  while (size < byCode.size * 4) size *= 2;
  const index: Index = { mask: size - 1, keys: new Float64Array(size).fill(-1), starts: new Int32Array(size), ends: new Int32Array(size), postings: new Int32Array(0) };
  const postings: number[] = [];
  for (const [code, t] of byCode) {
    let slot = hash(t.a, t.b, t.c) & index.mask;
    while (index.keys[slot] !== -1) slot = (slot + 1) & index.mask;
    index.keys[slot] = code;
    index.starts[slot] = postings.length;
    postings.push(...t.postings);
    index.ends[slot] = postings.length;
  }
  index.postings = Int32Array.from(postings);
  return index;
}

/** The text's trigram counts, reused from text to text: a slot is in use when its stamp is the text's. */
interface TextTable {
  keys: Float64Array;
  counts: Int32Array;
  hashes: Int32Array;
  stamps: Int32Array;
  /** The slots in use, in the order filled. */
  used: Int32Array;
  stamp: number;
}

// Over four slots a trigram at franc's 2048 characters (lower case can double a character).
const TEXT_SLOTS = 1 << 13;
const TEXT_MASK = TEXT_SLOTS - 1;
let table: TextTable | null = null;

function walkIndex(script: ScriptModels, value: string): ArrayLike<number> {
  const index = (script.index ??= buildIndex(script.models));
  const { table: text, distinct } = countTrigrams(value);
  // Typed: the sums are integers well inside 32 bits, and a typed store skips the hole and type
  // checks a plain array's pays per posting.
  const distances = new Int32Array(script.models.length).fill(MAX_DIFFERENCE * distinct);
  const { keys, starts, ends, postings, mask } = index;
  for (let u = 0; u < distinct; u++) {
    const at = text.used[u] as number;
    const code = text.keys[at] as number;
    const count = text.counts[at] as number;
    let slot = (text.hashes[at] as number) & mask;
    let key: number;
    while ((key = keys[slot] as number) !== code && key !== -1) slot = (slot + 1) & mask;
    if (key === -1) continue;
    for (let p = starts[slot] as number; p < (ends[slot] as number); p++) {
      const posting = postings[p] as number;
      const language = posting >> RANK_BITS;
      distances[language] = (distances[language] as number) + Math.abs(count - (posting & ((1 << RANK_BITS) - 1)) - 1) - MAX_DIFFERENCE;
    }
  }
  return distances;
}

/**
 * trigramCounts() into the text's table, with how many distinct trigrams it holds.
 * The padded text is walked as padded() would write it, without writing it: lower case first is
 * the same as last, but for the final sigma, whose case depends on the characters padded() removes.
 */
function countTrigrams(value: string): { table: TextTable; distinct: number } {
  const text = value.includes('\u03A3') ? padded(value) : value.toLowerCase();
  const t = (table ??= {
    keys: new Float64Array(TEXT_SLOTS),
    counts: new Int32Array(TEXT_SLOTS),
    hashes: new Int32Array(TEXT_SLOTS),
    stamps: new Int32Array(TEXT_SLOTS),
    used: new Int32Array(TEXT_SLOTS),
    stamp: 0,
  });
  const { keys, counts, hashes, stamps, used } = t;
  const stamp = (t.stamp = t.stamp === 0x7fffffff ? 1 : t.stamp + 1);
  let distinct = 0;
  let a = -1;
  let b = 0x20;
  let space = false;
  const add = (c: number): void => {
    if (a !== -1) {
      const code = pack(a, b, c);
      const h = hash(a, b, c);
      let slot = h & TEXT_MASK;
      while (stamps[slot] === stamp && keys[slot] !== code) slot = (slot + 1) & TEXT_MASK;
      if (stamps[slot] === stamp) counts[slot] = (counts[slot] as number) + 1;
      else {
        stamps[slot] = stamp;
        keys[slot] = code;
        counts[slot] = 1;
        hashes[slot] = h;
        used[distinct++] = slot;
      }
    }
    a = b;
    b = c;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x40) || isSpace(c)) {
      space = true;
      continue;
    }
    // Runs of white space are one space, and none before the first character (trimmed).
    if (space && a !== -1) add(0x20);
    space = false;
    add(c);
  }
  add(0x20);
  return { table: t, distinct };
}


function padded(value: string): string {
  return ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
}

/** trigram-utils' asDictionary(): the text's trigrams (padded, lower case, no ASCII punctuation or digits) and their counts. */
function trigramCounts(value: string): Map<string, number> {
  const clean = padded(value);
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const trigram = clean.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
