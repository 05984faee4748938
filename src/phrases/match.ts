import { Compiled } from './compiled.js';
import { deriveTable, fromTable, LEAD_SPAN, leadsOf, openings } from './derive.js';
import { endCheck, mayEndWithHit } from './ends.js';
import { embeddedTable, remember, tableKey, type FamilyTable } from './tables.js';
import { Words } from './words.js';
import { withSpellings } from './spellings.js';
import { mayOpenAt } from '../util/regex.js';
import { unpinned } from '../text/unpin.js';
import { foldCase, foldedFrom } from '../text/case-fold.js';
import { codePointLength, nextLead } from './leads.js';

export { loose } from './compiled.js';
export { leadMatches, leads } from './leads.js';

/**
 * Phrase families are data (one file per family, its languages side by side); this module turns
 * them into matchers that run on a line's own text, so that a hit gives offsets a rule can cut at.
 * Phrases are written in plain typography (straight quotes, "-", "..."); matching absorbs curly
 * quotes, dashes, the ellipsis character and its entities, and runs of spaces.
 */

/** One language's phrases of a family. `{post}`, `{site}`... stand for any text, captured by name. */
export interface PhraseSet {
  readonly lang: string;
  readonly phrases: readonly string[];
}

export interface Hit {
  lang: string;
  /** Offset in the line's text where the phrase starts. */
  start: number;
  /** Offset where the match (phrase and suffix) ends. */
  end: number;
  groups: Partial<Record<string, string>>;
}


export interface Family {
  readonly compiled: readonly Compiled[];
  /**
   * Any phrase's longest word, or null when some phrase has none. One scan for a handful of
   * words rules out nearly every line, where trying each phrase's lead cost one scan per phrase.
   * Global (it is the words' scan, see Words): set lastIndex before a test.
   */
  readonly anyWord: RegExp | null;
  /** The phrases' distinct words, to tell which of them a text holds. */
  readonly words: Words;
  /**
   * Sticky: the first word of each phrase's lead (the whole lead where it opens with no word), or
   * null when some phrase opens with a placeholder. No whole line starts with a phrase unless it
   * starts with this: tried at its first characters only, it rules a paragraph out without a scan.
   */
  readonly anyLead: RegExp | null;
  /** The most a match of anyLead reads: a test folds that much of a line. */
  readonly leadSpan: number;
  /** See openings(): what a text must open with, at the place anyLead is tried, for anyLead to match there. */
  readonly heads: ReadonlySet<string> | null;
  /** A test of a line's last characters, without which no hit can end there (see ends.ts), or null. */
  readonly end: RegExp | null;
  /** Hits already found, by text: see remembered(). */
  readonly seen: { readonly anywhere: Map<string, readonly Hit[]>; readonly whole: Map<string, readonly Hit[]> };
}


/**
 * A family's matchers. `suffix` is regex source for what may follow the phrase up to the end of
 * the line (an arrow, a full stop); it is matched in the line's raw text.
 */
export function family(given: readonly PhraseSet[], suffix = ''): Family {
  const sets = withSpellings(given);
  const key = tableKey(sets, suffix);
  let table: FamilyTable | undefined | null = null;
  const tableOf = () => (table === null ? (table = embeddedTable(key)) : table);
  let built: { compiled: Compiled[]; anyWord: RegExp | null; words: Words } | null = null;
  let anyLead: RegExp | null | undefined;
  let leadSpan = LEAD_SPAN;
  let heads: ReadonlySet<string> | null | undefined;
  let end: RegExp | null | undefined;
  const build = () => {
    const t = tableOf();
    const compiled = t ? fromTable(sets, suffix, t) : sets.flatMap((set) => set.phrases.map((phrase) => new Compiled(set.lang, phrase, suffix)));
    const words = new Words(compiled, t?.scan);
    const anyWord = compiled.length > 0 && compiled.every((c) => c.word !== null) ? words.scan : null;
    return { compiled, anyWord, words };
  };
  const endOf = () => endCheck(sets.flatMap((s) => s.phrases), suffix);
  remember(key, () => deriveTable(sets, suffix, endOf));
  const seen = { anywhere: new Map<string, readonly Hit[]>(), whole: new Map<string, readonly Hit[]>() };
  return {
    get compiled() {
      return (built ??= build()).compiled;
    },
    get anyWord() {
      return (built ??= build()).anyWord;
    },
    get words() {
      return (built ??= build()).words;
    },
    get end() {
      if (end === undefined) {
        const t = tableOf();
        end = t ? t.end === null ? null : new RegExp(t.end, 'uy') : endOf();
      }
      return end;
    },
    get anyLead() {
      if (anyLead === undefined) {
        const t = tableOf();
        const leads = t ? t.anyLead : leadsOf((built ??= build()).compiled);
        anyLead = leads === null ? null : new RegExp(leads.source, 'uy');
        leadSpan = leads?.span ?? LEAD_SPAN;
      }
      return anyLead;
    },
    get leadSpan() {
      return this.anyLead === null ? LEAD_SPAN : leadSpan;
    },
    get heads() {
      if (heads === undefined) {
        const t = tableOf();
        const list = t ? t.heads : openings((built ??= build()).compiled);
        heads = list === null ? null : new Set(list);
      }
      return heads;
    },
    seen,
  };
}


