import { family, wholeLine } from '../phrases/match.js';
import { entryMeta, postedIn } from '../phrases/taxonomy.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { commentPrompt, onPost } from './comment-count.js';
import { parseDate } from '../metadata/dates/dates.js';
import { isAgeLine } from '../metadata/dates/relative.js';
import { endsLikeSentence, spaceSeparated, startsCapital, startsUpper } from '../text/fold.js';
import { foldedStart, tokensAtLeast } from '../text/fold-start.js';

// WP RSS Aggregator's item meta: "Published on: 2021-07-02" (its default
// Y-m-d) and the "%s ago" option ("2 days ago", "5 mins ago"). Its "Source: <Feed>" is via-line's
// and "By <Author>" head-byline's. A time-ago is relative to a scrape time: without `--now` to say
// when that was, it is removed without inventing a date. Theme post meta "Posted in <Category>" /
// "Filed under: <X>" sits under the article, so it is taken in the tail only, and only when it
// reads as a label.
const PUBLISHED = /^published on:? (.+)$/i;
// In every language (src/phrases/taxonomy.ts). English terms may be years ("Posted in 2019");
// elsewhere a label such as "Publicado em" also opens a date line, which stays for labelled-date.
const FILED = family(postedIn, String.raw`\s*:?\s+(?<terms>\S.*)`);
const MAX_LABEL_TOKENS = 10;
// WordPress's meta written out ("This entry was posted in News. Bookmark the permalink."): its own
// opening words, on a line no longer than such a sentence, filled with a category, a date or a name
// ("This entry was posted in a hurry" is the author's).
const ENTRY = family(entryMeta, '.*');
const MAX_ENTRY_TOKENS = 60;
// A theme's meta row: its pieces between bars ("Posted in News | Tagged budget | Leave a comment").
const PIECES = /\s+[|·•]\s+/u;
const LONG_LINE = 4096;

function filedTerms(lang: string, terms: string, now: Date | null): boolean {
  if (lang === 'en') return startsCapital(terms);
  return startsUpper(terms) && parseDate(terms, { now }) === null;
}

/** Every piece of a barred row is a "Posted in"/"Tagged" label, a comment link or a date. */
function metaRow(text: string, now: Date | null, title: string | null): string | null {
  if (!PIECES.test(text)) return null;
  const pieces = text.split(PIECES);
  if (pieces.length < 2) return null;
  let lang: string | null = null;
  for (const piece of pieces) {
    // Beside the row's other labels, terms need not look like names ("Tagged apples, cider").
    const hit = wholeLine(FILED, piece);
    if (hit) lang ??= hit.lang;
    else if (!commentPrompt(piece) && onPost(piece, title) === undefined && parseDate(piece, { now }) === null) return null;
  }
  return lang;
}

// Scripts without capitals fill the meta with their own words ("此条目发表在新闻分类目录…").
// Tags are often lower case ("This entry was tagged apples, cider."): the permalink that closes the meta vouches for them.
const PERMALINK = /permalink|permalien|permalänk|permalenk|kestolinkki|固定链接|パーマリンク|постоянную ссылку|enlace permanente|link permanente|bezpośredni odnośnik|постійне посилання|μόνιμο σύνδεσμο/iu;
const UNCASED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// A theme's "Posted on <date> in <Category>" ("Publié le <date> dans <catégorie>"): the date is
// the post's, the rest its category.
const POSTED_ON_IN = /^(posted on|published on|publié le|posté le|veröffentlicht am|gepostet am|publicado el|publicado em|pubblicato il|geplaatst op|gepubliceerd op) (.{6,60}?),? (?:in|dans|en|em|unter|sotto|op|under) ([^.!?]{1,60})$/iu;
const POSTED_ON_LANG: Record<string, string> = { p: 'en', v: 'de', g: 'de' };
/** The label's language: by its first word, where two languages share none. */
function labelLang(label: string): string {
  const l = label.toLowerCase();
  if (l.startsWith('publié') || l.startsWith('posté')) return 'fr';
  if (l.startsWith('publicado el')) return 'es';
  if (l.startsWith('publicado em')) return 'pt';
  if (l.startsWith('pubblicato')) return 'it';
  if (l.startsWith('geplaatst') || l.startsWith('gepubliceerd')) return 'nl';
  return POSTED_ON_LANG[l[0] ?? 'p'] ?? 'en';
}

function postedOnIn(ctx: RuleContext, line: LineRef): string | null {
  const m = POSTED_ON_IN.exec(line.folded);
  const date = m?.[2] ? parseDate(m[2], { now: ctx.now }) : null;
  if (!m || !date || !startsCapital(m[3] ?? '')) return null;
  ctx.meta('published', date.iso, line, 30, date.dayFirst);
  return labelLang(m[1] ?? '');
}

const rule: Rule = {
  id: 'aggregator-meta',
  // Its tail-only labels ask whether the line is in the tail, and a line that moves from the head
  // to the tail stays in this rule's zone (the edges) without changing.
  meta: { extracts: ['published'], lineLocal: true, alsoReads: ['edge'] },
  description: 'Removes WP RSS Aggregator meta lines ("Published on: <date>", "2 days ago") and a theme\'s post meta in the tail ("Posted in <Category> | Tagged …", "This entry was posted in … Bookmark the permalink."), in many languages.',
  zone: 'edges',
  apply(ctx) {
    for (const line of ctx.lines) {
      // A long line of many tokens can only be "Published on: ...", which opens it: folded only at its start.
      if (line.text.length > LONG_LINE && tokensAtLeast(line.text, MAX_LABEL_TOKENS + 1) && !/^published on/i.test(foldedStart(line.text))) continue;
      const text = line.folded;
      const published = PUBLISHED.exec(text)?.[1];
      if (published !== undefined) {
        const date = parseDate(published, { now: ctx.now });
        if (!date && !isAgeLine(published)) continue;
        if (date) ctx.meta('published', date.iso, line, 40, date.dayFirst);
        if (date?.note) ctx.note(date.note, line);
        ctx.remove(line);
      } else if (isAgeLine(text)) {
        const date = parseDate(text, { now: ctx.now });
        if (date) ctx.meta('published', date.iso, line, 40, date.dayFirst);
        if (date?.note) ctx.note(date.note, line);
        ctx.remove(line);
      } else if (ctx.inTail(line.n) && spaceSeparated(text, MAX_ENTRY_TOKENS + 1) <= MAX_ENTRY_TOKENS) {
        const label = spaceSeparated(text, MAX_LABEL_TOKENS + 1) <= MAX_LABEL_TOKENS && !endsLikeSentence(text);
        const filed = label ? wholeLine(FILED, text, (h) => filedTerms(h.lang, h.groups.terms ?? '', ctx.now)) : null;
        const lang = filed?.lang ?? wholeLine(ENTRY, text, (h) => h.groups.x === undefined || startsCapital(h.groups.x) || UNCASED.test(h.groups.x) || PERMALINK.test(text))?.lang ?? metaRow(text, ctx.now, ctx.title) ?? postedOnIn(ctx, line);
        if (lang) ctx.remove(line, lang);
      }
    }
  },
};
export default rule;
