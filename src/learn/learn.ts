import { fold } from '../text/fold.js';
import { piecesOf, speakersOf } from './pieces.js';
import type { Group, LearnItem, Position } from './types.js';
import { asSaid, isCreditKey, isLinkKey, labelOf, unitKey, unitRegex, type Unit } from './units.js';

export type { Group, LearnItem, Position } from './types.js';

/**
 * Learning a site's furniture from repetition: a piece of text that a site repeats in a good share
 * of its articles is the site's, not the article's. Pure and deterministic: the same articles in
 * the same order give the same rules in the same order.
 */

export interface LearnOptions {
  /** A site with fewer articles learns nothing. */
  minArticles: number;
  /** A piece recurring in at least this share of a site's articles is furniture. */
  minShare: number;
  /** The learned rules may cover at most this share of any one article's words. */
  maxShare: number;
}

export const DEFAULT_LEARN: LearnOptions = { minArticles: 5, minShare: 0.3, maxShare: 0.8 };


export interface LearnedRule {
  id: string;
  /** What recurs (see unitKey). */
  key: string;
  /** RE2, case-insensitive, for one piece (see unitRegex). */
  regex: string;
  /** In how many of the site's articles. */
  support: number;
  /** Whether it stood as a line of its own in most of them (else: a piece at a line's edge). */
  whole: boolean;
  position: Position;
  /** Up to two texts as found, the first two distinct ones in input order. */
  examples: string[];
  /** 0..1: support share, lowered for pieces taken in only for standing next to furniture. */
  confidence: number;
  /** Taken in for standing next to furniture, below the share threshold. */
  adjacent: boolean;
}

export interface LearnedSite {
  group: Group;
  articles: number;
  rules: LearnedRule[];
}

interface Occurrence {
  item: number;
  unit: Unit;
  whole: boolean;
  position: Position;
  /** Keys of the pieces right before and after it in the article. */
  neighbours: string[];
  /** Keys of every piece of the article, in order (one array per article, shared), and its place there. */
  keys: readonly string[];
  at: number;
  /** The piece before it is a heading ("Contents:"), which introduces the article's own text. */
  afterHeading: boolean;
}

/** Fewer than this many letters (a list number, a lone symbol) is not furniture worth a rule. */
const MIN_LETTERS = 2;
/** A piece below the share threshold must recur at least this often, next to furniture. */
const MIN_ADJACENT_SUPPORT = 2;

export function learn(items: readonly LearnItem[], options: LearnOptions = DEFAULT_LEARN): LearnedSite[] {
  const groups = new Map<string, { group: Group; items: LearnItem[] }>();
  for (const item of items) {
    const g = groups.get(item.group.key) ?? { group: item.group, items: [] };
    g.items.push(item);
    groups.set(item.group.key, g);
  }
  const all = [...groups.values()].sort((a, b) => (a.group.key < b.group.key ? -1 : a.group.key > b.group.key ? 1 : 0));
  const occurrences = new Map(all.map((g) => [g.group.key, occurrencesOf(g.items)]));
  const proposed = new Map(
    all.map((g) => [g.group.key, g.items.length >= options.minArticles ? accept(occurrences.get(g.group.key) ?? [], g.items.length, options) : new Set<string>()]),
  );
  const slugs = new Set<string>();
  const out: LearnedSite[] = [];
  // A piece another site's articles carry as ordinary text is prose, not this site's furniture.
  // (A key a site accepts is never prose in that site, so one set serves every site.)
  const prose = new Set<string>();
  for (const g of all) {
    const theirs = proposed.get(g.group.key) ?? new Set<string>();
    for (const o of occurrences.get(g.group.key) ?? []) if (!theirs.has(o.unit.key)) prose.add(o.unit.key);
  }
  for (const g of all) {
    const accepted = new Set([...(proposed.get(g.group.key) ?? [])].filter((k) => !prose.has(k)));
    const bounded = withinShare(occurrences.get(g.group.key) ?? [], accepted, g.items.length, options.maxShare);
    if (bounded.size === 0) continue;
    const slug = uniqueSlug(g.group.label, slugs);
    const rules = describe(occurrences.get(g.group.key) ?? [], bounded, g.items.length, options).map((r, i) => ({ ...r, id: `learned:${slug}:${i + 1}` }));
    out.push({ group: g.group, articles: g.items.length, rules });
  }
  return out;
}

