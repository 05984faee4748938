import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, foldSource } from '../src/text/case-fold.js';

/**
 * Label regexes run on folded text, compiled without the `i` flag: they must match exactly what
 * the `iu` regex matches, and a match's place must be its place in the text.
 */
describe('foldCase', () => {
  // Every character that changes under some case mapping or folding: the only ones `iu` matches
  // to another character.
  const cased: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (/\p{CWCM}|\p{CWCF}/u.test(c)) cased.push(c);
  }
  const all = cased.join('');

  it('folds alike every two characters that iu matches alike, and keeps each one its length', () => {
    const apart: string[] = [];
    for (const c of cased) {
      const mine = foldCase(c);
      if (mine.length !== c.length) apart.push(`${c} folds to ${mine}, of another length`);
      for (const [d] of all.matchAll(new RegExp(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'))) {
        if (foldCase(d) !== mine) apart.push(`${c} (U+${c.codePointAt(0)?.toString(16)}) and ${d} (U+${d.codePointAt(0)?.toString(16)})`);
      }
    }
    expect(apart).toEqual([]);
    expect(cased.length).toBeGreaterThan(2000);
  });

  it('takes alike no two characters that iu keeps apart', () => {
    const merged = cased.filter((c) => foldCase(c) !== c && !new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu').test(foldCase(c)));
    expect(merged).toEqual([]);
  });

  it('folds a text as it folds its characters, in place', () => {
    // The final sigma is where lower case depends on the letters around ("ΣΑΣ" -> "σας").
    expect(foldCase('ΟΔΟΣ ΣΑΣ')).toBe('οδοσ σασ');
    expect(foldCase('İSTANBUL Straße ſtraße')).toBe('İstanbul straße straße');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const folded = foldCase(text);
        expect(folded.length).toBe(text.length);
        expect(folded).toBe([...text].map((c) => foldCase(c)).join(''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldSource', () => {
  it('matches in folded text what the source matches under iu, at the same places', () => {
    const sources = ['Weiterlesen|Read more', 'STRAẞE\\s+\\u00C4rger', '(?<=(?:Share|Teilen)(?:\\s*[:：]))', '[.!]Mehr(?<Post>.+?)$', '\\p{L}+ ΟΔΟΣ'];
    const texts = ['Read More', 'WEITERLESEN »', 'Straße  ärger', 'strasse ärger', 'SHARE :', 'x.MEHR Dies', 'Athen ΟΔΟΣ', 'Athen οδος'];
    for (const source of sources) {
      const iu = new RegExp(source, 'giu');
      const folded = new RegExp(foldSource(source), 'gu');
      for (const text of texts) {
        const want = [...text.matchAll(iu)].map((m) => m.index);
        const got = [...foldCase(text).matchAll(folded)].map((m) => m.index);
        expect(got, `${source} in ${text}`).toEqual(want);
      }
    }
    expect(foldSource('(?<Post>.+?)')).toBe('(?<Post>.+?)');
  });

  it('refuses what folding would change the meaning of', () => {
    expect(() => foldSource('[A-Z]+')).toThrow(/range of letters/);
    expect(() => foldSource('x[^\\u0041-\\u005A]')).toThrow(/range of letters/);
    expect(foldSource('[^-Ä]Ä\\u00C4')).toBe('[^-ä]ä\\u{e4}');
    expect(() => foldSource('\\p{Lu}')).toThrow(/has case/);
    expect(foldSource('[\\-\\u2010-\\u2015]')).toBe('[\\-\\u2010-\\u2015]');
  });
});
