import { family, hitsAtEnd, loose, wholeLine, type Family, type Hit, type PhraseSet } from '../phrases/match.js';
import { appealLeads, appeals } from '../phrases/appeals.js';
import { commentCalls } from '../phrases/comment-prompts.js';
import { followCalls } from '../phrases/follow.js';
import { followServices, shareCalls, shareServices } from '../phrases/share.js';
import { subscribeCalls } from '../phrases/subscribe-calls.js';
import { tipCalls } from '../phrases/tip-calls.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { spaceSeparated, startsUpper } from '../text/fold.js';

// Calls to follow, subscribe or donate that a site appends to every post (src/phrases/follow.ts),
// and the profile links under them ("Telegram: https://t.me/…"). The call opens its line, or the
// last sentence of a paragraph, at the edges (page chrome puts "Síguenos en Facebook" above the
// article), and stays short: an article that discusses newsletters keeps its paragraphs.
const CALLS = family(followCalls, '.*');
// The newsletter boxes' and support boxes' words (the DOM rules subscribe-call and support-appeal
// read them in markup) are calls too once a feed or a page has become lines: "Sign up for our daily
// newsletter", "Become a patron". Their `{any}` (a few words) is a placeholder here like any other.
// Their openings are common words ("Support us, the chair told the crowd…"): only a short call counts.
const asCalls = (sets: readonly PhraseSet[]): PhraseSet[] => sets.map((s) => ({ lang: s.lang, phrases: s.phrases.map((p) => p.replaceAll('{any}', '{x}')) }));
// So is a post's own closing call to comment or to share ("What do you think? Let us know in the
// comments", "If you liked this article, share it"): "Please share this article only if…, the
// volunteers joked" runs on as prose. And a newsroom's call for tips and corrections (src/phrases/tip-calls.ts).
const BOX_CALLS = family([...asCalls(subscribeCalls), ...appeals, ...commentCalls, ...shareCalls, ...tipCalls], '.*');
const MAX_BOX_WORDS = 15;

/**
 * The hit of `f` ending `text` whose call runs within `maxWords` words to the end: only the line's
 * last words are searched (a paragraph's whole text was a tenth of the text path's time). A hit
 * further back has more words after it, and `accept` (placed()) turns it down anyway.
 */
function callAtEnd(f: Family, text: string, maxWords: number, accept: (hit: Hit) => boolean): Hit | null {
  let from = text.length;
  for (let words = 0; from > 0 && words <= maxWords; words++) {
    const space = text.lastIndexOf(' ', from - 1);
    from = space < 0 ? 0 : space;
  }
  // A short line is searched whole (its hits are kept by its text, see match.ts); words that long
  // are no call, and the whole line is searched as hitsAtEnd searches one.
  if (from === 0 || text.length - from > LONGEST_CALL) return hitsAtEnd(f, text, accept);
  const shift = (h: Hit): Hit => ({ ...h, start: h.start + from, end: h.end + from });
  const hit = hitsAtEnd(f, text.slice(from), (h) => accept(shift(h)));
  return hit ? shift(hit) : null;
}
const LONGEST_CALL = 4096;