function occurrencesOf(items: readonly LearnItem[]): Occurrence[] {
  const out: Occurrence[] = [];
  const flats = items.map(piecesOf);
  const speakers = speakersOf(flats);
  flats.forEach((flat, index) => {
    const item = items[index] as LearnItem;
    const title = item.title ? unitKey(fold(item.title), false) : '';
    for (const f of flat) if (isCreditKey(f.unit.key) && speakers.has(labelOf(f.unit.folded) ?? '')) f.unit = asSaid(f.unit);
    const keys = flat.map((x) => x.unit.key);
    flat.forEach((f, i) => {
      // A line that carries the article's own title is the article's.
      if (title.length >= 4 && f.unit.key.includes(title)) return;
      if (letters(f.unit.key) < MIN_LETTERS) return;
      const neighbours = [flat[i - 1]?.unit.key, flat[i + 1]?.unit.key].filter((k): k is string => k !== undefined);
      const afterHeading = /[:：]$/.test(flat[i - 1]?.unit.folded ?? '');
      out.push({ item: index, ...f, neighbours, keys, at: i, afterHeading });
    });
  });
  return out;
}

/** Whether `test` holds for keys[from..to), without copying them. */
function every(keys: readonly string[], from: number, to: number, test: (key: string) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(keys[i] as string)) return false;
  return true;
}

function letters(key: string): number {
  return key.replace(/\u27e8[^\u27e9]*\u27e9/g, 'url').match(/\p{L}/gu)?.length ?? 0;
}

/** In how many distinct articles each key occurs. */
function supportOf(occurrences: readonly Occurrence[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const o of occurrences) {
    const set = out.get(o.unit.key) ?? new Set<number>();
    set.add(o.item);
    out.set(o.unit.key, set);
  }
  return out;
}

function indexBy<K>(occurrences: readonly Occurrence[], by: (o: Occurrence) => K): Map<K, Occurrence[]> {
  const out = new Map<K, Occurrence[]>();
  for (const o of occurrences) {
    const list = out.get(by(o));
    if (list) list.push(o);
    else out.set(by(o), [o]);
  }
  return out;
}

/**
 * Keys recurring in the share of articles, then, repeatedly, keys that recur less but stand next
 * to accepted furniture in most of their articles: a footer's rarer lines (an editor's credit, a
 * related link) sit inside the block its constant lines mark.
 */
function accept(occurrences: readonly Occurrence[], articles: number, options: LearnOptions): Set<string> {
  const support = supportOf(occurrences);
  const needed = Math.max(2, Math.ceil(options.minShare * articles));
  const accepted = new Set([...support].filter(([, s]) => s.size >= needed).map(([k]) => k));
  const byKey = indexBy(occurrences, (o) => o.unit.key);
  const weak = [...support].filter(([k, s]) => !accepted.has(k) && s.size >= MIN_ADJACENT_SUPPORT);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, items] of weak) {
      if (accepted.has(key)) continue;
      const mine = byKey.get(key) ?? [];
      // Inside the furniture block: next to furniture, with only furniture between it and the
      // body's start or end, and never the last piece of the article's own text.
      const inBlock = (o: Occurrence) =>
        (o.afterHeading ? accepted.has(o.keys[o.at + 1] ?? '') : o.neighbours.some((n) => accepted.has(n))) &&
        // The body's first piece is where an article's own text starts: never taken in for its neighbours.
        ((o.at > 0 && every(o.keys, 0, o.at, (k) => accepted.has(k))) || every(o.keys, o.at + 1, o.keys.length, (k) => accepted.has(k))) &&
        !every(o.keys, 0, o.keys.length, (k) => accepted.has(k) || k === key);
      const beside = new Set(mine.filter((o) => inBlock(o) || inLinkRun(o, accepted)).map((o) => o.item));
      if (beside.size * 2 > items.size) {
        accepted.add(key);
        changed = true;
      }
    }
  }
  return keepOwnText(byKey, support, accepted, needed);
}

/**
 * A social-link list strings its links together, and each of the site's articles lists its own
 * mix (the show's, the presenter's): a link piece inside a run of links that furniture closes on
 * both sides (the article's end counts as a side, never its start) is the list's.
 */
