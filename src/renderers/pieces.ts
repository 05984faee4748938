/**
 * Output in pieces: a renderer that can make its text piece by piece gives both render() (the
 * pieces joined) and pieces() from one generator, so the two can never differ.
 */

/** About this many UTF-16 units per piece: big enough that writing costs no more, small next to a big article. */
export const PIECE = 1 << 16;

/**
 * `text` in slices of about `size` units, never between the halves of a surrogate pair (each
 * slice is encoded on its own, and half a pair would be written as U+FFFD).
 */
export function* slices(text: string, size = PIECE): Generator<string> {
  if (text.length <= size) {
    if (text) yield text;
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    const low = text.charCodeAt(end);
    if (end < text.length && end - 1 > start && low >= 0xdc00 && low <= 0xdfff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** The pieces joined into what render() returns. */
export function joined(pieces: Iterable<string>): string {
  const out: string[] = [];
  for (const piece of pieces) out.push(piece);
  return out.join('');
}
