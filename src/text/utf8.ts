/**
 * What TextDecoder does not tell: where UTF-8 goes wrong, and whether it ever went right. The
 * offsets are where the WHATWG decoder emits each U+FFFD (the start of the maximal invalid
 * subsequence), so a warning points at the replacement the user sees.
 */
export interface Utf8Scan {
  /** How many U+FFFD a decoder emits. */
  invalid: number;
  /** Byte offsets of the first few of them. */
  offsets: number[];
  /** Valid sequences of two to four bytes. */
  multiByte: number;
  /** Holds a byte that Windows-1252 leaves undefined. */
  undefinedIn1252: boolean;
}

const KEEP_OFFSETS = 5;

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { invalid: 0, offsets: [], multiByte: 0, undefinedIn1252: false };
  const bad = (at: number) => {
    if (scan.invalid++ < KEEP_OFFSETS) scan.offsets.push(at);
  };
  let needed = 0;
  let seen = 0;
  let start = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) scan.undefinedIn1252 = true;
    if (needed === 0) {
      if (b < 0x80) continue;
      start = i;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        needed = 2;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        needed = 3;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else bad(i);
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one U+FFFD; this byte starts afresh.
      bad(start);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      scan.multiByte++;
      needed = seen = 0;
    }
  }
  if (needed !== 0) bad(start);
  return scan;
}
