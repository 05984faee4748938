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

const INLINE_ONLY = (text: string) => text.replace(INLINE, (c) => `\\${c}`);
// A first piece that could be a whole setext underline or thematic break on its own.
const RULE_LIKE = /^[-=#\s]*$/;
const CLOSING_ONLY = /^[#\s]*$/;

/**
 * escapeMarkdown() of one line (no "\n"), in pieces of about `size` units: a paragraph that is a
 * whole body escaped at once was one more copy of the body. The line is cut before a space only,
 * where no inline escape looks across (an entity reference holds none); line-start escapes go to
 * the first piece, the closing-hash one to the last. A line with no such cut is escaped whole.
 */
export function* escapeLongLine(line: string, size: number): Generator<string> {
  const cuts: number[] = [];
  for (let at = size; at < line.length; ) {
    const cut = line.indexOf(' ', at);
    if (cut === -1) break;
    cuts.push(cut);
    at = cut + size;
  }
  // The closing-hash escape reads back from the line's end over "#" and white space only: the last
  // piece holds something else, so that what it reads is all in that piece.
  while (cuts.length > 0 && CLOSING_ONLY.test(line.slice(cuts[cuts.length - 1]))) cuts.pop();
  const first = line.slice(0, cuts[0] ?? line.length);
  if (cuts.length === 0 || RULE_LIKE.test(first)) {
    yield escapeMarkdown(line);
    return;
  }
  let head = INLINE_ONLY(first).replace(INDENT, '');
  for (const [pattern, replacement] of BLOCK_START) head = head.replace(pattern, replacement);
  yield head;
  for (let i = 0; i < cuts.length; i++) {
    const piece = INLINE_ONLY(line.slice(cuts[i], cuts[i + 1] ?? line.length));
    yield i === cuts.length - 1 ? piece.replace(CLOSING_HASHES, '$1\\$2$3') : piece;
  }
}
