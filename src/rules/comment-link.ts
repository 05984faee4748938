import type { LineRef } from '../rule.js';
import { fold } from '../text/fold.js';
import { commentPrompt } from './comment-count.js';

// A theme's post footer keeps its comment link after the credit, set off by a bar or a dot:
// "Posted by Jane Doe at 10:30 AM | 3 comments", "Entry posted by jdoe | No comments",
// "Publié par Marie · 4 commentaires". The link is a comment prompt in any of its languages.
const LINK_SEPARATOR = /\s+[|·•]\s+/u;
const LINK_SEPARATORS = new RegExp(LINK_SEPARATOR.source, 'gu');

export function withoutCommentLink(line: LineRef): LineRef {
  if (keepsCommentLinks(line.text)) return line;
  const parts = line.text.split(LINK_SEPARATOR);
  if (parts.length < 2) return line;
  while (parts.length > 1 && commentPrompt((parts.at(-1) ?? '').replace(/[:.]$/u, '').trim())) parts.pop();
  const text = parts.join(' | ');
  return text === line.text ? line : { ...line, text, folded: fold(text) };
}

/**
 * Whether withoutCommentLink() gives the line back as it is: no separator, or none but " | " and a
 * last part that is no comment prompt. Read without splitting: a paragraph of a page's <br> lines
 * with a bar in each was cut into 130,000 parts and joined again into a copy of its 20 MB.
 */
function keepsCommentLinks(text: string): boolean {
  let last: RegExpExecArray | null = null;
  let pipes = true;
  LINK_SEPARATORS.lastIndex = 0;
  for (let m = LINK_SEPARATORS.exec(text); m; m = LINK_SEPARATORS.exec(text)) {
    last = m;
    pipes &&= m[0] === ' | ';
  }
  if (!last) return true;
  return pipes && !commentPrompt(text.slice(last.index + last[0].length).replace(/[:.]$/u, '').trim());
}
