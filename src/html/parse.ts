import type { AnyNode, Document } from 'domhandler';
import { normalizeLine } from '../normalize.js';
import { lineIndex } from '../text/line-index.js';
import { checkNesting, flattenDeep } from './depth.js';
import { loadHtmlparser2 } from './deps.js';
import { collapse, isText } from './dom.js';

export interface ParsedHtml {
  document: Document;
  /**
   * The input line of a node: where an element's start tag opens, where a text node's first
   * non-blank character is (a text node often starts with the line break after the tag before it).
   */
  lineOf(node: AnyNode): number;
}

export function parseHtml(html: string, firstLine = 1): ParsedHtml {
  checkNesting(html);
  const document = loadHtmlparser2().parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
  flattenDeep(document);
  const index = lineIndex(html);
  return {
    document,
    lineOf(node) {
      let at = node.startIndex ?? 0;
      if (isText(node)) {
        const skip = html.slice(at, (node.endIndex ?? at) + 1).search(/\S/);
        if (skip > 0) at += skip;
      }
      return index.lineAt(at) + firstLine - 1;
    },
  };
}

/** Text as a line holds it: normalized like every other reader's lines, whitespace collapsed. */
export function lineText(text: string): string {
  // Trimmed first: the same text (space runs become one space, the edges go either way), and a
  // text node that only opens with the line break after the tag before it (a line after a <br>)
  // stays a view of the markup instead of a copy of its own, which for a page of <br> lines was
  // as large again as the markup.
  return collapse(normalizeLine(text).trim());
}
