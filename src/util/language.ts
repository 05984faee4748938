import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

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
// franc's own constants.
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

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
  if (text.replace(/\s+/g, ' ').trim().length < MIN_DETECT_LENGTH) return null;
  return bcp47(francMin(text));
}

/** What franc-min's `franc(text)` returns (an ISO 639-3 code, or "und"). */
export function francMin(input: string): string {
  if (input.length < 10) return 'und';
  const value = input.slice(0, MAX_LENGTH);
  let top: string | undefined;
  let topCount = -1;
  // Most bodies are mostly ASCII letters, which only the Latin script has: say so without
  // compiling franc's Unicode-range expressions (they cost more than the rest of a short run).
  const ascii = (value.match(/[A-Za-z]/g)?.length ?? 0) / value.length;
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

  const counts = trigramCounts(value);
  const script = scriptModels(top, languages);
  const distances = script.uses++ < INDEX_AFTER ? walkModels(script, counts) : walkIndex(script, counts);
  let best = 'und';
  let bestDistance = Infinity;
  distances.forEach((distance, i) => {
    if (distance < bestDistance) {
      bestDistance = distance;
      best = script.languages[i] ?? 'und';
    }
  });
  return best;
}

/**
 * A one-article run scores by walking the models (300 trigrams each); a batch, from its third text
 * on, through an index from trigram to the models that hold it, built once: ten times less work a
 * text, for what the walk costs twice.
 */
const INDEX_AFTER = 2;
// A posting packs a language's position and a trigram's rank in its model (under 512).
const RANK_BITS = 9;

interface ScriptModels {
  languages: string[];
  models: string[][];
  index: Map<string, number[]> | null;
  uses: number;
}

const scripts = new Map<string, ScriptModels>();

function scriptModels(script: string, languages: Readonly<Record<string, string>>): ScriptModels {
  let found = scripts.get(script);
  if (!found) {
    const names = Object.keys(languages);
    found = { languages: names, models: names.map((l) => (languages[l] ?? '').split('|')), index: null, uses: 0 };
    scripts.set(script, found);
  }
  return found;
}

// Every trigram of the text costs MAX_DIFFERENCE unless the model has it: start from that and
// take off what the model's trigrams save.
function walkModels(script: ScriptModels, counts: Map<string, number>): number[] {
  return script.models.map((model) => {
    let distance = MAX_DIFFERENCE * counts.size;
    for (let rank = 0; rank < model.length; rank++) {
      const count = counts.get(model[rank] ?? '');
      if (count !== undefined) distance += Math.abs(count - rank - 1) - MAX_DIFFERENCE;
    }
    return distance;
  });
}

function walkIndex(script: ScriptModels, counts: Map<string, number>): number[] {
  if (!script.index) {
    const index = new Map<string, number[]>();
    script.models.forEach((model, language) => {
      model.forEach((trigram, rank) => {
        const posting = (language << RANK_BITS) | rank;
        const postings = index.get(trigram);
        if (postings) postings.push(posting);
        else index.set(trigram, [posting]);
      });
    });
    script.index = index;
  }
  const distances = script.models.map(() => MAX_DIFFERENCE * counts.size);
  for (const [trigram, count] of counts) {
    for (const posting of script.index.get(trigram) ?? []) {
      const language = posting >> RANK_BITS;
      distances[language] = (distances[language] ?? 0) + Math.abs(count - (posting & ((1 << RANK_BITS) - 1)) - 1) - MAX_DIFFERENCE;
    }
  }
  return distances;
}

/** trigram-utils' asDictionary(): the text's trigrams (padded, lower case, no ASCII punctuation or digits) and their counts. */
function trigramCounts(value: string): Map<string, number> {
  const clean = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const trigram = clean.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