function inLinkRun(o: Occurrence, accepted: ReadonlySet<string>): boolean {
  const key = o.keys[o.at] as string;
  if (!isLinkKey(key)) return false;
  let from = o.at - 1;
  while (from >= 0 && !accepted.has(o.keys[from] as string) && isLinkKey(o.keys[from] as string)) from--;
  let to = o.at + 1;
  while (to < o.keys.length && !accepted.has(o.keys[to] as string) && isLinkKey(o.keys[to] as string)) to++;
  return from >= 0 && accepted.has(o.keys[from] as string) && (to === o.keys.length || accepted.has(o.keys[to] as string));
}

/**
 * A piece taken in for its neighbours never takes an article's last own text: in an article that
 * would be left empty, the first such piece is the article's after all (a description repeated in
 * two items), and it goes back, until every article keeps something.
 */
function keepOwnText(byKey: Map<string, Occurrence[]>, support: Map<string, Set<number>>, accepted: Set<string>, needed: number): Set<string> {
  const weak = (k: string) => (support.get(k)?.size ?? 0) < needed;
  const emptied = (o: Occurrence) => every(o.keys, 0, o.keys.length, (k) => accepted.has(k));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, list] of byKey) {
      if (!accepted.has(key) || !weak(key)) continue;
      const first = list.some((o) => emptied(o) && every(o.keys, 0, o.at, (k) => !(weak(k) && accepted.has(k))));
      if (first) {
        accepted.delete(key);
        changed = true;
      }
    }
  }
  return accepted;
}

/**
 * An article is not its own boilerplate: when the accepted keys would cover more than `maxShare`
 * of an article's words, the least supported of them that article carries are dropped until it
 * is under the bound.
 */
function withinShare(occurrences: readonly Occurrence[], accepted: Set<string>, articles: number, maxShare: number): Set<string> {
  const keep = new Set(accepted);
  const support = supportOf(occurrences);
  const weakestFirst = (a: string, b: string) => (support.get(a)?.size ?? 0) - (support.get(b)?.size ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const byItem = indexBy(occurrences, (o) => o.item);
  for (let item = 0; item < articles; item++) {
    const mine = byItem.get(item) ?? [];
    const total = mine.reduce((n, o) => n + o.unit.words, 0);
    const covered = () => mine.reduce((n, o) => n + (keep.has(o.unit.key) ? o.unit.words : 0), 0);
    const candidates = [...new Set(mine.filter((o) => keep.has(o.unit.key)).map((o) => o.unit.key))].sort(weakestFirst);
    while (total > 0 && covered() > maxShare * total && candidates.length > 0) keep.delete(candidates.shift() as string);
  }
  return keep;
}

function describe(occurrences: readonly Occurrence[], keys: ReadonlySet<string>, articles: number, options: LearnOptions): Omit<LearnedRule, 'id'>[] {
  const byKey = indexBy(
    occurrences.filter((o) => keys.has(o.unit.key)),
    (o) => o.unit.key,
  );
  const needed = Math.max(2, Math.ceil(options.minShare * articles));
  const rules = [...byKey].map(([key, found]) => {
    const support = new Set(found.map((o) => o.item)).size;
    const examples = [...new Set(found.map((o) => o.unit.text))].slice(0, 2);
    const positions = (['head', 'body', 'tail'] as const).map((p) => [p, found.filter((o) => o.position === p).length] as const);
    const position = positions.reduce((best, p) => (p[1] > best[1] ? p : best))[0];
    const adjacent = support < needed;
    const share = support / articles;
    return {
      key,
      regex: unitRegex(found[0]?.unit.folded ?? key, key),
      support,
      whole: found.filter((o) => o.whole).length * 2 >= found.length,
      position,
      examples,
      confidence: Math.round((adjacent ? share / 2 : Math.min(1, 0.5 + share / 2)) * 100) / 100,
      adjacent,
      order: found.reduce((n, o) => n + orderOf(o.position), 0) / found.length,
    };
  });
  rules.sort((a, b) => a.order - b.order || b.support - a.support || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return rules.map(({ order: _order, ...r }) => r);
}

function orderOf(position: Position): number {
  return position === 'head' ? 0 : position === 'body' ? 1 : 2;
}

/** A rule-id-safe name for a site: ASCII letters and digits between dashes, unique in the run. */
export function uniqueSlug(label: string, taken: Set<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || `site-${hash(label)}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** FNV-1a, for names with no ASCII letter to spell them with. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
