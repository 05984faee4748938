/**
 * Windows-1252's characters for bytes 0x80-0x9F, the only range where it differs from ISO-8859-1.
 * The five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stand as their C1 controls,
 * as the WHATWG index has them.
 *
 * Note: Node's own TextDecoder('windows-1252') gets this range wrong since 20.18.3 and 22.13.0: it
 * decodes as ISO-8859-1, giving U+0092 for "’" (nodejs/node#60888), so read.ts mends its output
 * with this table and mojibake.ts encodes with it.
 */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** TextDecoder('windows-1252') output with 0x80-0x9F as Windows-1252 has them, on any Node. */
export function mend1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}
