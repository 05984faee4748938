/**
 * Duplicate detection across a batch: the same article re-syndicated by several sites, each copy
 * with small edits (another footer, a changed headline word, a paragraph added). Called once per
 * article in input order; the first occurrence is kept and later copies name it.
 *
 * Exact copies: the title and body through `key()` (typography, spacing and case folded), hashed
 * with SHA-1, so a remembered article costs a 20-byte key rather than its text.
 *
 * Near copies: the Jaccard similarity of the two articles' sets of 3-word shingles (the title's
 * words, then the body's; a Chinese or Japanese character is a word), estimated with MinHash.
 * Each word is hashed with FNV-1a, each shingle by mixing its three word hashes, and 128 universal
 * hash functions (a·x + b mod 2³²−5, seeded by a fixed PRNG so signatures are the same on every
 * run and machine) each keep their minimum over the shingles. Two signatures agree in a position
 * with probability equal to the Jaccard similarity, so the share of agreeing positions estimates
 * it (±0.035 at 0.8).
 *
 * Finding candidates without comparing against every earlier article: LSH banding. The signature
 * is cut into b bands of r rows; articles that agree on a whole band share a bucket, which happens
 * with probability 1 − (1 − sʳ)ᵇ at similarity s. b and r come from the threshold: the most
 * selective split that still makes a candidate of 90% of pairs at the threshold (for 0.8: 16 × 8,
 * S-curve midpoint (1/b)^(1/r) = 0.71). The midpoint sits below the threshold on purpose: a pair
 * the buckets miss is lost, while a spurious candidate costs one 128-value comparison. Every
 * candidate is confirmed by the full signature estimate against the threshold.
 *
 * The threshold is that estimated similarity, not the share of words kept: a changed word breaks
 * three shingles, so 10% of the words changed in one passage leaves about 0.8, and spread over the
 * text about 0.55. A different footer, headline word or added sentence stays at about 0.9 or more. On
 * the test corpus (docs/dedupe.md has the figures) precision is 1.0 from 0.4 to 0.9, and at 0.8
 * every such copy is found; about 4,500 articles of 400 words are checked per CPU-second.
 *
 * Bodies with fewer than 8 shingles ("Read more", a title alone) are matched exactly only: a few
 * shared words would otherwise make unrelated stubs near-duplicates.
 *
 * Only kept articles are remembered: per article a SHA-1 key in one map, a 512-byte signature in a
 * shared Uint32Array pool and b bucket entries (about 1.1 KB measured), plus its label.
 */
import { nodeCrypto } from './util/esm-require.js';
import type { Article } from './article.js';
import { key } from './text/fold.js';

export interface DedupeOptions {
  /** Estimated Jaccard similarity of word shingles at or above which two articles are near-duplicates. Default 0.8. */
  threshold?: number;
}

export interface Duplicate {
  /** label of the article kept */
  of: string;
  kind: 'exact' | 'near';
  /** estimated similarity, 1 for exact */
  similarity: number;
}

export const DEFAULT_THRESHOLD = 0.8;

const SHINGLE_WORDS = 3;
const HASHES = 128;
const MIN_SHINGLES = 8;
/** The largest prime below 2³², so every permuted value fits a Uint32Array slot. */
const PRIME = 4294967291;
const INV_PRIME = 1 / PRIME;
/** Signatures per pool chunk: 512 KB, so growth never copies what is already stored. */
const CHUNK = 1024;
/** Share of pairs at exactly the threshold that LSH must make candidates (see the header). */
const BAND_RECALL = 0.9;

// The multipliers are split into 16-bit halves so that a·x mod p can be computed exactly in
// doubles: a_hi·(x·2¹⁶ mod p) + a_lo·x + b stays below 2⁵⁰.
const A_HI = new Float64Array(HASHES);
const A_LO = new Float64Array(HASHES);
const B = new Float64Array(HASHES);
{
  let state = 0x9e3779b9;
  // mulberry32: integer-only, so the seeds do not depend on the platform's Math.random or floats.
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < HASHES; i++) {
    const a = 1 + (next() % (PRIME - 1));
    A_HI[i] = Math.floor(a / 65536);
    A_LO[i] = a % 65536;
    B[i] = next() % PRIME;
  }
}

