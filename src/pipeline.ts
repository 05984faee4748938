import { forgetFolds } from './text/case-fold.js';
import { isArticle, META_FIELDS, type Article, type Item, type ItemError, type MetaField, type Repair } from './article.js';
import { clean } from './clean.js';
import { markupOff, matchingPacks, packedRules, type SitePack } from './config/packs.js';
import type { Doc } from './doc.js';
import { extractors } from './extractors/index.js';
import { decode } from './read.js';
import { repairText } from './text/mojibake.js';
import type { ReadOptions, Reader } from './reader.js';
import { loadPage } from './page/load.js';
import { chooseReader, type ReaderName } from './readers/index.js';
import ndjson, { recordDoc } from './readers/ndjson.js';
import type { DomRule } from './dom-rule.js';
import { rules as builtinRules } from './rules/index.js';
import type { Rule } from './rule.js';
import { countWords } from './text/fold.js';
import { escapeHtml } from './util/html.js';
import { forgetLastMatch } from './text/unpin.js';

export interface ScrubOptions {
  /** Shown in `source.path`, and used to guess the format; null for stdin or an in-memory string. */
  path?: string | null;
  /** Input format; `auto` (the default) decides from the content, then the extension. */
  from?: ReaderName | 'auto';
  /** Overrides encoding detection for byte input. */
  encoding?: string;
  /** NDJSON: which record field holds which Article field, e.g. `{ content: 'article_body' }`. */
  fields?: Readonly<Record<string, string>>;
  /** The reference time for relative dates ("2 days ago"). */
  now?: Date | null;
  /** Rule ids to skip, line rules' and DOM rules' alike. */
  disable?: readonly string[];
  /** Replace the built-in rule list (tests, custom pipelines, a config's custom rules). */
  rules?: readonly Rule[];
  /**
   * Per-site packs: an article whose extracted site or url host matches a pack is cleaned again
   * with the pack's rules added and its disabled rules left out (see src/config/packs.ts).
   */
  packs?: readonly SitePack[];
}

/** What every record of one input shares. */
interface Setup {
  rules: readonly Rule[];
  disabled: ReadonlySet<string>;
  readOptions: ReadOptions;
  packs: readonly SitePack[];
}

function setup(options: ScrubOptions): Setup {
  const disabled = new Set(options.disable ?? []);
  const rules = (options.rules ?? builtinRules).filter((r) => !disabled.has(r.id));
  return {
    rules,
    disabled,
    readOptions: readOptionsWithout({ path: options.path ?? null, fields: options.fields ?? {}, now: options.now ?? null, rules }, disabled),
    packs: options.packs ?? [],
  };
}

/**
 * Read options whose DOM rules are the built-in ones less the ids in `off`, listed when a reader
 * first asks: only markup needs them, and the list is the page module's (src/page/load.ts), which
 * a text dump's run never loads.
 */
function readOptionsWithout(base: Omit<ReadOptions, 'domRules'>, off: ReadonlySet<string>): ReadOptions {
  let listed: readonly DomRule[] | null = null;
  // Field by field: a spread of a run's options would call its getter, and list the rules.
  return {
    path: base.path,
    fields: base.fields,
    now: base.now,
    rules: base.rules,
    get domRules() {
      return (listed ??= domRulesWithout(off));
    },
  };
}

/** The built-in DOM rules, in their order, less the ids in `off`. */
function domRulesWithout(off: ReadonlySet<string>): readonly DomRule[] {
  const builtin = loadPage().domRules;
  // The list itself when none is off: the HTML stage keeps what it works out of a list by the list.
  return off.size === 0 ? builtin : builtin.filter((r) => !off.has(r.id));
}

/**
 * An input's bytes that the pipeline may let go of once it has decoded them: the caller keeps no
 * other reference, and the field is emptied (null) then. A 10 MB file's bytes were held through
 * cleaning and rendering, beside the text decoded from them.
 */
export interface HeldBytes {
  bytes: Uint8Array | null;
}

/**
 * The whole pipeline: read -> normalize and parse (the reader) -> clean (rules) -> extract
 * metadata. Returns one item per record in input order: an Article, or an ItemError for a record
 * that could not be read (a broken NDJSON line), so that output stays in step with input.
 */