/**
 * Whether a whole-line hit of the family could open `text` at its first character, by that test
 * alone: false says that no text with the same first two characters is a whole-line hit.
 */
export function mayOpenWith(f: Family, text: string): boolean {
  const heads = f.heads;
  return heads === null || mayOpenAt(heads, text, 0);
}



/** The longest span taken as furniture: a footer or a widget line is far shorter. */
const TAIL = 4096;

/**
 * Hits of the family that run to the end of `text`, the latest start first: a footer glued to a
 * paragraph is the shortest span that reads as one, never a longer one reaching into the prose.
 * `accept` vetoes a hit (a footer that does not name this post, say). `earliest` reverses the
 * order, for furniture made only of known pieces, where the longest span is the whole widget.
 */
export function hitsAtEnd(f: Family, text: string, accept: (hit: Hit) => boolean = () => true, earliest = false): Hit | null {
  const end = f.end;
  if (end && !mayEndWithHit(end, foldedTail(text))) return null;
  const all = hitsOf(f, text);
  if (all.length === 0) return null;
  // Most lines with a hit have one: no sorted copy of the line's hits for every rule that asks.
  if (all.length === 1) return accept(all[0] as Hit) ? (all[0] as Hit) : null;
  const found = [...all].sort((a, b) => (earliest ? a.start - b.start : b.start - a.start));
  return found.find(accept) ?? null;
}

/**
 * Hits are asked for line by line by every pass: the same text gives the same hits. Only lines of
 * up to CACHED_LENGTH are kept, CACHE_SIZE per family, so that what stays after an article is done
 * is bounded whatever the input's shape.
 */
const CACHE_SIZE = 256;
const CACHED_LENGTH = 2048;
/** No hits: shared, and frozen so that no caller can add to everyone's answer. */
const NONE: readonly Hit[] = Object.freeze([]);

function remembered(known: Map<string, readonly Hit[]>, f: Family, text: string, find: (f: Family, text: string) => readonly Hit[]): readonly Hit[] {
  // Nearly every line a family is asked about lacks all of its words. That one scan is cheaper
  // than hashing the line, and a line remembered for no hits cost a copy and a slot (src/text/unpin.ts).
  if (!mayHold(f, text)) return NONE;
  if (text.length > CACHED_LENGTH) return find(f, text);
  let hits = known.get(text);
  if (!hits) {
    hits = find(f, text);
    if (known.size >= CACHE_SIZE) known.clear();
    // Kept past this input: a line cut from it would keep the whole input alive (src/text/unpin.ts).
    known.set(unpinned(text), hits);
  }
  return hits;
}

/** Whether `text` holds one of the family's words (within the span a hit may take). */
function mayHold(f: Family, text: string): boolean {
  const any = f.anyWord;
  if (!any) return true;
  any.lastIndex = 0;
  return any.test(foldedTail(text));
}

/** The span a hit may take, folded (text/case-fold.ts), for the pre-tests. */
function foldedTail(text: string): string {
  return foldedFrom(text, tailStart(text));
}

