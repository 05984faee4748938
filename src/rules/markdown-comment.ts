import type { Rule } from '../rule.js';
import { fold } from '../text/fold.js';

// Markdown has no comment syntax, so writers and translation projects borrow the link reference
// definition, which renders as nothing: "[//]: # (note)", "[comment]: <> (note)", and the
// "[#]: subject: (…)" / "[#]: translator: ( )" headers translation teams put above a reposted
// article to track its source, translator and reviewer. A reader of the rendered post never sees
// them; in a dump they are metadata lines, never prose.
const PATTERNS = [
  /^\[(?:\/\/|#|comment|comments|note|todo|_?metadata_?(?::[\w-]+)?)\]:\s*(?:#|<>)?\s*(?:\(.*\)|"[^"]*"|'[^']*')?$/i,
  /^\[#\]:\s*[\p{L}][\p{L}\p{N} _-]{0,30}:\s*(?:\(.*\)|\S.*)?$/iu,
];

// Both patterns open with "[": a line whose folded start is anything else is not folded whole
// (a paragraph may be the whole body). Folding maps characters one by one but for white space
// and character references (none longer than 33 characters), so a head that still folds to some
// text starts as the whole line folds; one that is mostly space is folded whole.
const HEAD = 64;
const SURE = 16;

function mayOpenWithBracket(text: string): boolean {
  if (text.length <= HEAD) return true;
  const head = fold(text.slice(0, HEAD));
  return head.length < SURE || head.startsWith('[');
}

const rule: Rule = {
  id: 'markdown-comment',
  description: 'Removes Markdown comment lines that render as nothing ("[//]: # (note)", "[comment]: <> (note)", "[#]: translator: (name)").',
  zone: 'anywhere',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (mayOpenWithBracket(line.text) && line.folded.startsWith('[') && PATTERNS.some((p) => p.test(line.folded))) ctx.remove(line);
    }
  },
};
export default rule;
