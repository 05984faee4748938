import { editorCredits } from '../phrases/editor-credit.js';
import { family, wholeLine } from '../phrases/match.js';
import type { Rule } from '../rule.js';
import { endsLikeSentence, spaceSeparated, startsLower } from '../text/fold.js';

// A news site's staff credit at the edges of a story ("责任编辑：靖宇", "Edited by Jane Doe"): a
// label, then a name or two. Only a short line that is not a sentence goes: "Edited by hand, the
// photos kept their grain." and "Redaktion: Die Stadt plant neue Radwege." are the story's.
const CREDITS = family(editorCredits, String.raw`\s*(?<name>\S.*)`);
const MAX_LINE = 80;
const MAX_NAME_TOKENS = 6;

const isNames = (name: string): boolean =>
  spaceSeparated(name, MAX_NAME_TOKENS + 1) <= MAX_NAME_TOKENS && !startsLower(name) && !endsLikeSentence(name) && !/,\s*\p{Ll}/u.test(name);

const rule: Rule = {
  id: 'editor-credit',
  description: 'Removes the editor and proofreader credits at the edges of a story ("责任编辑：靖宇", "Edited by Jane Doe", "Редактор: Анна Петрова"), in many languages.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.text.length > MAX_LINE) continue;
      const hit = wholeLine(CREDITS, line.folded, (h) => isNames(h.groups.name ?? ''));
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
