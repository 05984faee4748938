import type { Rule } from '../rule.js';
import { countWords, key } from '../text/fold.js';

// Medium appends this paragraph to every item of a publication's feed (netflixtechblog.com/feed).
// The fixed clause after "on Medium" is what makes it safe: "was originally published in" alone
// is ordinary prose about books and papers. Feeds that strip the links lose the spaces around
// them ("…Solvers?was originally published inTDS Archiveon Medium, where…"). A feed that flattens
// paragraphs glues it to the end of the last one: then only the title and what follows go, the
// title told by the post's own or, failing that, by the sentence it is.
const FOOTER =
  /(?<=\S) ?was originally published in ?(.+?) ?on Medium, where people are continuing the conversation by highlighting and responding to this story\.?\s*$/i;
/** What the footer's last word must be: the scan is tried only then. */
const LAST_WORD = /story\.?\s*$/i;
const SENTENCE_START = /[.!?…]["”’)]?\s+/gu;
/** A title runs a few words; more before the footer is prose it was glued to. */
const MAX_TITLE_WORDS = 30;

/** Where the footer's title starts in `before` (the text in front of "was originally published"). */
function titleStart(before: string, title: string | null): number {
  const starts = [0, ...[...before.matchAll(SENTENCE_START)].map((m) => m.index + m[0].length)];
  if (title !== null && key(title).length >= 8) {
    const own = starts.find((s) => key(before.slice(s)) === key(title));
    if (own !== undefined) return own;
  }
  if (countWords(before, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS) return 0;
  return starts.at(-1) ?? 0;
}

const rule: Rule = {
  id: 'medium-footer',
  description: 'Removes the Medium feed footer "<Title> was originally published in <Pub> on Medium, ..." and keeps the publication as the site.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text;
      if (!LAST_WORD.test(text.slice(-8))) continue;
      const m = FOOTER.exec(text);
      if (!m) continue;
      const site = (m[1] ?? '').trim();
      if (site) ctx.meta('site', site, line, 60);
      const start = titleStart(text.slice(0, m.index), ctx.title);
      if (start === 0) ctx.remove(line);
      else ctx.cut(line, start, text.length);
    }
  },
};
export default rule;