/**
 * Where the span a hit may take starts (TAIL before the end), for the pre-tests that read folded
 * text from there: never inside a surrogate pair, which a unicode regex reads whole.
 */
function tailStart(text: string): number {
  const from = text.length - TAIL;
  if (from <= 0) return 0;
  const c = text.charCodeAt(from);
  return c >= 0xdc00 && c <= 0xdfff ? from - 1 : from;
}

/** Every hit of the family in `text`, in the order of the family's phrases. */
function hitsOf(f: Family, text: string): readonly Hit[] {
  return remembered(f.seen.anywhere, f, text, findHits);
}

function findHits(f: Family, text: string): readonly Hit[] {
  const found: Hit[] = [];
  // Each try runs to the end of the text: trying every lead of a long paragraph cost quadratic time.
  const from = Math.max(0, text.length - TAIL);
  const held = f.words.heldIn(text, tailStart(text));
  for (const c of f.compiled) {
    if (c.wordIx >= 0 && held[c.wordIx] === 0) continue;
    const scan = c.bareLead;
    scan.lastIndex = from;
    for (let lead = nextLead(c, scan, text); lead; lead = nextLead(c, scan, text)) {
      c.rest.lastIndex = lead.index;
      const m = c.rest.exec(text);
      if (m) found.push({ lang: c.lang, start: lead.index, end: m.index + m[0].length, groups: { ...m.groups } });
    }
  }
  return found;
}

/** The hit that is the whole line (but for surrounding spaces), if any. */
export function wholeLine(f: Family, text: string, accept: (hit: Hit) => boolean = () => true): Hit | null {
  if (!mayOpenWithLead(f, text)) return null;
  const end = f.end;
  if (end && !mayEndWithHit(end, foldedTail(text))) return null;
  return remembered(f.seen.whole, f, text, findWhole).find(accept) ?? null;
}

/**
 * Whether some phrase's lead matches where a whole-line hit could start (see findWhole): a few
 * sticky tries of one regex, where the word scan reads the whole text, a paragraph in later passes.
 */
function mayOpenWithLead(f: Family, text: string): boolean {
  // With heads, every phrase opens with a word, and anyLead is there: it is made when first needed.
  const heads = f.heads;
  if (!heads && !f.anyLead) return true;
  const last = leadingSpace(text);
  const from = tailStart(text);
  // No lead's match is longer than LEAD_SPAN: only the opening of a paragraph is folded.
  let folded: string | null = null;
  for (let at = from; at <= last; at += codePointLength(text, at)) {
    if (heads && !mayOpenAt(heads, text, at)) continue;
    const lead = f.anyLead as RegExp;
    lead.lastIndex = at - from;
    if (lead.test((folded ??= foldCase(text.slice(from, last + f.leadSpan + 2))))) return true;
  }
  return false;
}

/** How many white-space characters open `text`, without copying a paragraph to trim it. */
function leadingSpace(text: string): number {
  const c = text.charCodeAt(0);
  return c > 0x20 && c < 0x7f ? 0 : text.length - text.trimStart().length;
}

/** The hits that may be a whole line, latest start first. */
function findWhole(f: Family, text: string): readonly Hit[] {
  // Only a hit that starts before the first non-space character can be the whole line. A phrase's
  // own regex opens with its lead, so it is tried where the lead could match: at the first
  // character a phrase that opens with a placeholder, at the first visible one any other (a lead
  // is a word or a mark, never a space). Trying a lead's regex first cost one more regex to make
  // for every phrase tried, a fifth of a one-dump start-up's matching.
  const last = leadingSpace(text);
  const from = Math.max(0, text.length - TAIL);
  const found: Hit[] = [];
  const held = f.words.heldIn(text, tailStart(text));
  for (const c of f.compiled) {
    if (c.wordIx >= 0 && held[c.wordIx] === 0) continue;
    const at = c.opensWithPlaceholder ? 0 : last;
    if (at < from) continue;
    c.rest.lastIndex = at;
    const r = c.rest.exec(text);
    if (r) found.push({ lang: c.lang, start: at, end: r.index + r[0].length, groups: { ...r.groups } });
  }
  return found.sort((a, b) => b.start - a.start);
}
