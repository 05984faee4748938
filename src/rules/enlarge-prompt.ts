import { family, hitsAtEnd, wholeLine } from '../phrases/match.js';
import { enlargePrompts } from '../phrases/enlarge.js';
import type { Rule } from '../rule.js';

// A picture's or a map's "Click to enlarge" the copy kept without the picture's link (the picture
// itself went with the markup): on a line of its own wherever the picture stood, or in brackets
// closing its caption ("The new platform (click to enlarge)"), where only the brackets go. A prompt
// that runs on ("Click to enlarge the window, then drag it") is an instruction and stays whole.
const LINE = family(enlargePrompts, String.raw`\s*[.!:…»→]*`);
const BRACKETED = family(enlargePrompts, String.raw`\s*[.!…]*\s*[)\]]\s*[.:]?`);
const OPEN_BRACKET = /[([]\s*$/u;
const MAX_CHARS = 400;

const rule: Rule = {
  id: 'enlarge-prompt',
  description: 'Removes a picture\'s or a map\'s prompt the copy kept without its link ("Click to enlarge", "View larger map", "Klicken zum Vergrößern"), as a line or in brackets closing a caption.',
  zone: 'anywhere',
  meta: { inArticle: true, lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text;
      if (text.length > MAX_CHARS) continue;
      const whole = wholeLine(LINE, text);
      if (whole) {
        ctx.remove(line, whole.lang);
        continue;
      }
      const hit = hitsAtEnd(BRACKETED, text, (h) => OPEN_BRACKET.test(text.slice(0, h.start)));
      if (!hit) continue;
      const open = OPEN_BRACKET.exec(text.slice(0, hit.start));
      const before = text.slice(0, open?.index ?? 0).trimEnd();
      if (before === '') {
        ctx.remove(line, hit.lang);
        continue;
      }
      // The caption's own closing punctuation after the brackets stays: "comparisons (click to enlarge):".
      const close = Math.max(text.lastIndexOf(')', hit.end), text.lastIndexOf(']', hit.end));
      ctx.cut(line, before.length, close + 1, hit.lang);
    }
  },
};
export default rule;
