import { agencies } from '../phrases/agencies.js';
import type { Rule } from '../rule.js';
import { isSpace } from '../text/fold.js';

// Wire copy ends with the agency that filed it: "… on Tuesday. - Reuters", "…2022.- UTUSAN",
// "… (AFP)". Feeds glue it onto the last sentence. Only the body's last line is looked at, and only
// after a full stop: a dash and a name after a quotation ("… easy." - Dan Meyer) is an attribution
// in mixed case, which neither the agency list nor the capitals catch.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NAMES = [...new Set(Object.values(agencies).flat())].sort((a, b) => b.length - a.length).map(escape).join('|');
// A name in capitals (two to twenty letters, up to three words, "AFP/REUTERS").
const CAPS = String.raw`\p{Lu}[\p{Lu}\p{N}&]{1,19}(?:[ /]\p{Lu}[\p{Lu}\p{N}&]{1,19}){0,2}`;
const CREDIT = new RegExp(
  String.raw`(?<=[.!?…。！？]["'”’»)]*)\s*(?:(?:[-–—]{1,2}|&#821[12];|&[nm]dash;)\s*(?<dash>${NAMES}|${CAPS})|\((?<paren>${NAMES}|${CAPS})\))\s*\.?\s*$`,
  'u',
);
const ALONE = new RegExp(String.raw`^\s*(?:[-–—]{1,2}\s*(?:${NAMES}|${CAPS})|\((?:${NAMES}|${CAPS})\))\s*\.?\s*$`, 'u');

/** Whether the first visible character is a dash or "(", as ALONE needs: most last lines are not, and need no compile of its letter classes. */
function opensWithMark(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charAt(i);
  return c === '-' || c === '–' || c === '—' || c === '(';
}

// The most a credit holds between its dash and the end, but for spaces: a listed name, or CAPS
// (three words of twenty letters and two slashes).
const LONGEST = Math.max(62, ...Object.values(agencies).flatMap((names) => names.map((n) => n.replace(/\s/g, '').length)));

/**
 * Whether CREDIT could match: the text, without a closing full stop and spaces, ends in ")" after
 * a "(", or has a dash (or an entity's ";") with at most LONGEST visible characters after it. Prose
 * ends otherwise, and CREDIT, unanchored, with letter classes and a lookbehind, is not compiled.
 */
function mayEndWithCredit(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charAt(end - 1) === '.') end--;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charAt(end - 1) === ')') return text.lastIndexOf('(', end) >= 0;
  let visible = 0;
  for (let i = end - 1; i >= 0 && visible <= LONGEST; i--) {
    const c = text.charAt(i);
    if (c === '-' || c === '–' || c === '—' || c === ';') return true;
    if (!isSpace(text.charCodeAt(i))) visible++;
  }
  return false;
}

const rule: Rule = {
  id: 'agency-credit',
  description: 'Removes the news agency credit that closes wire copy ("… on Tuesday. - Reuters", "…2022.- UTUSAN", "(AFP)"), glued to the last sentence or alone.',
  zone: 'tail',
  apply(ctx) {
    const last = ctx.all.at(-1);
    if (!last || !ctx.lines.includes(last)) return;
    if (opensWithMark(last.text) && ALONE.test(last.text)) return ctx.remove(last);
    const m = mayEndWithCredit(last.text) ? CREDIT.exec(last.text) : null;
    if (m) ctx.cut(last, m.index);
  },
};
export default rule;