export function scrubItems(input: string | Uint8Array | HeldBytes, options: ScrubOptions = {}): Item[] {
  const run = setup(options);
  const path = run.readOptions.path;
  const { docs, format, repairsOf, warnings, reread } = readInput(input, options, run);
  const items = docs.map((doc, index) =>
    finish(doc, run, { path, format: doc.format ?? format, index, ...(doc.frontMatter ? { frontMatter: doc.frontMatter } : {}) }, repairsOf.get(doc) ?? [], warnings, (off) => reread(off)[index]),
  );
  // The last match of the rules, and the folded lines, may be views of the input: the input goes
  // now, not at the next match or the next input.
  forgetLastMatch();
  forgetFolds();
  return items;
}

interface ReadInput {
  docs: Doc[];
  format: string;
  repairsOf: Map<Doc, Repair[]>;
  warnings: readonly string[];
  /** The input read again with these DOM rules off as well (site packs that turn markup rules off). */
  reread: (off: readonly string[]) => Doc[];
}

/**
 * Decoded and parsed. The decoded text is held for cleaning only where a site pack may need it
 * read again: an NDJSON record's body is a string of its own, and the input's text beside it was
 * as large again.
 */
function readInput(input: string | Uint8Array | HeldBytes, options: ScrubOptions, run: Setup): ReadInput {
  const decoded = decodeOnce(input, options);
  const repaired = repairText(decoded.text);
  const reader = chooseReader(repaired.text, run.readOptions.path, options.from ?? 'auto');
  const docs = reader.parse(repaired.text, run.readOptions);
  const repairsOf = reader.id === 'ndjson' ? byRecord(docs, repaired.repairs) : owner(docs, repaired.repairs);
  const reread = run.packs.length > 0 ? rereader(repaired.text, reader, run, docs) : () => docs;
  return { docs, format: reader.id, repairsOf, warnings: decoded.warnings, reread };
}

/** The input decoded; held bytes are taken from their holder, so that no frame keeps them past here. */
function decodeOnce(input: string | Uint8Array | HeldBytes, options: ScrubOptions): ReturnType<typeof decode> {
  const encoding = options.encoding === undefined ? {} : { encoding: options.encoding };
  if (typeof input === 'string' || input instanceof Uint8Array) return decode(input, encoding);
  const bytes = input.bytes ?? new Uint8Array(0);
  input.bytes = null;
  return decode(bytes, encoding);
}

/** Site packs that turn DOM rules off need the markup read again without them: once per such set. */
function rereader(text: string, reader: Reader, run: Setup, docs: Doc[]): (off: readonly string[]) => Doc[] {
  const rereads = new Map<string, Doc[]>();
  return (off) => {
    const key = off.join(',');
    if (!rereads.has(key)) rereads.set(key, reader.parse(text, readOptionsWithout(run.readOptions, new Set([...run.disabled, ...off]))));
    return rereads.get(key) ?? docs;
  };
}

/**
 * One NDJSON record (one line of decoded text, `line` its 1-based line number in the input,
 * `index` its position among the input's records) through the steps scrubItems() takes for it:
 * the same Item as scrubItems() gives for that record of the whole input, read warnings aside
 * (decoding is the caller's). What lets an input be cleaned as a stream, record by record.
 */
export function scrubRecord(source: string, line: number, index: number, options: ScrubOptions): Item {
  const run = setup(options);
  const repaired = repairText(source);
  const repairs = repaired.repairs.map((r) => ({ ...r, line: line + r.line - 1 }));
  const read = (off: readonly string[]) => recordDoc(repaired.text, line, readOptionsWithout(run.readOptions, new Set([...run.disabled, ...off])));
  return finish(read([]), run, { path: run.readOptions.path, format: ndjson.id, index }, repairs, [], read);
}

/**
 * A parsed Doc to its Item: cleaned, metadata extracted, and cleaned again with the site packs its
 * site or url picks (`reread` gives the Doc read with the packs' DOM rules off).
 */
function finish(
  doc: Doc,
  run: Setup,
  source: Article['source'],
  repairs: readonly Repair[],
  warnings: readonly string[],
  reread: (off: readonly string[]) => Doc | undefined,
): Item {
  if (doc.error) return { error: doc.error.message, line: doc.error.line, source };
  // Without site packs the Doc is cleaned once: its lines can go as soon as the cleaner has its own.
  const make = (d: Doc, list: readonly Rule[], release = false): Article =>
    article({ ...d, repairs: [...repairs, ...(d.repairs ?? [])].sort((a, b) => a.line - b.line) }, list, source, warnings, run.readOptions.now, release);
  const first = make(doc, run.rules, run.packs.length === 0);
  const packs = matchingPacks(run.packs, first);
  if (packs.length === 0) return first;
  const off = markupOff(packs);
  const again = off.length > 0 ? reread(off) : doc;
  const packed = make(again && !again.error ? again : doc, packedRules(run.rules, packs, run.disabled));
  // The pack was chosen by this site and url: a pack rule that removes the line naming them keeps them.
  return { ...packed, site: packed.site ?? first.site, url: packed.url ?? first.url };
}

