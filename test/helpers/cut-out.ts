const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * `text` without one occurrence of a removed `piece`, for the accounting of what the cleaner kept:
 * the occurrence whose remainder is body text when one is (a cut takes a line's end as well as its
 * start: "Read MoreTea and toast.Read More" loses its last "Read More"), else the first.
 */
export function cutOut(text: string, piece: string, body: string): string {
  let first: string | null = null;
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
    // A cut inside a run of text (a marker glued between two sentences) leaves them glued.
    const inside = /\S/.test(text.charAt(at - 1)) && /\S/.test(text.charAt(at + piece.length));
    const left = squeeze(`${text.slice(0, at)}${inside ? '' : ' '}${text.slice(at + piece.length)}`);
    first ??= left;
    if (!left || body.includes(left)) return left;
  }
  return first ?? text;
}