function fnv1a(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finalizer: spreads the bits of the combined word hashes over all 32. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Chinese and Japanese are written without spaces: each of their characters counts as a word, so
// that a 3-word shingle is a character trigram there rather than a whole sentence.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

/** Hashes of the words of already-folded text, appended to `out`. */
function wordHashes(text: string, out: number[]): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(fnv1a(text, m.index, m.index + m[0].length));
}

// Scratch space for the shingle hashes, shared by every call (a batch signs 100,000 articles) and
// grown when an article is longer than any before it.
let xs = new Float64Array(1024);
let ys = new Float64Array(1024);

/** Writes the MinHash signature of a list of word hashes into `out`; false when it has too few shingles. */
function sign(words: readonly number[], out: Uint32Array): boolean {
  const n = words.length - SHINGLE_WORDS + 1;
  if (n < MIN_SHINGLES) return false;
  if (xs.length < n) {
    xs = new Float64Array(n * 2);
    ys = new Float64Array(n * 2);
  }
  for (let j = 0; j < n; j++) {
    let h = 0x811c9dc5;
    for (let w = 0; w < SHINGLE_WORDS; w++) h = Math.imul(h ^ (words[j + w] as number), 0x01000193) ^ (h >>> 15);
    const x = fmix32(h) % PRIME;
    xs[j] = x;
    ys[j] = (x * 65536) % PRIME;
  }
  minhash(xs, ys, n, out);
  return true;
}

// Note: the constants are copied into locals because bundlers turn top-level `const` into `var`,
// which V8 reloads on every pass, and `+` makes them plain doubles: else `min` starts as a boxed
// number and V8 boxes every new minimum too (together 1.6 times slower, measured).
function minhash(xs: Float64Array, ys: Float64Array, n: number, out: Uint32Array): void {
  const p = +PRIME;
  const inverse = +INV_PRIME;
  const aHi = A_HI;
  const aLo = A_LO;
  const bs = B;
  const count = HASHES;
  for (let i = 0; i < count; i++) {
    const hi = aHi[i] as number;
    const lo = aLo[i] as number;
    const b = bs[i] as number;
    let min = p;
    for (let j = 0; j < n; j++) {
      let v = hi * (ys[j] as number) + lo * (xs[j] as number) + b;
      // The reciprocal may round the quotient one off either way; the two tests put it back.
      v -= Math.floor(v * inverse) * p;
      if (v < 0) v += p;
      else if (v >= p) v -= p;
      if (v < min) min = v;
    }
    out[i] = min;
  }
}

/**
 * The MinHash signature Deduper compares, or null for a body too short to be compared other than
 * exactly. Exposed for tests and for tools that want to store signatures.
 */
export function signature(article: Pick<Article, 'title' | 'text'>): Uint32Array | null {
  const words: number[] = [];
  wordHashes(key(article.title ?? ''), words);
  wordHashes(key(article.text), words);
  const out = new Uint32Array(HASHES);
  return sign(words, out) ? out : null;
}

/** The LSH split for a threshold: bands × rows ≤ 128 (see the header for the rule). */
export function banding(threshold: number): { bands: number; rows: number } {
  let best = { bands: HASHES, rows: 1 };
  for (let rows = 2; rows <= HASHES; rows++) {
    const bands = Math.floor(HASHES / rows);
    if (1 - (1 - threshold ** rows) ** bands >= BAND_RECALL) best = { bands, rows };
  }
  return best;
}

/**
 * The identity of an exact copy: the title and body through key() (typography, spacing and case
 * folded), hashed. Two articles are exact copies when their keys are equal; `feedscrub check`
 * finds its duplicates with the same key.
 */
export function exactKey(article: Pick<Article, 'title' | 'text'>): string {
  return keyOf(key(article.title ?? ''), key(article.text));
}

/** exactKey() of a title and body already through key(). */
function keyOf(title: string, body: string): string {
  // The title's length keeps ("ab", "c") and ("a", "bc") apart; UTF-16 keeps lone surrogates distinct.
  return nodeCrypto().createHash('sha1').update(`${title.length}:${title}${body}`, 'utf16le').digest('binary');
}

