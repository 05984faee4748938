import type { MetaField, Note, Removal } from './article.js';
import type { Candidate, Doc } from './doc.js';
import { strongest } from './extractor.js';
import type { LineRef, Rule, RuleContext, Zone } from './rule.js';
import { fold, isProse, words } from './util/fold.js';

/**
 * Clean: the rules phase. Zones are fixed once, before any rule runs, so that removing a footer
 * can never pull a real paragraph into the tail and expose it to the next rule.
 */

/** Head rules see this many non-empty lines after the title. */
export const HEAD_LINES = 3;
/** The tail is at least this many non-empty lines... */
export const TAIL_LINES = 8;
/** ...extended up to the end of the last long paragraph, but never beyond this many. */
export const MAX_TAIL_LINES = 30;

interface BodyLine {
  n: number;
  text: string;
  block: number;
  gone: boolean;
  head: boolean;
  tail: boolean;
  /** The LineRef handed to rules, rebuilt only when a cut changes the text. */
  ref: LineRef | null;
}

export interface Cleaned {
  paragraphs: string[];
  removed: Removal[];
  notes: Note[];
  candidates: Candidate[];
  truncated: boolean;
}

function toBodyLines(doc: Doc): BodyLine[] {
  const out: BodyLine[] = [];
  let block = 0;
  let previousBlank = true;
  for (const line of doc.lines) {
    if (line.text.trim() === '') {
      previousBlank = true;
      continue;
    }
    if (previousBlank) block += 1;
    previousBlank = false;
    out.push({ n: line.n, text: line.text, block, gone: false, head: false, tail: false, ref: null });
  }
  return out;
}

function markZones(lines: BodyLine[]): void {
  lines.slice(0, HEAD_LINES).forEach((l) => (l.head = true));
  const blocks = new Map<number, string[]>();
  for (const l of lines) blocks.set(l.block, [...(blocks.get(l.block) ?? []), l.text.trim()]);
  let lastLong = -1;
  lines.forEach((l, i) => {
    const text = blocks.get(l.block)?.join(' ') ?? '';
    if (words(text).length >= 20 && isProse(text)) lastLong = i;
  });
  const afterLastLong = lastLong === -1 ? lines.length - TAIL_LINES : lastLong + 1;
  const start = Math.max(Math.min(afterLastLong, lines.length - TAIL_LINES), lines.length - MAX_TAIL_LINES, 0);
  lines.slice(start).forEach((l) => (l.tail = true));
}

function inZone(line: BodyLine, zone: Zone): boolean {
  if (zone === 'edges') return line.head || line.tail;
  return zone === 'anywhere' || (zone === 'head' ? line.head : line.tail);
}

export function clean(doc: Doc, rules: readonly Rule[]): Cleaned {
  const lines = toBodyLines(doc);
  markZones(lines);
  const byN = new Map(lines.map((l) => [l.n, l]));
  const removed: (Removal & { seq: number })[] = doc.removed.map((r, seq) => ({ ...r, seq }));
  const notes: Note[] = [...doc.notes];
  const candidates: Candidate[] = [...doc.candidates];
  let truncated = false;

  const ref = (l: BodyLine): LineRef => (l.ref ??= { n: l.n, text: l.text, folded: fold(l.text), block: l.block });
  const own = (r: LineRef): BodyLine => {
    const l = byN.get(r.n);
    if (!l) throw new Error(`Cannot find line ${r.n}: a rule passed a line that is not in the body`);
    return l;
  };

  for (const rule of rules) {
    const live = lines.filter((l) => !l.gone);
    const all = live.map(ref);
    const zoned = rule.zone === 'anywhere' ? all : live.filter((l) => inZone(l, rule.zone)).map(ref);
    const record = (line: number, text: string) => removed.push({ rule: rule.id, line, text, seq: removed.length });
    const ctx: RuleContext = {
      all,
      lines: zoned,
      title: doc.title ? doc.title.text.trim() : null,
      removals: removed,
      inTail: (n) => byN.get(n)?.tail ?? false,
      get site() {
        return best(candidates, 'site');
      },
      nextInBlock(line) {
        const next = lines.find((l) => l.n > line.n && !l.gone);
        return next && next.block === line.block ? ref(next) : undefined;
      },
      remove(r) {
        const l = own(r);
        if (l.gone) return;
        l.gone = true;
        record(l.n, l.text.trim());
      },
      cut(r, start, end = r.text.length) {
        const l = own(r);
        if (l.gone) return;
        const piece = l.text.slice(start, end);
        if (piece.trim() === '') return;
        record(l.n, piece.trim());
        l.text = (l.text.slice(0, start) + l.text.slice(end)).trimEnd();
        l.ref = null;
        if (l.text.trim() === '') l.gone = true;
      },
      meta(field, value, r, weight = 50) {
        candidates.push({ field, value, from: rule.id, line: r.n, weight });
      },
      markTruncated() {
        truncated = true;
      },
      note(message, r) {
        notes.push({ rule: rule.id, line: r ? r.n : null, message });
      },
    };
    rule.apply(ctx);
  }

  const paragraphs: string[] = [];
  let block = -1;
  for (const l of lines) {
    if (l.gone) continue;
    const text = l.text.trim();
    if (l.block === block) paragraphs[paragraphs.length - 1] += ` ${text}`;
    else paragraphs.push(text);
    block = l.block;
  }
  removed.sort((a, b) => a.line - b.line || a.seq - b.seq);
  return {
    paragraphs,
    removed: removed.map(({ rule, line, text }) => ({ rule, line, text })),
    notes,
    candidates,
    truncated,
  };
}

/** The winning value for a field so far (rules read it as ctx.site). */
function best(candidates: readonly Candidate[], field: MetaField): string | null {
  return strongest(candidates, field)?.value ?? null;
}
