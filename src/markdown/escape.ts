/**
 * Escape a paragraph of plain text so that CommonMark (and GFM) renders it as exactly that text.
 * Note: turndown has an escape() of its own, but importing turndown loads a whole DOM (~40 ms), too
 * much for the plain-text path; turndown stays for HTML bodies. test/markdown-escape.test.ts checks
 * this against a real CommonMark renderer.
 */

// Inline: backslash first (so later escapes are not doubled), then emphasis, code, links, HTML,
// strikethrough, table cells. `&` only where it would start an entity or character reference.
const INLINE = /[\\`*_[\]<>~|]|&(?=#?[a-z0-9]+;)/gi;

// Indentation at a line start: four spaces (or a tab) make a code block, fewer still let a block
// marker through. A paragraph drops it when rendered anyway, so it goes.
const INDENT = /^[ \t]+/gm;

// Line starts that open a block (every line: a paragraph may hold line breaks): ATX headings,
// bullet and ordered list items, setext underlines, thematic breaks made of dashes (`-- -` too).
// `*`, `_`, `>`, backticks and `~` are escaped wherever they are, so fences, quotes, `* item`,
// `***` and `___` are covered above.
const BLOCK_START: [RegExp, string][] = [
  [/^(#{1,6})(?=[ \t]|$)/gm, '\\$1'],
  [/^([+-])(?=[ \t]|$)/gm, '\\$1'],
  [/^(\d{1,9})([.)])(?=[ \t]|$)/gm, '$1\\$2'],
  [/^=+[ \t]*$/gm, '\\$&'],
  [/^-[- \t]*$/gm, '\\$&'],
];

// A heading's closing sequence (`# Title #`): a run of `#` after a space at the end of the line.
const CLOSING_HASHES = /([ \t])(#+)([ \t]*)$/gm;

export function escapeMarkdown(paragraph: string): string {
  let s = paragraph.replace(INLINE, (c) => `\\${c}`).replace(INDENT, '');
  for (const [pattern, replacement] of BLOCK_START) s = s.replace(pattern, replacement);
  return s.replace(CLOSING_HASHES, '$1\\$2$3');
}
