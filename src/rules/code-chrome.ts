import { family, wholeLine } from '../phrases/match.js';
import { codeToolbars } from '../phrases/code-chrome.js';
import type { Rule } from '../rule.js';

// A highlighter's toolbar over a code block (src/phrases/code-chrome.ts), kept as a line of its
// own wherever the block stands: "view plaincopy to clipboardprint?", "PLAIN TEXT", "Copy code",
// "Code language: PHP (php)". A language label must name a language, a word or two with its
// identifier in brackets at most: "Code language: it is what we teach first" is a sentence.
const LINE = family(codeToolbars, String.raw`\s*[:.]?`);
const LANGUAGE = /^[\p{L}\p{N}#+.\-/ ]{1,30}(?:\s\([\w#+.\-]{1,30}\))?$/u;
const MAX_CHARS = 80;
// iG:Syntax Hiliter sets its label in capitals; "Plain text" in sentence case heads a section on
// file formats.
const PLAIN = /^plain\s+text\s*:?$/iu;
const labelOk = (text: string): boolean => !PLAIN.test(text.trim()) || text === text.toUpperCase();

const rule: Rule = {
  id: 'code-chrome',
  description: 'Removes the toolbar text of syntax-highlighting plugins over a code block ("view plaincopy to clipboardprint?", "PLAIN TEXT", "Copy code", "Code language: PHP (php)") in many languages.',
  zone: 'anywhere',
  meta: { inArticle: true, lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.text.length > MAX_CHARS) continue;
      const hit = labelOk(line.text) ? wholeLine(LINE, line.text, (h) => h.groups.x === undefined || LANGUAGE.test(h.groups.x.trim())) : null;
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
