import { family, hitsAtEnd } from '../phrases/match.js';
import { rightsReserved } from '../phrases/copyright.js';
import type { Rule } from '../rule.js';
import { countWords, startsLower } from '../text/fold.js';

// A site's or a wire's copyright notice under the post: "© 2024 Coastline Daily. All rights
// reserved.", "Copyright 2024 The Associated Press. All rights reserved. This material may not be
// published…", "<저작권자 © 해안일보, 무단 전재 및 재배포 금지>", or the reservation alone
// ("Tous droits réservés."). Prose about copyright says more than that: "Copyright in the old
// photographs belongs to the museum" opens with the word but goes on with a lower-case clause, and
// "All rights reserved, the fishermen argued, belong to…" goes on after the phrase. So a line goes
// when it opens with the sign (or the word and a year) and a name, or when the reservation ends it
// with nothing but a short notice or name before it.
const RESERVED = family(rightsReserved, String.raw`(?<after>.*)`);
const MAX_WORDS = 50;
const MAX_CHARS = 400;

// The sign or the word, in the languages that print a word before the sign ("Hak Cipta © 2024").
const LOCAL_WORD = String.raw`(?:(?:hak cipta|bản quyền|版权|版權|저작권자|telif hakkı|авторское право|prawa autorskie|urheberrecht|droits d'auteur|derechos de autor|direitos autorais)\s*[:：]?\s*(?=©|ⓒ|\(c\)))`;
const NOTICE = new RegExp(String.raw`^[<\[(（【〈]?\s*${LOCAL_WORD}?((?:(?:©|ⓒ|\(c\)|℗|copyright\b)\s*)+)`, 'iu');
const SIGN = /©|ⓒ|\(c\)|℗/iu;
const YEARS = /^(?:(?:19|20)\d\d(?:\s*[-–—/]\s*(?:(?:19|20)\d\d|present|heute|\d\d))?[\s,.]*)+/iu;
const YEAR = /\b(?:19|20)\d\d\b/u;
// What may follow a reservation: nothing, punctuation, the sign and a year ("Riproduzione riservata
// ©"), or another sentence of the notice.
const CLOSING = /^[\s.!。！|·•>）)\]」】〉©ⓒ\d–—-]*$/u;
const NEXT_SENTENCE = /^\s*[.!。！|·•]\s*[-–—]?\s*[\p{Lu}\p{Lo}]/u;
const CJK_CLAUSE = /^[，、,]\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// What may stand before a reservation: a notice, or a name closed by a separator ("Coastline Daily.").
const BEFORE_NAME_END = /(?:[.|·•,:;–—-]|©|ⓒ|\(c\)|\b(?:19|20)\d\d)$/iu;
const MAX_BEFORE_WORDS = 10;

/** The line is a notice that opens with the sign or the word: "© 2024 Site", "Copyright 2024 X. …". */
function opensNotice(text: string): boolean {
  const m = NOTICE.exec(text);
  if (!m) return false;
  const marks = m[1] ?? '';
  const rest = text.slice(m[0].length).replace(YEARS, '').trim();
  const withYear = rest !== text.slice(m[0].length).trim() || YEAR.test(rest);
  const sign = SIGN.test(marks);
  // "(c)" alone also numbers a list's third item: only with a year, in a short line.
  if (/^\s*\(c\)\s*$/iu.test(marks) && !(withYear && countWords(text, 13) <= 12)) return false;
  // The word alone opens prose too ("Copyright law says…"): only with a year or a reservation.
  if (!sign && !withYear && hitsAtEnd(RESERVED, text) === null) return false;
  if (rest === '') return sign || withYear;
  // A lower-case holder after the sign is a brand ("© dpa-infocom, dpa:…"), in a line too short for a sentence.
  return !startsLower(rest) || /^the\b/iu.test(rest) || (sign && countWords(rest, 7) <= 6 && !/[.!?]$/u.test(rest));
}

/** The line ends with a reservation, and what stands around it is a notice, not prose. */
function endsReserved(text: string): boolean {
  const hit = hitsAtEnd(RESERVED, text, (h) => {
    const after = h.groups.after ?? '';
    if (!(CLOSING.test(after) || (NEXT_SENTENCE.test(after) && countWords(after, 31) <= 30) || (CJK_CLAUSE.test(after) && after.length <= 40))) return false;
    const before = text.slice(0, h.start).trim();
    return before === '' || (countWords(before, MAX_BEFORE_WORDS + 1) <= MAX_BEFORE_WORDS && BEFORE_NAME_END.test(before));
  });
  return hit !== null;
}

const rule: Rule = {
  id: 'copyright-line',
  description: 'Removes copyright notices under a post ("© 2024 Site. All rights reserved.", "Copyright 2024 The Associated Press…", "Tous droits réservés.", "무단 전재 및 재배포 금지"), in many languages.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text.trim();
      if (text.length > MAX_CHARS || countWords(text, MAX_WORDS + 1) > MAX_WORDS) continue;
      if (opensNotice(text) || endsReserved(text)) ctx.remove(line);
    }
  },
};
export default rule;