// A profile line names a service of the shared table (src/phrases/share.ts), in any script
// ("ВКонтакте: https://vk.com/…", "YouTube Shorts: https://…"), then its address or handle.
const PROFILE = new RegExp(
  `^(?:${[...new Set([...shareServices, ...followServices, 'Twitch', 'Discord'])].sort((a, b) => b.length - a.length).map(loose).join('|')})(?: \\p{L}+)?\\s*:\\s*(?:https?:\\/\\/|@)\\S+$`,
  'iu',
);
function mayBeProfile(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 0 && (text.includes('//', colon) || text.includes('@', colon));
}
const MAX_WORDS = 45;
// A short question that leads into the call is the call's ("What do you think? Let us know…").
const QUESTION = /(?:^|[.!?。！？]["'”’»)]*\s+)([¿¡]?\p{Lu}[^.!?。！？]{0,80}[?？])\s*$/u;
const MAX_QUESTION_WORDS = 8;

// A newsroom's word about itself just before its call ("X is an independent, nonprofit newsroom.
// Support our work.") is the appeal's opening, never the story's: it goes with the call.
const LEADS = family(appealLeads, String.raw`\s*[.!]?`);
const LAST_SENTENCE = /(?:^|[.!?]["'”’»)]*\s+)([^.!?]{3,160}[.!?])\s*$/u;

function ledBefore(text: string, start: number): number {
  const m = LAST_SENTENCE.exec(text.slice(0, start));
  const sentence = m?.[1];
  return m && sentence && wholeLine(LEADS, sentence) ? m.index + m[0].indexOf(sentence) : start;
}

function askedBefore(text: string, start: number): number {
  const m = QUESTION.exec(text.slice(0, start));
  const question = m?.[1];
  return m && question && spaceSeparated(question, MAX_QUESTION_WORDS + 1) <= MAX_QUESTION_WORDS ? start - (m[0].length - m[0].indexOf(question)) : start;
}
const LIST_MARKER = /^\s*(?:[-*•·]|\d+[.)])\s*$/u;
// A call glued on without a full stop is one sentence: more after it is the article going on.
const SENTENCE_BREAK = /[.!?。！？]["'”’»)]*\s+\S/u;
const AFTER_SENTENCE = /[.!?。！？"”»)]$/u;

// A video's or a podcast's description puts the call's address on the line under it ("Sign up on
// Patreon…" / "https://…"): a bare address in the call's paragraph is the call's.
const BARE_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/iu;
function addressUnder(ctx: RuleContext, line: LineRef): void {
  const next = ctx.all[ctx.all.indexOf(line) + 1];
  if (next && next.block === line.block && BARE_ADDRESS.test(next.text.trim()) && (ctx.inHead(next.n) || ctx.inTail(next.n))) ctx.remove(next);
}

const rule: Rule = {
  id: 'follow-call',
  description: 'Removes calls to follow, subscribe, donate, comment and share ("Follow us on …", "Síguenos en …", "Buy me a coffee", "Let us know in the comments") and social profile lines at the edges, in many languages.',
  zone: 'edges',
  // A call that runs to the end of the body needs no full stop before it (see placed below).
  meta: { lineLocal: true, alsoReads: ['last'] },
  apply(ctx) {
    const last = ctx.all.at(-1);
    for (const line of ctx.lines) {
      // A profile's address has "//" or "@" after a colon: most lines need no run of the long list.
      if (mayBeProfile(line.text) && PROFILE.test(line.text.trim())) {
        ctx.remove(line);
        continue;
      }
      const placed = (max: number) => (h: Hit) => {
        const before = line.text.slice(0, h.start).replace(LIST_MARKER, '').trim();
        if (spaceSeparated(line.text.slice(h.start), max + 1) > max) return false;
        // Feeds flatten a podcast's or a blog's closing call onto its last paragraph with only
        // spaces between ("Hosts: Ana, Leo   Paste this link into…"): a capitalised call that runs
        // to the very end of the body needs no full stop before it.
        const call = line.text.slice(h.start);
        return before === '' || AFTER_SENTENCE.test(before) || (line === last && startsUpper(call) && !SENTENCE_BREAK.test(call));
      };
      const hit = callAtEnd(CALLS, line.text, MAX_WORDS, placed(MAX_WORDS)) ?? callAtEnd(BOX_CALLS, line.text, MAX_BOX_WORDS, placed(MAX_BOX_WORDS));
      if (!hit) continue;
      const start = ledBefore(line.text, askedBefore(line.text, hit.start));
      if (line.text.slice(0, start).replace(LIST_MARKER, '').trim() === '') {
        ctx.remove(line, hit.lang);
        addressUnder(ctx, line);
      } else ctx.cut(line, start, line.text.length, hit.lang);
    }
  },
};
export default rule;
