/**
 * Mojibake: UTF-8 that was once read as Windows-1252 and saved again ("Itâ€™s", "cafÃ©", "[â€¦]").
 * A run of such characters is turned back into the bytes Windows-1252 gave them and read as strict
 * UTF-8; only runs that decode cleanly are repaired, and only when the reading is unambiguous:
 *
 * - the run opens with a lead byte that mojibake is made of: Â Ã Ä Å (Latin-1 and Latin
 *   Extended-A letters), Î Ï (Greek), Ð Ñ (Cyrillic), × (Hebrew), Ø Ù (Arabic), â followed by
 *   0x80-0x9F (punctuation, currency, arrows: "â€™", "â‚¬", "â†’"), ð followed by 0x9F (emoji), and
 *   the whole "ï»¿" of a byte order mark. Lower-case leads such as é, à or ñ are left out: in French
 *   or Spanish they end words before a quote or an NBSP ("café »" would read as a CJK character);
 * - a run made only of an accented capital and a character that may follow a word ("AMANHÔ" in
 *   Portuguese, "GUД) is repaired only when the same line holds an undoubted repair: a real
 *   "Ã" before a closing quote cannot be told from "Ô" otherwise. After a lower-case letter the
 *   capital cannot end a word in capitals, and the run is repaired alone ("piÃ¹" is "più").
 *
 * Text that is plausible as it stands ("São Paulo", "château", "À la carte") never matches: its
 * "Ã" or "â" is followed by a letter, which no UTF-8 continuation byte reads as.
 */
import { CP1252_HIGH } from './cp1252.js';
import { LINE_BREAKS } from './line-index.js';

export interface Repaired {
  text: string;
  repairs: { from: string; to: string }[];
}

const BYTE = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));
// A cheap first look: no line without one of these can hold a repair.
const LEADS = /[ÂÃÄÅÎÏÐÑ×ØÙâðï]/;
const LEAD_BYTES = new Set([0xc2, 0xc3, 0xc4, 0xc5, 0xce, 0xcf, 0xd0, 0xd1, 0xd7, 0xd8, 0xd9]);
// Characters that may follow a word-final capital in real text: quotes, dashes, an ellipsis,
// guillemets, footnote figures. Not NBSP: it follows a word before French punctuation, and French
// has no word-final Ã; "Ã" and an NBSP is "à".
const MAY_FOLLOW_A_WORD = new Set([...'‘’“”…–—«»¹²³']);
const MAX_ROUNDS = 3;

function byteOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff && !BYTE.has(c)) return code;
  return BYTE.get(c) ?? -1;
}

interface Sequence {
  end: number;
  /** The run reads as mojibake on its own, without help from the rest of the line. */
  sure: boolean;
}

/** The UTF-8 sequence whose mis-decoded form starts at text[i], if it is one mojibake is made of. */
function sequenceAt(text: string, i: number): Sequence | null {
  const lead = byteOf(text.charAt(i));
  const second = byteOf(text.charAt(i + 1));
  let length: number;
  if (LEAD_BYTES.has(lead)) length = 2;
  else if (lead === 0xe2 && second >= 0x80 && second <= 0x9f) length = 3;
  else if (lead === 0xf0 && second === 0x9f) length = 4;
  else if (text.startsWith('ï»¿', i)) return { end: i + 3, sure: true };
  else return null;
  let sure = lead === 0xc2 || length > 2;
  for (let k = 1; k < length; k++) {
    const c = text.charAt(i + k);
    const b = byteOf(c);
    if (b < 0x80 || b > 0xbf) return null;
    if (!MAY_FOLLOW_A_WORD.has(c)) sure = true;
  }
  // A word-final accented capital ends a word in capitals ("AMANHÃ”"); after a lower-case letter
  // the capital is no letter of the word, and the pair is mojibake ("piÃ¹", "perÃ²", "pasÃ³").
  if (!sure && length === 2 && LOWER_BEFORE.test(text.charAt(i - 1))) sure = true;
  return { end: i + length, sure };
}
const LOWER_BEFORE = /\p{Ll}/u;

/** Strict UTF-8 reading of a run that sequenceAt() accepted piece by piece, or null. */
function decodeRun(run: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from([...run].map(byteOf)));
  } catch {
    return null;
  }
}

/** The run read again while it is still mojibake from end to end (text that was mis-read twice). */
function undo(run: string): string {
  let text = decodeRun(run) ?? run;
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const again = runsOf(text);
    if (again.length !== 1 || again[0]?.start !== 0 || again[0].end !== text.length) break;
    text = decodeRun(text) ?? text;
  }
  return text;
}

interface Run {
  start: number;
  end: number;
  sure: boolean;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    let seq = sequenceAt(text, i);
    if (!seq) continue;
    const run: Run = { start: i, end: seq.end, sure: seq.sure };
    while ((seq = sequenceAt(text, run.end))) {
      run.end = seq.end;
      run.sure ||= seq.sure;
    }
    runs.push(run);
    i = run.end - 1;
  }
  return runs;
}

