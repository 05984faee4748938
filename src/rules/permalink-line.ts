import type { Rule } from '../rule.js';
import { key } from '../text/fold.js';

// An archiver or a cross-post tool writes the post's own address on a line of its own, under the
// title or at the very end. It is the post's address when its slug spells the title: most of the
// slug's words are words of the title ("c20-concepts-the-definitive-guide" under "C++20 Concepts:
// The Definitive Guide"), and they cover much of the title. Any other bare link is the author's
// and stays, even when it shares a word or two with the title.
const BARE_URL = /^<?(https?:\/\/[^\s<>()[\]]+?)>?$|^\[(https?:\/\/[^\s\]]+)\]\((https?:\/\/[^\s)]+)\)$/;
/** Share of the slug's words the title must hold, and of the title's words the slug must. */
const SPELLED = 0.6;
const COVERED = 0.5;
const MIN_SLUG_WORDS = 3;

function slugWords(url: string): string[] {
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  const slug = decodeURIComponentSafe(path.split('/').pop() ?? '').replace(/\.\w{2,5}$/, '');
  return key(slug)
    .split(/[-_+.\s]+/)
    .filter((w) => /\p{L}/u.test(w) && !/^[0-9a-f]{8,}$/.test(w));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function spellsTitle(url: string, title: string): boolean {
  const words = slugWords(url);
  if (words.length < MIN_SLUG_WORDS) return false;
  const own = new Set(key(title).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const shared = new Set(words.filter((w) => own.has(w)));
  return shared.size / words.length >= SPELLED && shared.size / own.size >= COVERED;
}

const rule: Rule = {
  id: 'permalink-line',
  description: "Removes the post's own address left alone on a line under the title or at the end, known by a slug that spells the title.",
  zone: 'edges',
  apply(ctx) {
    if (!ctx.title) return;
    const all = ctx.all;
    for (const line of ctx.lines) {
      // Under the title or closing the text: a bare link in between is part of the story.
      if (line !== all[0] && line !== all[all.length - 1]) continue;
      const m = BARE_URL.exec(line.text.trim());
      const url = m?.[1] ?? m?.[3];
      if (!url || !spellsTitle(url, ctx.title)) continue;
      ctx.meta('url', url, line, 20);
      ctx.remove(line);
    }
  },
};
export default rule;
