import type { PhraseSet } from './match.js';

/**
 * Romanian is written with ș and ț (comma below), but much of what sites publish still has the
 * cedilla letters ş and ţ that older keyboards and code pages gave them: "Citeşte şi:" is the
 * same label as "Citește și:". The tables are written once, with the comma; each Romanian phrase
 * that has one of the four letters is matched in the cedilla spelling as well. Turkish, whose ş is
 * the cedilla letter, is left as it is.
 */
const CEDILLA: Readonly<Record<string, string>> = { 'ș': 'ş', 'ț': 'ţ', 'Ș': 'Ş', 'Ț': 'Ţ' };
const COMMA_BELOW = /[șțȘȚ]/gu;

export function withSpellings(sets: readonly PhraseSet[]): readonly PhraseSet[] {
  if (!sets.some((s) => s.lang === 'ro' && s.phrases.some((p) => /[șțȘȚ]/u.test(p)))) return sets;
  return sets.map((s) => {
    if (s.lang !== 'ro') return s;
    const twins = s.phrases.filter((p) => /[șțȘȚ]/u.test(p)).map((p) => p.replace(COMMA_BELOW, (c) => CEDILLA[c] ?? c));
    return { lang: s.lang, phrases: [...s.phrases, ...twins.filter((t) => !s.phrases.includes(t))] };
  });
}
