/**
 * Read: bytes to text. UTF-8 is the default; a BOM says UTF-16. Invalid bytes become U+FFFD
 * rather than an exception, so one bad byte never costs a user the whole article.
 */
export interface DecodeOptions {
  /** `--encoding`: a label that overrides detection (utf-8, windows-1252, iso-8859-1, utf-16le...). */
  encoding?: string;
}

export interface Decoded {
  text: string;
  /** The encoding that was used, as a WHATWG label. */
  encoding: string;
  /** Things a user should hear about (invalid bytes and where they were). */
  warnings: string[];
}

export function decode(input: string | Uint8Array, _options: DecodeOptions = {}): Decoded {
  if (typeof input === 'string') return { text: input, encoding: 'utf-8', warnings: [] };
  const [a, b] = input;
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(input.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(input.subarray(2)), encoding: 'utf-16be', warnings: [] };
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(input), encoding: 'utf-8', warnings: [] };
}

/** A NUL byte in the first 8 KiB, outside UTF-16: an image, an archive, not a dump. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}
