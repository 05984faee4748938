import { family, hitsAtEnd } from '../phrases/match.js';
import { reprintNotices } from '../phrases/reprint.js';
import type { Rule } from '../rule.js';
import { spaceSeparated } from '../text/fold.js';

// Reprint and copyright notices close a post, on their own line or glued after its last sentence.
// The notice runs to the end of its line and stays short: an article about copyright law that
// quotes such a sentence goes on, and keeps it.
const NOTICES = family(reprintNotices, '(?<rest>.*)');
// What follows the notice's phrase is more of the notice, after a space or its punctuation: a
// clause glued on ("無断転載禁止の表示は、…") makes the phrase a sentence's subject.
const NOTICE_GOES_ON = /^(?:$|[\s\p{P}\p{S}])/u;
const MAX_WORDS = 40;
const MAX_CHARS = 120;
const AFTER_SENTENCE = /[.!?。！？"”»)）]$/u;
/** A footer naming its own site: as sure as a Yoast footer's. */
const SITE_WEIGHT = 50;
// Whoever a notice names that is no publisher: "版权归作者所有" (the author owns it), "原作者".
const NOT_A_SITE = /^(?:原?作者|译者|本人|我们|本站|本网|本刊)$/u;

/**
 * The publisher a notice names, as the article's language writes it: "极客公园 GeekPark" (the
 * name and its Latin alias) is 极客公园.
 */
export function publisherOf(raw: string | undefined): string | null {
  const name = (raw ?? '').replace(/^[\s:：“”"「」《》]+|[\s:：“”"「」《》,，。]+$/gu, '');
  if (!name || name.length > 40 || NOT_A_SITE.test(name) || /[，。；！？]/u.test(name)) return null;
  const alias = /^([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]\S*)\s+[\p{Script=Latin}\d][\p{Script=Latin}\d .&-]*$/u.exec(name);
  return alias?.[1] ?? name;
}

const rule: Rule = {
  id: 'reprint-notice',
  description: 'Removes reprint and copyright notices under a post ("本文由…原创发布，转载请…", "转载请注明", "Nachdruck nur mit Genehmigung"), in many languages.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = hitsAtEnd(NOTICES, line.text, (h) => {
        const rest = line.text.slice(h.start);
        const before = line.text.slice(0, h.start).trim();
        const after = h.groups.rest ?? '';
        // A phrase that ends on its own colon ("版权声明：") is a label: what follows is the notice.
        const labelled = /[\p{P}]$/u.test(line.text.slice(0, h.end - after.length));
        return (labelled || NOTICE_GOES_ON.test(after)) && spaceSeparated(rest, MAX_WORDS + 1) <= MAX_WORDS && rest.length <= MAX_CHARS && (before === '' || AFTER_SENTENCE.test(before));
      }, true);
      if (!hit) continue;
      const site = publisherOf(hit.groups.site);
      if (site) ctx.meta('site', site, line, SITE_WEIGHT);
      if (line.text.slice(0, hit.start).trim() === '') ctx.remove(line, hit.lang);
      else ctx.cut(line, hit.start, line.text.length, hit.lang);
    }
  },
};
export default rule;
