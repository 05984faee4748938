import { commentPrompts, commentsOnPost } from '../phrases/comment-prompts.js';
import { family, wholeLine } from '../phrases/match.js';
import type { Rule } from '../rule.js';
import { countWords, endsLikeSentence, key, lettersKey, startsCapital } from '../text/fold.js';

// A theme's comment link and notices flattened into the text under a post ("12 Kommentare",
// "Comments (3)", "Deixe um comentário", "Les commentaires sont fermés"): the phrases of
// src/phrases/comment-prompts.ts, whole line, a count before or after. Only in the tail, and a bare
// word ("Kommentare") only when no prose follows: over the readers' comments it is their heading,
// and those comments are no business of a phrase list.
const PROMPTS = new Set(commentPrompts.flatMap((set) => set.phrases.map(lettersKey)));
const LANG = new Map(commentPrompts.flatMap((set) => set.phrases.map((p) => [lettersKey(p), set.lang] as const)));
const LONGEST = Math.max(...[...PROMPTS].map((p) => p.length)) + 16;
const COUNT = /^(?:(\d+) ?)?(.*?)(?: ?(\d+))?$/u;
// Counters that CJK scripts write after the number ("3件のコメント", "3 条评论", "댓글 3개").
const COUNTER = /(\d+)\s?(件|条|條|則)/gu;
const COUNTER_AFTER = /(\d+)\s?(?:개|건)$/u;

/** The prompt `text` is, a count aside: its language and whether a count came with it, or null. */
export function commentPrompt(text: string): { lang: string | undefined; counted: boolean } | null {
  if (text.length > LONGEST) return null;
  const m = COUNT.exec(lettersKey(text).replace(COUNTER, '$1 $2').replace(COUNTER_AFTER, '$1'));
  const phrase = m?.[2] ?? '';
  if (!PROMPTS.has(phrase)) return null;
  return { lang: LANG.get(phrase), counted: m?.[1] !== undefined || m?.[3] !== undefined };
}

// "2 thoughts on “<Title>”", "Leave a comment on <Title>" (src/phrases/comment-prompts.ts): the
// count is a number or "one" in a word, and the title this post's, or a short one in quotes.
const ON_POST = family(commentsOnPost, String.raw`\s*[.:]?`);
const COUNT_WORDS = new Set(['one', 'ein', 'eine', 'einen', 'une', 'un', 'una', 'uno', 'um', 'uma', 'één', 'een', 'en', 'ett', 'et', 'jeden', 'jedna', 'один', 'одна', 'одно', 'bir', 'satu', 'một', 'no']);
const MAX_TITLE_WORDS = 20;

// A word every phrase of ON_POST holds: many open with the count, so no first word rules a line out.
const ON_POST_WORD = /thought|respon|comment|coment|pensamento|komentá|repl|gedanke|kommentar|antwort|réflexion|réponse|respuest|pensamiento|pensier|rispost|gedacht|reacti|reaktion|svar|tank|komentar|myśl|odpowied|komentář|reakce|комментар|мысл|ответ|коментар|думк|yorum|düşünce|tanggapan|pemikiran|bình luận|フィードバック|コメント|评论|想法|leave a|laisser|deja un|deixe um|lascia un|laat een|lämna en|schreibe|verfassen|lời bình|hozzászólás|vastau|kommentti|komentár|myšlien|pensament|мнени|σκέψ|תגוב|رأي|آراء|رأيان|دیدگاه|ความเห็น|विचार|टिप्पणी|생각|댓글|відповід|απάντ|cevap|respost|απαντ/iu;

export function onPost(text: string, title: string | null): string | undefined {
  if (!ON_POST_WORD.test(text)) return undefined;
  const hit = wholeLine(ON_POST, text, (h) => {
    const n = (h.groups.n ?? '1').trim().toLowerCase();
    if (!/^\d+$/u.test(n) && !COUNT_WORDS.has(n)) return false;
    const post = (h.groups.post ?? '').trim();
    if (title !== null && key(post) === key(title)) return true;
    return post !== '' && countWords(post, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS && (startsCapital(post) || !/^[a-z]/u.test(post));
  });
  return hit ? hit.lang : undefined;
}

const rule: Rule = {
  id: 'comment-count',
  description: 'Removes comment counts, calls and notices under a post ("12 Kommentare", "Comments (3)", "Deixe um comentário"), in many languages.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const named = line.text.length <= LONGEST + 300 ? onPost(line.text.trim(), ctx.title) : undefined;
      if (named) {
        ctx.remove(line, named);
        continue;
      }
      const prompt = commentPrompt(line.text.trim());
      if (!prompt) continue;
      if (!prompt.counted && ctx.all.some((l) => l.n > line.n && endsLikeSentence(l.text))) continue;
      ctx.remove(line, prompt.lang);
    }
  },
};
export default rule;