/**
 * Repairs one line; `from` and `to` name the whole words repaired, as a reader would look for them.
 * Text mis-decoded twice ("ÃƒÂ©") comes out of one pass still mis-decoded ("Ã©"): passes repeat
 * until none finds anything, so that cleaning the output again repairs nothing, and each repair
 * is told from the word as the input had it to the word as it ends.
 */
export function repairLine(text: string): Repaired {
  let result = repairOnce(text);
  for (let pass = 1; pass < MAX_PASSES && result.repairs.length > 0; pass += 1) {
    const next = repairOnce(result.text);
    if (next.repairs.length === 0) break;
    const original = new Map(result.repairs.map((r) => [r.to, r.from]));
    const redone = new Set(next.repairs.map((r) => r.from));
    result = {
      text: next.text,
      repairs: [...result.repairs.filter((r) => !redone.has(r.to)), ...next.repairs.map((r) => ({ from: original.get(r.from) ?? r.from, to: r.to }))],
    };
  }
  return result;
}

/** Each pass undoes one layer of mis-decoding; three layers is already beyond what feeds do. */
const MAX_PASSES = 4;

function repairOnce(text: string): Repaired {
  if (!LEADS.test(text)) return { text, repairs: [] };
  const runs = runsOf(text);
  if (!runs.some((r) => r.sure)) return { text, repairs: [] };

  const words: { start: number; end: number; runs: Run[] }[] = [];
  for (const run of runs) {
    let start = run.start;
    while (start > 0 && !isSpace(text.charAt(start - 1))) start--;
    let end = run.end;
    while (end < text.length && !isSpace(text.charAt(end))) end++;
    const last = words.at(-1);
    if (last && start < last.end) last.runs.push(run);
    else words.push({ start, end, runs: [run] });
  }
  const repairs: Repaired['repairs'] = [];
  let out = '';
  let done = 0;
  for (const word of words) {
    let to = '';
    let at = word.start;
    for (const run of word.runs) {
      to += text.slice(at, run.start) + undo(text.slice(run.start, run.end));
      at = run.end;
    }
    to += text.slice(at, word.end);
    out += text.slice(done, word.start) + to;
    repairs.push({ from: text.slice(word.start, word.end), to });
    done = word.end;
  }
  return { text: out + text.slice(done), repairs };
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t';
}

// Captured, so that the text joins back exactly as it was.
const LINE_BREAK = new RegExp(`(${LINE_BREAKS})`);

/**
 * repairLine() over a whole decoded input, before any reader sees it: HTML, feeds, front matter
 * and NDJSON get the same repairs as plain text, each with its input line.
 */
export function repairText(text: string): { text: string; repairs: { line: number; from: string; to: string }[] } {
  if (!LEADS.test(text)) return { text, repairs: [] };
  const parts = text.split(LINE_BREAK);
  const repairs: { line: number; from: string; to: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    if (!LEADS.test(part)) continue;
    const result = repairLine(part);
    parts[i] = result.text;
    for (const r of result.repairs) repairs.push({ line: i / 2 + 1, ...r });
  }
  return { text: parts.join(''), repairs };
}

// A character mojibake is made of, as itself or as a numeric character reference.
const MOJIBAKE_UNIT = `(?:[\\u0080-\\u00FF${CP1252_HIGH}]|&#(?:[xX][0-9a-fA-F]{1,4}|[0-9]{1,5});)`;
const UNITS_WITH_REFERENCE = new RegExp(`${MOJIBAKE_UNIT}*&#(?:[xX][0-9a-fA-F]{1,4}|[0-9]{1,5});${MOJIBAKE_UNIT}*`, 'g');
const REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,4})|([0-9]{1,5}));/g;

/**
 * Mojibake in markup with some of its characters written as references ("â&#8218;¬" for "€"): a
 * feed's CDATA keeps the reference, which only the HTML parser turns into a character, after
 * repairText() has looked. Each run of such characters is read with its references resolved, and
 * replaced only where repairLine() repairs it on its own; every other reference stays as written.
 */
export function repairReferences(markup: string): Repaired {
  if (!markup.includes('&#')) return { text: markup, repairs: [] };
  const repairs: Repaired['repairs'] = [];
  const text = markup.replace(UNITS_WITH_REFERENCE, (run) => {
    const plain = run.replace(REFERENCE, (ref, hex: string | undefined, dec: string | undefined) => {
      const c = String.fromCharCode(hex === undefined ? Number(dec) : parseInt(hex, 16));
      return byteOf(c) >= 0x80 ? c : ref;
    });
    if (plain.includes('&#')) return run;
    const result = repairLine(plain);
    if (result.repairs.length === 0) return run;
    repairs.push({ from: run, to: result.text });
    return result.text;
  });
  return { text, repairs };
}
