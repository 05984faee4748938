/**
 * Read: bytes to text. UTF-8 is the default; a BOM says UTF-16. Invalid bytes become U+FFFD
 * rather than an exception, so one bad byte never costs a user the whole article.
 */
export function decode(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  const [a, b] = input;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(input);
}

/** A NUL byte in the first 8 KiB, outside UTF-16: an image, an archive, not a dump. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}
