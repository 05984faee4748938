// Accuracy on the corpus's ground truth (scripts/corpus.js): how much of the known boilerplate a
// tool's output still holds (lower is better), and how many body paragraphs it kept (higher is
// better). Outputs are compared as text: Markdown is reduced to its words, and both sides are
// folded the same way (entities decoded, curly quotes, dashes, ellipses and spaces made one form,
// case ignored), so a tool is not charged for its Markdown dialect.
import { decodeHTML } from 'entities';

/** Typography and case folded, runs of space made one. */
export function fold(s) {
  return decodeHTML(s)
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Markdown (or plain text) to its visible words, line by line: no front matter, links, images, markers or escapes. */
export function mdLines(md) {
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)*/, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!>|~"'])/g, '$1')
        .replace(/(\*\*|__|\*|(?<![\w/])_|_(?![\w/]))/g, ''),
    )
    .map(fold)
    .filter(Boolean);
}

const trimPunct = (s) => s.replace(/^[\s"'([]+|[\s"')\].:;,]+$/g, '');

/**
 * Scores one output against one article's truth. `raw` is the output as the tool gave it (for
 * markup-only junk, found by its URL); `lines` are its visible lines (mdLines or the text's).
 * Needles: `line` must equal a whole output line (punctuation at the ends aside), `text` may be
 * anywhere in the text, `url` anywhere in the raw output.
 */
export function score(truth, raw, lines) {
  const joined = ` ${lines.join(' ')} `;
  const lineSet = new Set(lines.map(trimPunct));
  const left = [];
  for (const b of truth.boilerplate) {
    const present =
      b.match === 'url' ? raw.includes(b.needle) : b.match === 'line' ? lineSet.has(trimPunct(fold(b.needle))) : joined.includes(fold(b.needle));
    if (present) left.push(b);
  }
  const kept = truth.body.filter((p) => joined.includes(fold(p))).length;
  const offCatalogue = truth.boilerplate.filter((b) => b.offCatalogue).length;
  return { boilerplate: truth.boilerplate.length, offCatalogue, left, body: truth.body.length, kept };
}

/** Adds up scores: the share of boilerplate left, the share of body kept, and what was left most often. */
export function summarise(scores) {
  const total = { boilerplate: 0, left: 0, body: 0, kept: 0, articles: scores.length, perfect: 0 };
  const off = { pieces: 0, left: 0 };
  const byFamily = new Map();
  for (const s of scores) {
    off.pieces += s.offCatalogue ?? 0;
    off.left += s.left.filter((b) => b.offCatalogue).length;
    total.boilerplate += s.boilerplate;
    total.left += s.left.length;
    total.body += s.body;
    total.kept += s.kept;
    if (s.left.length === 0 && s.kept === s.body) total.perfect++;
    for (const b of s.left) {
      const f = byFamily.get(b.family) ?? { family: b.family, count: 0, example: b.needle };
      f.count++;
      byFamily.set(b.family, f);
    }
  }
  return {
    articles: total.articles,
    boilerplateLeft: total.boilerplate ? total.left / total.boilerplate : 0,
    bodyKept: total.body ? total.kept / total.body : 1,
    perfect: total.articles ? total.perfect / total.articles : 0,
    pieces: total.boilerplate,
    paragraphs: total.body,
    // The catalogue's families alone, and the three that are not in it (see scripts/corpus.js).
    catalogueLeft: total.boilerplate - off.pieces ? (total.left - off.left) / (total.boilerplate - off.pieces) : 0,
    offCatalogueLeft: off.pieces ? off.left / off.pieces : 0,
    offCataloguePieces: off.pieces,
    leftByFamily: [...byFamily.values()].sort((a, b) => b.count - a.count),
  };
}
