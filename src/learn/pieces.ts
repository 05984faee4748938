import type { LearnItem, Position } from './types.js';
import { labelOf, splitUnits, type Unit } from './units.js';

/** An article's text as the pieces learning compares (see units.ts), with where each stood. */
export type Piece = { unit: Unit; whole: boolean; position: Position };

export function piecesOf(item: LearnItem): Piece[] {
  const lines = item.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const flat: Piece[] = [];
  lines.forEach((line, n) => {
    const units = splitUnits(line);
    const position: Position = n < Math.max(1, lines.length / 3) ? 'head' : n >= (lines.length * 2) / 3 ? 'tail' : 'body';
    for (const unit of units) flat.push({ unit, whole: units.length === 1, position });
  });
  return flat;
}

/**
 * Labels that start two lines of one article: a credit is given once, so such a label names a
 * speaker (a chat log's "anna:", an interview's "Q:"), on every page of the site.
 */
export function speakersOf(flats: readonly Piece[][]): Set<string> {
  const out = new Set<string>();
  for (const flat of flats) {
    const seen = new Set<string>();
    for (const f of flat) {
      const label = labelOf(f.unit.folded);
      if (label === null) continue;
      if (seen.has(label)) out.add(label);
      seen.add(label);
    }
  }
  return out;
}
