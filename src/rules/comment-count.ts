import { commentPrompts } from '../phrases/comment-prompts.js';
import type { Rule } from '../rule.js';
import { endsLikeSentence, lettersKey } from '../text/fold.js';

// A theme's comment link and notices flattened into the text under a post ("12 Kommentare",
// "Comments (3)", "Deixe um comentário", "Les commentaires sont fermés"): the phrases of
// src/phrases/comment-prompts.ts, whole line, a count before or after. Only in the tail, and a bare
// word ("Kommentare") only when no prose follows: over the readers' comments it is their heading,
// and those comments are no business of a phrase list.
const PROMPTS = new Set(commentPrompts.flatMap((set) => set.phrases.map(lettersKey)));
const LANG = new Map(commentPrompts.flatMap((set) => set.phrases.map((p) => [lettersKey(p), set.lang] as const)));
const LONGEST = Math.max(...[...PROMPTS].map((p) => p.length)) + 16;
const COUNT = /^(?:(\d+) )?(.*?)(?: (\d+))?$/u;

/** The prompt `text` is, a count aside: its language and whether a count came with it, or null. */
export function commentPrompt(text: string): { lang: string | undefined; counted: boolean } | null {
  if (text.length > LONGEST) return null;
  const m = COUNT.exec(lettersKey(text));
  const phrase = m?.[2] ?? '';
  if (!PROMPTS.has(phrase)) return null;
  return { lang: LANG.get(phrase), counted: m?.[1] !== undefined || m?.[3] !== undefined };
}

const rule: Rule = {
  id: 'comment-count',
  description: 'Removes comment counts, calls and notices under a post ("12 Kommentare", "Comments (3)", "Deixe um comentário"), in many languages.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const prompt = commentPrompt(line.text.trim());
      if (!prompt) continue;
      if (!prompt.counted && ctx.all.some((l) => l.n > line.n && endsLikeSentence(l.text))) continue;
      ctx.remove(line, prompt.lang);
    }
  },
};
export default rule;
