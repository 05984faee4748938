import { withStandIns } from '../doc.js';
import type { Reader } from '../reader.js';
import { collectNow } from '../limits.js';
import { normalize } from '../normalize.js';
import { lineIndex } from '../text/line-index.js';
import { envelopeDoc, hasMarkup, readEnvelope } from './envelope.js';
import { blankLineParagraphs } from './blank-line-paragraphs.js';
import { htmlDoc } from './html-doc.js';
import textReader from './text.js';

// What may come before the first element: a byte-order mark, white space, comments, an XML
// declaration (XHTML).
const PREAMBLE = /^(?:\uFEFF|\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/;
const DOCUMENT = /^<(?:!doctype\s+html|html)[\s>]/i;
// The start tag must close: "<p" and a line break is text (a parser would read it as nothing).
const BLOCK_START = /^<(?:p|div|article|section|main|h[1-6]|ul|ol|blockquote|figure|table|pre|header)(?:\s[^<>]*)?>/i;
// Lines that belong to Markdown, not HTML: a README that opens with <p align="center"> is still Markdown.
const MARKDOWN_LINE = /^(?:#{1,6}\s|```|~~~|[-*+]\s|\d+\.\s|>\s)/;

/**
 * Markup all the way through: it opens with a block element and at least half of its lines begin
 * or end with a tag. A sniff looks only at the start of the input and loads no parser.
 */
export function mostlyMarkup(head: string): boolean {
  if (!BLOCK_START.test(head)) return false;
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  // Note: the last line of the sample may be cut anywhere, so it does not count.
  const sample = lines.length > 1 ? lines.slice(0, -1) : lines;
  if (sample.some((l) => MARKDOWN_LINE.test(l))) return false;
  return sample.filter((l) => l.startsWith('<') || l.endsWith('>')).length * 2 >= sample.length;
}

const reader: Reader = {
  id: 'html',
  description: 'HTML: a post body (Feedzy, WordPress) or a whole saved page, with its Open Graph and JSON-LD metadata.',
  extensions: ['html', 'htm'],
  sniff(text) {
    const head = text.replace(PREAMBLE, '');
    return DOCUMENT.test(head) || mostlyMarkup(head);
  },
  parse(text, options) {
    // A title line above the body or credit lines below it: an aggregator's envelope.
    const lines = DOCUMENT.test(text.replace(PREAMBLE, '')) ? [] : normalize(text);
    // Character references without a single tag: text escaped once (a feed's plain description).
    if (lines.length > 0 && !lines.some((l) => hasMarkup(l.text))) return textReader.parse(text, options).map((d) => ({ ...d, format: d.format ?? 'text' }));
    const envelope = readEnvelope(lines);
    if (envelope) return [envelopeDoc(envelope, { domRules: options.domRules, inputLines: lines.length })];
    // A post body without its envelope may part its paragraphs by blank lines too; a whole page does not.
    const body = lines.length > 0 ? blankLineParagraphs(text.split('\n')).join('\n') : text;
    const doc = withStandIns(htmlDoc(body, { domRules: options.domRules }), lineIndex(text).count);
    collectNow();
    return [doc];
  },
};
export default reader;