/** Each repair goes to the article whose input lines hold it (the first one when none does). */
function owner(docs: readonly Doc[], repairs: readonly Repair[]): Map<Doc, Repair[]> {
  const out = new Map<Doc, Repair[]>();
  if (repairs.length === 0 || docs.length === 0) return out;
  const lines = docs.map((d) => {
    const at = d.inputLine ?? ((n: number) => n);
    return new Set([...(d.title ? [d.title.n] : []), ...d.lines.map((l) => at(l.n)), ...d.removed.map((r) => r.line)]);
  });
  for (const r of repairs) {
    const i = Math.max(0, lines.findIndex((set) => set.has(r.line)));
    const doc = docs[i] as Doc;
    out.set(doc, [...(out.get(doc) ?? []), r]);
  }
  return out;
}

/**
 * NDJSON: each repair goes to the record whose line holds it, a broken one included (which drops
 * it), never to another record, so that a record read alone (scrubRecord) gets the same repairs.
 */
function byRecord(docs: readonly Doc[], repairs: readonly Repair[]): Map<Doc, Repair[]> {
  const out = new Map<Doc, Repair[]>();
  // A record's JSON may hold U+2028 and the like, which count as line breaks: it spans up to the next.
  const starts = docs.map((d) => d.error?.line ?? d.inputLine?.(0) ?? 0);
  for (const r of repairs) {
    const doc = docs[starts.findLastIndex((start) => start <= r.line)];
    if (doc) out.set(doc, [...(out.get(doc) ?? []), r]);
  }
  return out;
}

/** The articles of an input. Throws if a record could not be read: use scrubItems() to go on past one. */
export function scrub(input: string | Uint8Array, options: ScrubOptions = {}): Article[] {
  const items = scrubItems(input, options);
  const errors = items.filter((i): i is ItemError => !isArticle(i));
  if (errors.length > 0) {
    const where = errors.map((e) => (e.line === null ? e.error : `line ${e.line}: ${e.error}`)).join('; ');
    throw new Error(`${errors.length} record(s) could not be read (${where}); scrubItems() returns them in place`);
  }
  return items.filter(isArticle);
}

function article(doc: Doc, rules: readonly Rule[], source: Article['source'], warnings: readonly string[], now: Date | null, release: boolean): Article {
  const cleaned = clean(doc, rules, now, release);
  // A picture's alt text stays in its markup, not in the article's text.
  const body = cleaned.paragraphs.filter((_, i) => !cleaned.pictures[i]).join('\n\n');
  const decided: Partial<Record<MetaField, string | null>> = {};
  for (const extractor of extractors) {
    decided[extractor.id] = extractor.extract({ candidates: cleaned.candidates, doc, decided, text: body, removed: cleaned.removed });
  }
  const meta = Object.fromEntries(META_FIELDS.map((f) => [f, decided[f] ?? null])) as Record<MetaField, string | null>;
  const at = doc.inputLine;
  return {
    ...meta,
    text: body,
    html: joinMade(cleaned.paragraphs.length, (i) => cleaned.markup[i] ?? `<p>${escapeHtml(cleaned.paragraphs[i] ?? '').replaceAll('\n', '<br>')}</p>`, '\n'),
    wordCount: countWords(body),
    truncated: cleaned.truncated,
    tags: doc.tags ?? [],
    extra: doc.extra ?? {},
    removed: at ? cleaned.removed.map((r) => ({ ...r, line: at(r.line) })).sort((a, b) => a.line - b.line) : cleaned.removed,
    repairs: doc.repairs ?? [],
    notes: [
      ...warnings.map((message) => ({ rule: 'read', line: null, message })),
      ...(at ? cleaned.notes.map((n) => ({ ...n, line: n.line === null ? null : at(n.line) })) : cleaned.notes),
    ],
    source,
  };
}

const BATCH = 1000;

/**
 * `count` pieces joined with `separator`, made and joined a batch at a time: a body of 300,000
 * paragraphs held a string (and its rope) per paragraph until the last one was made.
 */
function joinMade(count: number, piece: (i: number) => string, separator: string): string {
  const batches: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const batch: string[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) batch.push(piece(i));
    batches.push(batch.join(separator));
  }
  return batches.join(separator);
}
