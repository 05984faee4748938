import type { Doc } from './doc.js';
import { BodyLine, type Source } from './body-line.js';
import { keptApart, wrapRuns } from './text/layout.js';

// The cleaner's lines (BodyLine) made from a Doc, and joined into paragraphs after each pass, as a
// second run would read them (see clean.ts).

export function toBodyLines(doc: Doc): BodyLine[] {
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
    const html = line.html ?? null;
    out.push(new BodyLine(line.n, line.text, null, html, html !== null, block));
  }
  return out;
}

/**
 * Calls `each(start, end)` for every run lines[start, end) of one block. A block's lines are
 * consecutive, and removed ones stay in the list until paragraphs are joined: a run's length is
 * how many lines the block had when read.
 */
export function forEachBlock(lines: readonly BodyLine[], each: (start: number, end: number) => void): void {
  for (let start = 0; start < lines.length; ) {
    const block = (lines[start] as BodyLine).block;
    let end = start + 1;
    while (end < lines.length && (lines[end] as BodyLine).block === block) end++;
    each(start, end);
    start = end;
  }
}

/** A line's source spans, made explicit. */
export function spansOf(l: BodyLine): Source[] {
  return l.sources ?? [{ n: l.n, from: 0, to: l.text.length }];
}

/**
 * The survivors of a pass, one line per paragraph (or per line, where a block keeps its line
 * breaks: text/layout.ts), as a second run would read them. The lines of a block that keeps its
 * breaks stay records of their own under one paragraph number, so rules keep seeing each line.
 */
export function joinParagraphs(lines: BodyLine[], titleLike: (text: string) => boolean): BodyLine[] {
  const out: BodyLine[] = [];
  let paragraph = 0;
  // A block is settled once the next one is known (keptApart looks at it): one block waits.
  let waiting: { kept: BodyLine[]; whole: boolean } | null = null;
  const settle = ({ kept, whole }: { kept: BodyLine[]; whole: boolean }, next: BodyLine[] | undefined) => {
    const lead = kept[0] as BodyLine;
    paragraph += 1;
    // A block keeps its markup only when every line of it survived with the same markup.
    const html = lead.html !== null && whole && kept.every((l) => l.html === lead.html) ? lead.html : null;
    if (kept.length > 1 && keptApart(kept, next, titleLike)) {
      for (const l of kept) out.push(numbered(asParagraph(l, html), paragraph));
      return;
    }
    const runs = sourceLines(kept);
    if (runs.length > 1) for (const run of runs) out.push(numbered(run, paragraph));
    else out.push(numbered(kept.length === 1 ? asParagraph(lead, html) : joined(kept, html), paragraph));
  };
  forEachBlock(lines, (start, end) => {
    const kept: BodyLine[] = [];
    for (let i = start; i < end; i++) if (!(lines[i] as BodyLine).gone) kept.push(lines[i] as BodyLine);
    if (kept.length === 0) return;
    if (waiting) settle(waiting, kept);
    waiting = { kept, whole: kept.length === end - start };
  });
  if (waiting) settle(waiting, undefined);
  return out;
}

/**
 * Hard-wrapped text read as the lines of its source (text/layout.ts wrapRuns): a footer that the
 * wrapper ran on below a content field's last sentence is a line of its own for the rules, whole,
 * as it was before the wrapping, not its first half. One entry when the block has no such break.
 */
function sourceLines(kept: BodyLine[]): BodyLine[] {
  const runs = kept.length > 2 && kept.every((l) => !l.structured && l.html === null) ? wrapRuns(kept.map((l) => l.text)) : [];
  if (runs.length < 2) return [];
  return runs.map(([a, b]) => (b - a === 1 ? asParagraph(kept[a] as BodyLine, null) : joined(kept.slice(a, b), null)));
}

/** Wrapped blocks with lines of their source in them, read as those lines before the first pass. */
export function unwrapSourceLines(lines: BodyLine[]): BodyLine[] {
  // Most bodies have no block of three lines or more (sourceLines' least): nothing is copied.
  if (!lines.some((l, i) => i >= 2 && (lines[i - 2] as BodyLine).block === l.block)) return lines;
  const out: BodyLine[] = [];
  forEachBlock(lines, (start, end) => {
    if (end - start <= 2) {
      for (let i = start; i < end; i++) out.push(lines[i] as BodyLine);
      return;
    }
    const block = lines.slice(start, end);
    const runs = sourceLines(block);
    if (runs.length > 1) for (const run of runs) out.push(numbered(run, (block[0] as BodyLine).block));
    // A loop, not push(...block): spread arguments overflow the stack at some 100,000 lines.
    else for (const l of block) out.push(l);
  });
  return out;
}

/** The lines of the first paragraph (several where it kept its line breaks). */
export function firstParagraph(lines: readonly BodyLine[]): BodyLine[] {
  const out: BodyLine[] = [];
  for (const l of lines) {
    if (out.length > 0 && l.block !== out[0]?.block) break;
    out.push(l);
  }
  return out;
}

function numbered(l: BodyLine, paragraph: number): BodyLine {
  l.block = paragraph;
  return l;
}

/**
 * A paragraph of one line is that line, trimmed, with its record reused: a body of short
 * paragraphs would otherwise hold two records per paragraph while it is joined. It keeps its text,
 * and with it the folded form rules already asked for.
 */
function asParagraph(l: BodyLine, html: string | null): BodyLine {
  const lead = l.text.length - l.text.trimStart().length;
  const text = l.text.trim();
  if (l.sources) l.sources = shifted(l.sources, -lead, 0, text.length);
  l.setText(text);
  l.setHtml(html);
  l.gone = l.head = l.tail = false;
  return l;
}

/** Spans moved by `offset` and clipped to [min, max). */
function shifted(sources: readonly Source[], offset: number, min: number, max: number): Source[] {
  const out: Source[] = [];
  for (const s of sources) {
    const from = Math.max(s.from + offset, min);
    const to = Math.min(s.to + offset, max);
    if (to > from) out.push({ n: s.n, from, to });
  }
  return out;
}

/** Several surviving lines joined into one paragraph. */
function joined(kept: readonly BodyLine[], html: string | null): BodyLine {
  const first = kept[0] as BodyLine;
  const sources: Source[] = [];
  const current = new BodyLine(first.n, '', sources, html, first.structured, first.block);
  current.foldLike(first);
  kept.forEach((l, i) => {
    if (i > 0) current.text += l.structured ? '\n' : ' ';
    const lead = l.text.length - l.text.trimStart().length;
    const text = l.text.trim();
    const at = current.text.length;
    sources.push(...shifted(spansOf(l), at - lead, at, at + text.length));
    current.text += text;
  });
  return current;
}
