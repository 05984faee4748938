import type { LineRef, Rule, RuleContext, Zone } from '../rule.js';
import type { LinePattern } from '../rules/define.js';
import { fold } from '../text/fold.js';

/**
 * A learned rule: one piece of a site's furniture (see src/learn/units.ts). It removes a line that
 * is the piece, and cuts the piece off the start or end of a line that carries more, where sites
 * string their link lists and credits together. Never from the middle of a line: what sits
 * between two pieces of prose is prose. Other learned rules of the pack cut the neighbours, and
 * the passes of clean() repeat until nothing changes, so a line of several pieces is taken apart
 * from both ends.
 */
export interface LearnedPatterns {
  /** The whole (folded) line is the piece. */
  whole: LinePattern;
  /** The piece and the space after it, at the line's start. */
  start: LinePattern;
  /** Space and the piece, at the line's end. */
  end: LinePattern;
}

export function learnedRule(spec: { id: string; description: string; where: Zone }, patterns: LearnedPatterns): Rule {
  return {
    id: spec.id,
    description: spec.description,
    zone: spec.where,
    // The learner already took in the pieces that recur beside this one: what stands between it
    // and a footer once only is the article's (a podcast item's "notes still being written").
    meta: { inArticle: true },
    apply(ctx) {
      for (const line of ctx.lines) strip(ctx, line, patterns);
    },
  };
}

/** The regex sources for one piece's RE2 pattern `piece`. */
export function learnedSources(piece: string): { whole: string; start: string; end: string } {
  return { whole: `^(?:${piece})$`, start: `^(?:${piece})\\s+`, end: `\\s(?:${piece})$` };
}

function strip(ctx: RuleContext, line: LineRef, patterns: LearnedPatterns): void {
  if (patterns.whole.exec(line.folded)) {
    // An article is never its own boilerplate: what a site repeats around an item with no text
    // of its own ("Shownotes in progress") is all that item says.
    if (ctx.all.length > 1) ctx.remove(line);
    return;
  }
  // Bounded: each cut shortens the line, and a line holds few pieces.
  for (let i = 0; i < 8; i++) {
    const start = patterns.start.exec(line.folded);
    if (start) {
      const raw = rawSpan(line.text, start[0], 'start');
      if (raw === null) return;
      ctx.cut(line, raw.from, raw.to);
      if (patterns.whole.exec(line.folded) && ctx.all.length > 1) ctx.remove(line);
      continue;
    }
    const end = patterns.end.exec(line.folded);
    if (end) {
      const raw = rawSpan(line.text, end[0], 'end');
      if (raw === null) return;
      ctx.cut(line, raw.from, raw.to);
      continue;
    }
    return;
  }
}

/**
 * Where a match in the folded line stands in the line's own text. Folding changes lengths only
 * where typography or entities differ, so the raw span is found by folding raw prefixes.
 */
function rawSpan(text: string, matched: string, at: 'start' | 'end'): { from: number; to: number } | null {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (fold(body) === body) {
    return at === 'start' ? { from: lead, to: lead + matched.length } : { from: lead + body.length - matched.length, to: lead + body.length };
  }
  const want = fold(matched).trim();
  if (at === 'start') {
    for (let to = 1; to <= body.length; to++) if (fold(body.slice(0, to)) === want) return { from: lead, to: lead + to };
  } else {
    for (let from = body.length - 1; from >= 0; from--) if (fold(body.slice(from)) === want) return { from: lead + from, to: lead + body.length };
  }
  return null;
}