export class Deduper {
  readonly #threshold: number;
  readonly #bands: number;
  readonly #rows: number;
  /** Labels of kept articles; ids index it. */
  readonly #labels: string[] = [];
  /** Exact key -> id. */
  readonly #exact = new Map<string, number>();
  /** Per band: bucket hash -> signature slot(s); an array only once a bucket holds two. */
  readonly #buckets: Map<number, number | number[]>[] = [];
  readonly #pool: Uint32Array[] = [];
  /** Signature slot -> id (stubs have an id but no slot). */
  readonly #slotIds: number[] = [];
  readonly #scratch = new Uint32Array(HASHES);
  readonly #words: number[] = [];

  constructor(options: DedupeOptions = {}) {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`dedupe threshold must be above 0 and at most 1, not ${threshold}`);
    this.#threshold = threshold;
    ({ bands: this.#bands, rows: this.#rows } = banding(threshold));
    for (let i = 0; i < this.#bands; i++) this.#buckets.push(new Map());
  }

  /** Checks an article against all earlier ones; remembers it when it is not a duplicate. `label` is how reports name it (e.g. "dumps/a.txt" or "feed.xml#3"). */
  check(article: Pick<Article, 'title' | 'text'>, label: string): Duplicate | null {
    const title = key(article.title ?? '');
    const body = key(article.text);
    const exact = keyOf(title, body);
    const same = this.#exact.get(exact);
    if (same !== undefined) return { of: this.#labels[same] as string, kind: 'exact', similarity: 1 };

    const id = this.#labels.length;
    this.#labels.push(label);
    this.#exact.set(exact, id);
    // At 1 only identical articles count, and an estimate of 1 does not prove that.
    if (this.#threshold >= 1) return null;

    const words = this.#words;
    words.length = 0;
    wordHashes(title, words);
    wordHashes(body, words);
    const sig = this.#scratch;
    if (!sign(words, sig)) return null;

    const keys = this.#bandKeys(sig);
    const near = this.#nearest(sig, keys);
    if (near) {
      // Not kept after all: forget it, so later copies name the first article.
      this.#labels.pop();
      this.#exact.delete(exact);
      return near;
    }
    this.#remember(sig, keys, id);
    return null;
  }

  #bandKeys(sig: Uint32Array): number[] {
    const keys: number[] = [];
    for (let band = 0, row = 0; band < this.#bands; band++) {
      let h = 0x811c9dc5;
      for (const end = row + this.#rows; row < end; row++) h = Math.imul(h ^ (sig[row] as number), 0x01000193);
      // 30 bits keep keys small integers in V8's maps; a collision only adds a candidate to confirm.
      keys.push(fmix32(h) & 0x3fffffff);
    }
    return keys;
  }

  #nearest(sig: Uint32Array, keys: readonly number[]): Duplicate | null {
    let best = -1;
    let bestAgree = 0;
    const seen = new Set<number>();
    for (let band = 0; band < keys.length; band++) {
      const bucket = this.#buckets[band]?.get(keys[band] as number);
      if (bucket === undefined) continue;
      for (const slot of typeof bucket === 'number' ? [bucket] : bucket) {
        if (seen.has(slot)) continue;
        seen.add(slot);
        const stored = this.#pool[Math.floor(slot / CHUNK)] as Uint32Array;
        const base = (slot % CHUNK) * HASHES;
        let agree = 0;
        for (let i = 0; i < HASHES; i++) if (stored[base + i] === sig[i]) agree++;
        // Ties go to the earlier article, as the first occurrence wins.
        if (agree > bestAgree || (agree === bestAgree && slot < best)) {
          best = slot;
          bestAgree = agree;
        }
      }
    }
    const similarity = bestAgree / HASHES;
    if (best < 0 || similarity < this.#threshold) return null;
    return { of: this.#labels[this.#slotIds[best] as number] as string, kind: 'near', similarity };
  }

  #remember(sig: Uint32Array, keys: readonly number[], id: number): void {
    const slot = this.#slotIds.length;
    this.#slotIds.push(id);
    if (slot % CHUNK === 0) this.#pool.push(new Uint32Array(CHUNK * HASHES));
    (this.#pool[this.#pool.length - 1] as Uint32Array).set(sig, (slot % CHUNK) * HASHES);
    for (let band = 0; band < keys.length; band++) {
      const buckets = this.#buckets[band] as Map<number, number | number[]>;
      const k = keys[band] as number;
      const bucket = buckets.get(k);
      if (bucket === undefined) buckets.set(k, slot);
      else if (typeof bucket === 'number') buckets.set(k, [bucket, slot]);
      else bucket.push(slot);
    }
  }
}
