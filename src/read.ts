/**
 * Read: bytes to text. The order of authority: `--encoding`, then a byte order mark, then a charset
 * the document declares in its first 1024 bytes (`<meta charset>`, `<meta http-equiv>`, `<?xml
 * encoding>`), then the bytes themselves: UTF-8 when they are valid UTF-8, else Windows-1252 when
 * they look like it (see readUndeclared). Invalid bytes become U+FFFD rather than an exception, so
 * one bad byte never costs a user the whole article, and a warning says where they were.
 *
 * Note: Node's TextDecoder, not iconv-lite: it knows every WHATWG label (the ones browsers and
 * `<meta charset>` use, iso-8859-1 meaning windows-1252 among them) and costs nothing to load,
 * where requiring iconv-lite costs about 10 ms, a sixth of a bare `node` start.
 */
import { mend1252 } from './text/cp1252.js';
import { guessLegacyCharset } from './text/charset-guess.js';
import { scanUtf8, type Utf8Scan } from './text/utf8.js';

export interface DecodeOptions {
  /** `--encoding`: a label that overrides detection (utf-8, windows-1252, iso-8859-1, utf-16le...). */
  encoding?: string;
}

export interface Decoded {
  text: string;
  /** The encoding that was used, as a WHATWG label. */
  encoding: string;
  /** Things a user should hear about (invalid bytes and where they were, a guessed encoding). */
  warnings: string[];
}

