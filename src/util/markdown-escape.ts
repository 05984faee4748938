/**
 * Escape a paragraph of plain text so that CommonMark (and GFM) renders it as exactly that text.
 * Note: turndown has an escape() of its own, but importing turndown loads a whole DOM (~40 ms), too
 * much for the plain-text path; turndown stays for HTML bodies. test/markdown-escape.test.ts checks
 * this against a real CommonMark renderer.
 */

// Inline: backslash first (so later escapes are not doubled), then emphasis, code, links, HTML,
// strikethrough. `&` only where it would start an entity or character reference.
const INLINE = /[\\`*_[\]<>~|]|&(?=#?[a-z0-9]+;)/gi;

// Line starts that open a block: headings, quotes, list items, fences, thematic breaks, tables.
const BLOCK_START: [RegExp, string][] = [
  [/^(#{1,6})(?=\s|$)/, '\\$1'],
  [/^([+-])(?=\s|$)/, '\\$1'],
  [/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'],
  [/^=+\s*$/, '\\$&'],
  [/^-+\s*$/, '\\$&'],
];

export function escapeMarkdown(paragraph: string): string {
  let s = paragraph.replace(INLINE, (c) => `\\${c}`);
  for (const [pattern, replacement] of BLOCK_START) s = s.replace(pattern, replacement);
  return s;
}
