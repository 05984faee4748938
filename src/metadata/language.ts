import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { isSpace } from '../text/fold.js';
import { closestLanguage } from './trigram-distances.js';

/**
 * The language of a body, by franc-min's trigram models and franc's own scoring, returned as a
 * BCP 47 tag. Note: franc-min's `franc()` is not imported: on import it turns all 66 models into
 * dictionaries, 8 ms before the first article (a seventh of a bare `node` start), whatever the
 * input. Here a script's models are split into trigrams the first time a text in that script is
 * scored, and the distances are summed from the models' side, which gives franc's numbers exactly
 * (test/language.test.ts holds the two side by side).
 */

/** Below this many characters franc's guesses are often wrong: no language rather than a bad one. */
export const MIN_DETECT_LENGTH = 200;
// franc's own constant: the most of a text it reads.
const MAX_LENGTH = 2048;

/**
 * ISO 639-3 codes franc-min returns -> the two-letter code BCP 47 prefers, where there is one. An
 * individual language takes its macrolanguage's code when it is the one that code is written for
 * (Mandarin "zh", Standard Arabic "ar", Iranian Persian "fa"...); the others keep their three
 * letters, valid BCP 47 as they are. A table because no package maps these: iso-639-3's to-1 list
 * leaves out every macrolanguage member, cmn and arb among them.
 */
const TWO_LETTER: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh', deu: 'de',
  ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id',
  ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr',
  mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt',
  ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw',
  tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo',
  zlm: 'ms', zul: 'zu',
  // ISO 639-2/T codes that some feeds declare, for the same languages.
  ara: 'ar', fas: 'fa', msa: 'ms', zho: 'zh', swa: 'sw', uzb: 'uz', aze: 'az', nep: 'ne', mlg: 'mg', pus: 'ps',
};

/** The BCP 47 tag for a franc code ("deu" -> "de", "ceb" stays), null for "und". */
export function bcp47(code: string): string | null {
  return code === 'und' ? null : (TWO_LETTER[code] ?? code);
}

/**
 * A declared language in BCP 47's usual form ("en_us" -> "en-US", "DEU" -> "de"), up to the first
 * subtag that cannot be one; null when even the language part is not a code ("English", "*").
 */
export function canonicalTag(value: string): string | null {
  const [language = '', ...rest] = value.trim().split(/[-_]/);
  if (!/^[a-z]{2,3}$/i.test(language)) return null;
  const tag = [TWO_LETTER[language.toLowerCase()] ?? language.toLowerCase()];
  for (const sub of rest) {
    if (!/^[a-z0-9]{2,8}$/i.test(sub)) break;
    if (/^[a-z]{2}$/i.test(sub)) tag.push(sub.toUpperCase());
    else if (/^[a-z]{4}$/i.test(sub)) tag.push(sub.charAt(0).toUpperCase() + sub.slice(1).toLowerCase());
    else tag.push(sub.toLowerCase());
  }
  return tag.join('-');
}

/** The language of `text` as a BCP 47 tag, or null when it is too short or franc cannot tell. */
export function detectLanguage(text: string): string | null {
  const length = spacedLength(text);
  if (length < MIN_DETECT_LENGTH && length + (DENSE_WEIGHT - 1) * denseCount(text) < MIN_DETECT_LENGTH) return null;
  return bcp47(francMin(text));
}

/**
 * Kana, Hangul and Han write a word in one to three characters where Latin script takes five or
 * more, and their script alone nearly decides the language: a Japanese or Chinese paragraph of 50
 * characters says as much as 200 Latin ones.
 */
const DENSE_WEIGHT = 4;
const DENSE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

/** How many characters of a densely written script `text` has (called for short texts only). */
function denseCount(text: string): number {
  return text.match(DENSE)?.length ?? 0;
}

// Collapsing a prefix's spaces gives a prefix of the whole text's collapsed form, so a long enough
// head decides: a long body is not rewritten only to learn that it is over the threshold.
const LENGTH_PROBE = 4 * MIN_DETECT_LENGTH;

/** The length of `text` with its white space collapsed to one space and trimmed, up to MIN_DETECT_LENGTH. */
function spacedLength(text: string): number {
  const head = Math.min(text.length, LENGTH_PROBE);
  const length = collapsedLength(text, head);
  return length >= MIN_DETECT_LENGTH || head === text.length ? length : collapsedLength(text, text.length);
}

/** `text.slice(0, end).replace(/\s+/g, ' ').trim().length`, counted without writing that string. */
function collapsedLength(text: string, end: number): number {
  let length = 0;
  let gap = false;
  for (let i = 0; i < end; i++) {
    if (isSpace(text.charCodeAt(i))) gap = length > 0;
    else {
      if (gap) length++;
      gap = false;
      length++;
    }
  }
  return length;
}

/** What franc-min's `franc(text)` returns (an ISO 639-3 code, or "und"). */
export function francMin(input: string): string {
  if (input.length < 10) return 'und';
  const value = input.slice(0, MAX_LENGTH);
  let top: string | undefined;
  let topCount = -1;
  // Most bodies are mostly ASCII letters, which only the Latin script has: say so without
  // compiling franc's Unicode-range expressions (they cost more than the rest of a short run).
  const ascii = asciiLetters(value) / value.length;
  if (ascii > 0.5) {
    top = 'Latin';
    topCount = ascii;
  } else {
    for (const [script, expression] of Object.entries(expressions)) {
      const count = (value.match(expression)?.length ?? 0) / value.length || 0;
      if (count > topCount) {
        topCount = count;
        top = script;
      }
    }
  }
  if (top === undefined || topCount === 0) return 'und';
  const languages = data[top];
  if (!languages) return top;

  return closestLanguage(top, languages, value);
}

function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