/** How many invalid-byte offsets a warning names before it only counts the rest. */
const SHOWN_OFFSETS = 5;
const DECLARATION_WINDOW = 1024;
const XML_DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)/i;
// Both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
const META_CHARSET = /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
// The single-byte encodings: byte offset and character index coincide, which locates bad bytes.
const SINGLE_BYTE = /^(?:windows-\d+|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;

export function decode(input: string | Uint8Array, options: DecodeOptions = {}): Decoded {
  if (typeof input === 'string') return { text: input, encoding: 'utf-8', warnings: [] };
  if (options.encoding !== undefined) return decodeAs(input, resolveLabel(options.encoding) ?? unknownLabel(options.encoding), []);
  const bom = bomOf(input);
  if (bom) return decodeAs(input, bom, []);
  // XML 1.0, Appendix F: without a BOM, the zero bytes around "<?xml" tell UTF-16 and UTF-32
  // apart. That is legal XML, so no warning.
  const wide = wideXml(input);
  if (wide) return decodeAs(input, wide, []);

  const warnings: string[] = [];
  const declared = declaredCharset(input, warnings);
  if (declared === null) return readUndeclared(input, warnings);
  if (declared.encoding === 'utf-8') {
    if (tryUtf8(input) === null && looks1252(scanUtf8(input))) {
      warnings.push(`declares charset "${declared.label}", but the bytes are not UTF-8 and read as windows-1252: read as windows-1252; --encoding overrides`);
      return { text: mend1252(new TextDecoder('windows-1252').decode(input)), encoding: 'windows-1252', warnings };
    }
    return decodeAs(input, 'utf-8', warnings);
  }
  // A page saved as UTF-8 keeps its old `charset=iso-8859-1` more often than a legacy page forms
  // valid multi-byte UTF-8 by chance: believing the label would turn every "é" into "Ã©".
  const scan = scanUtf8(input);
  if (scan.invalid === 0 && scan.multiByte > 0) {
    warnings.push(`declares charset "${declared.label}", but the bytes are valid UTF-8: read as UTF-8`);
    return { text: utf8(input), encoding: 'utf-8', warnings };
  }
  return decodeAs(input, declared.encoding, warnings);
}

/**
 * No BOM and no declaration. Invalid UTF-8 in a non-Latin legacy charset is read in the charset
 * chardet finds (text/charset-guess.ts). Otherwise it is read as Windows-1252 when its non-ASCII bytes
 * form valid multi-byte UTF-8 sequences at most once for every eight invalid ones (a UTF-8
 * writer would have written many, a Windows-1252 one almost never does) and none is a byte
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). Otherwise it is UTF-8 with damaged bytes: replaced and reported.
 */
function readUndeclared(input: Uint8Array, warnings: string[]): Decoded {
  const fast = tryUtf8(input);
  if (fast !== null) return { text: fast, encoding: 'utf-8', warnings };
  const guess = guessLegacyCharset(input);
  if (guess !== null) {
    warnings.push(`not valid UTF-8 and no charset declared: read as ${guess.encoding} (detected); --encoding overrides`);
    return decodeAs(input, guess.encoding, warnings);
  }
  const scan = scanUtf8(input);
  if (looks1252(scan)) {
    warnings.push(
      `not valid UTF-8 (first at byte offset ${scan.offsets[0] ?? 0}) and no charset declared: read as windows-1252; --encoding overrides`,
    );
    return { text: mend1252(new TextDecoder('windows-1252').decode(input)), encoding: 'windows-1252', warnings };
  }
  warnings.push(invalidUtf8(scan, input));
  return { text: utf8(input), encoding: 'utf-8', warnings };
}

// Latin-1 text forms a valid UTF-8 sequence now and then ("é" NBSP "»" is one): a few among many
// invalid ones do not make it UTF-8.
const looks1252 = (scan: Utf8Scan) => scan.multiByte * 8 <= scan.invalid && !scan.undefinedIn1252;

function decodeAs(input: Uint8Array, encoding: string, warnings: string[]): Decoded {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return utf32(input, encoding, warnings);
  if (encoding === 'utf-8') {
    const fast = tryUtf8(input);
    if (fast !== null) return { text: fast, encoding, warnings };
    warnings.push(invalidUtf8(scanUtf8(input), input));
    return { text: utf8(input), encoding, warnings };
  }
  const decoded = new TextDecoder(encoding).decode(input);
  const text = encoding === 'windows-1252' ? mend1252(decoded) : decoded;
  if (SINGLE_BYTE.test(encoding)) return singleByte(text, encoding, warnings);
  if (!text.includes('\uFFFD')) return { text, encoding, warnings };
  // Multi-byte encodings (UTF-16, Shift_JIS...): feed the decoder a byte at a time to learn where
  // it gave up. Only on this path, which a clean input never takes.
  const offsets: number[] = [];
  let count = 0;
  const stream = new TextDecoder(encoding);
  const seen = (chunk: string, at: number) => {
    for (const c of chunk) if (c === '\uFFFD' && count++ < SHOWN_OFFSETS) offsets.push(at);
  };
  for (let i = 0; i < input.length; i++) seen(stream.decode(input.subarray(i, i + 1), { stream: true }), i);
  seen(stream.decode(), Math.max(input.length - 1, 0));
  warnings.push(describe(count, [`byte sequence not valid in ${encoding}`, `byte sequences not valid in ${encoding}`], offsets));
  return { text, encoding, warnings };
}

/**
 * A byte a single-byte encoding leaves undefined comes out as U+FFFD, or (WHATWG's Windows-1252)
 * as a C1 control that normalization would drop without a word: both are reported as U+FFFD.
 */
function singleByte(decoded: string, encoding: string, warnings: string[]): Decoded {
  const offsets: number[] = [];
  let count = 0;
  const text = decoded.replace(/[\u0080-\u009F\uFFFD]/g, (_c, at: number) => {
    if (count++ < SHOWN_OFFSETS) offsets.push(at);
    return '\uFFFD';
  });
  if (count > 0) warnings.push(describe(count, [`byte not defined in ${encoding}`, `bytes not defined in ${encoding}`], offsets));
  return { text, encoding, warnings };
}

function invalidUtf8(scan: Utf8Scan, input: Uint8Array): string {
  const first = scan.offsets[0];
  const hex = (input[first ?? 0] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const where = first === undefined ? '' : ` (the first is 0x${hex}, on line ${lineAt(input, first)})`;
  return `${describe(scan.invalid, ['invalid UTF-8 sequence', 'invalid UTF-8 sequences'], scan.offsets)}${where}`;
}

/** "3 invalid UTF-8 sequences replaced by U+FFFD at byte offsets 12, 40 and 1 more". */
function describe(count: number, [one, many]: readonly [string, string], offsets: readonly number[]): string {
  const more = count > offsets.length ? ` and ${count - offsets.length} more` : '';
  return `${count} ${count === 1 ? one : many} replaced by U+FFFD at byte offset${count === 1 ? '' : 's'} ${offsets.join(', ')}${more}`;
}

function lineAt(input: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (input[i] === 0x0a) line++;
  return line;
}

function tryUtf8(input: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return null;
  }
}

function utf8(input: Uint8Array): string {
  return new TextDecoder('utf-8').decode(input);
}

function bomOf(input: Uint8Array): string | null {
  const [a, b, c, d] = input;
  // UTF-32's byte order marks first: FF FE 00 00 also starts UTF-16LE's.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** "<?xml" (or any "<" then an ASCII character) in UTF-16 or UTF-32 without a BOM. */
function wideXml(input: Uint8Array): string | null {
  const [a, b, c, d] = input;
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0x3c && c === 0 && d !== 0) return 'utf-16be';
  if (a === 0x3c && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  return null;
}

/** UTF-32, which TextDecoder does not know: a code point each four bytes, bad ones U+FFFD. */
function utf32(input: Uint8Array, encoding: 'utf-32le' | 'utf-32be', warnings: string[]): Decoded {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const little = encoding === 'utf-32le';
  const parts: string[] = [];
  const offsets: number[] = [];
  let count = 0;
  let start = 0;
  if (view.byteLength >= 4 && view.getUint32(0, little) === 0xfeff) start = 4;
  for (let i = start; i + 4 <= view.byteLength; i += 4) {
    const code = view.getUint32(i, little);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!valid && count++ < SHOWN_OFFSETS) offsets.push(i);
    parts.push(String.fromCodePoint(valid ? code : 0xfffd));
  }
  if (count > 0) warnings.push(describe(count, [`byte sequence not valid in ${encoding}`, `byte sequences not valid in ${encoding}`], offsets));
  return { text: parts.join(''), encoding, warnings };
}

const UTF32 = /^(?:utf-?32|ucs-?4)(le|be)?$/i;

/** The WHATWG name for a label ("latin1" -> "windows-1252"), or null for one no decoder knows. */
function resolveLabel(label: string): string | null {
  const wide = UTF32.exec(label.trim());
  if (wide) return `utf-32${(wide[1] ?? 'be').toLowerCase()}`;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function unknownLabel(label: string): never {
  throw new RangeError(`unknown encoding "${label}"`);
}

function declaredCharset(input: Uint8Array, warnings: string[]): { label: string; encoding: string } | null {
  // Declarations are ASCII in every encoding they can be read from without a BOM, and open with "<".
  if (input.subarray(0, DECLARATION_WINDOW).indexOf(0x3c) === -1) return null;
  const head = String.fromCharCode(...input.subarray(0, DECLARATION_WINDOW));
  const label = XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (label === undefined) return null;
  const encoding = resolveLabel(label);
  if (encoding === null) {
    warnings.push(`declares charset "${label}", which no decoder knows: ignored`);
    return null;
  }
  // A declaration readable as ASCII was not written in UTF-16 or UTF-32, whatever it says (as browsers decide).
  return { label, encoding: encoding.startsWith('utf-16') || encoding.startsWith('utf-32') ? 'utf-8' : encoding };
}

/** Why an input that looksBinary() is refused: one wording for conversion and check. */
export const BINARY_INPUT = 'looks like a binary file, not a text dump';

/** A NUL byte in the first 8 KiB, outside UTF-16 and UTF-32 (with a BOM or as XML): an image, an archive, not a dump. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bomOf(bytes) || wideXml(bytes)) return false;
  return bytes.subarray(0, 8192).includes(0);
}
