/**
 * A legacy charset for bytes that are neither UTF-8 nor declared: Shift_JIS, EUC-KR, GB18030 and Big5
 * feeds, KOI8-R and windows-1251 Russian, windows-1255 Hebrew, windows-874 Thai, as feed readers
 * meet them (Python feedparser asks chardet too). Reading them as Windows-1252 gives a page of
 * mojibake; reading them as UTF-8 gives a page of U+FFFD.
 *
 * Latin-script candidates are never taken from the guess: the Windows-1252 reading (read.ts)
 * already serves Western text, and a statistical guess between Latin-1 and Latin-2 on a few accented
 * letters would trade a correct "è" for "č".
 */
import { loadChardet } from './deps.js';

/** chardet's names for encodings of a non-Latin script, written in one or more bytes per character. */
const MULTI_BYTE = new Set(['Shift_JIS', 'EUC-JP', 'EUC-KR', 'GB18030', 'Big5', 'ISO-2022-JP', 'ISO-2022-KR', 'ISO-2022-CN']);
const SINGLE_BYTE = new Set([
  'windows-1251', 'KOI8-R', 'ISO-8859-5', 'ISO-8859-6', 'windows-1256', 'ISO-8859-7', 'windows-1253',
  'ISO-8859-8', 'windows-1255', 'windows-874',
]);
// ISO-8859-8 text saved on Windows uses 1255's extra bytes; 1255 is its superset for reading.
const READ_AS: Record<string, string> = { 'ISO-8859-8': 'windows-1255' };

/** A multi-byte guess must be chardet's near-certain one: these encodings overlap heavily. */
const MULTI_BYTE_CONFIDENCE = 50;
/** chardet scores single-byte scripts low even when right (KOI8-R Russian: 49, Thai: 8). */
const SINGLE_BYTE_CONFIDENCE = 5;
/** Russian, Hebrew or Thai in a single-byte charset is mostly high bytes; Western text mostly ASCII. */
const NON_LATIN_SHARE = 0.3;
/** A few words are too little to tell "Ça été" from Cyrillic: those stay with Windows-1252. */
const NON_LATIN_BYTES = 16;

export interface Guess {
  /** The WHATWG label to decode with. */
  encoding: string;
  confidence: number;
}

export function guessLegacyCharset(bytes: Uint8Array): Guess | null {
  const results = loadChardet().analyse(bytes);
  for (const r of results) {
    if (MULTI_BYTE.has(r.name)) {
      if (r.confidence < MULTI_BYTE_CONFIDENCE) continue;
      const encoding = label(r.name);
      if (encoding !== null && decodesCleanly(bytes, encoding)) return { encoding, confidence: r.confidence };
      continue;
    }
    if (SINGLE_BYTE.has(r.name) && r.confidence >= SINGLE_BYTE_CONFIDENCE && mostlyHighBytes(bytes)) {
      const encoding = label(READ_AS[r.name] ?? r.name);
      if (encoding !== null) return { encoding, confidence: r.confidence };
    }
  }
  return null;
}

function label(name: string): string | null {
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Among letter-like bytes outside markup (ASCII letters and every byte >= 0x80), enough high ones:
 * tags and attribute names are ASCII whatever the text's script.
 */
function mostlyHighBytes(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let inTag = false;
  for (const b of bytes) {
    if (inTag) inTag = b !== 0x3e;
    else if (b === 0x3c) inTag = true;
    else if (b >= 0x80) {
      high++;
      letters++;
    } else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) letters++;
  }
  return high >= NON_LATIN_BYTES && high >= letters * NON_LATIN_SHARE;
}
