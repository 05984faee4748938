import { agencies } from '../phrases/agencies.js';
import type { Rule } from '../rule.js';

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

const rule: Rule = {
  id: 'agency-credit',
  description: 'Removes the news agency credit that closes wire copy ("… on Tuesday. - Reuters", "…2022.- UTUSAN", "(AFP)"), glued to the last sentence or alone.',
  zone: 'tail',
  apply(ctx) {
    const last = ctx.all.at(-1);
    if (!last || !ctx.lines.includes(last)) return;
    if (ALONE.test(last.text)) return ctx.remove(last);
    const m = CREDIT.exec(last.text);
    if (m) ctx.cut(last, m.index);
  },
};
export default rule;
