import { isSpace } from '../text/fold.js';

/**
 * franc's distances from a text's trigrams to each language model of its script, summed from the
 * models' side (see language.ts), and the closest language. Kept apart from the script and length
 * tests: this is the part a batch spends its time in, with its own tables.
 */

// franc's own constant: a trigram the model lacks costs this much.
const MAX_DIFFERENCE = 300;

/** The language of `top`'s models closest to `value` (franc's answer), "und" when none is. */
export function closestLanguage(top: string, languages: Readonly<Record<string, string>>, value: string): string {
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
