import { withStandIns, type Doc } from '../doc.js';
import type { DomRule } from '../dom-rule.js';
import { normalizeLine, type Line } from '../normalize.js';
import { parseDate } from '../metadata/dates/dates.js';
import { countWords, decodeHTMLStrict, key } from '../text/fold.js';
import { escapeHtml } from '../util/html.js';
import { blankLineParagraphs } from './blank-line-paragraphs.js';
import { htmlDoc } from './html-doc.js';
import { looksLikeTitle } from './title-line.js';

/**
 * The envelope an aggregator wraps around an item: the title as a plain line, a blank line, the
 * item's body (HTML as the feed carried it), a blank line and the item's own credit lines (author,
 * date, a permalink) as plain text. Read whole as HTML, the title would become a paragraph and the
 * credit lines would be glued onto the last one; read whole as text, the body's markup would stay.
 * So the envelope is read as lines and the body with the HTML reader.
 */

// Tags of HTML as post bodies carry it. A named list, so that "<T>" in a sentence about generics,
// or an e-mail's "<jane@site.org>", is not taken for markup.
const TAG =
  /<\/?(?:p|div|br|hr|a|img|ul|ol|li|dl|dt|dd|h[1-6]|blockquote|strong|em|b|i|u|s|q|span|font|center|small|big|sup|sub|del|ins|strike|cite|abbr|code|pre|figure|figcaption|picture|source|video|audio|iframe|embed|object|table|thead|tbody|tr|td|th|section|article|header|footer|aside|nav|main|form|input|button|script|style|noscript|svg)(?:\s[^<>]*)?\/?>|<\/[a-z][a-z0-9-]*\s*>|<!--/i;

/** Whether a line carries HTML markup. */
export const hasMarkup = (text: string): boolean => TAG.test(text);

// Credit lines are short: a name, a date, a permalink, a star. A longer block at the end is the
// body's own last paragraph written without tags, which stays a paragraph.
const MAX_CREDIT_LINES = 4;
const MAX_CREDIT_LENGTH = 160;
const MAX_CREDIT_WORDS = 14;
// A title line may be long (podcast episode titles run to forty words), but not a paragraph.
const MAX_TITLE_LENGTH = 400;

const isBlank = (l: Line | undefined): boolean => l === undefined || l.text.trim() === '';

export interface Envelope {
  /** The title line, when the dump has one. */
  head: Line | null;
  /** The title line printed a second time right below it, as aggregators do. */
  repeat?: Line | null;
  /** Credit lines between the title and the body, in input order. */
  credits?: Line[];
  /** The body's lines, blank ones included, numbered as in the input. */
  body: Line[];
  /** The credit lines after the body, in input order. */
  tail: Line[];
}

function creditLike(l: Line): boolean {
  const t = l.text.trim();
  return t.length <= MAX_CREDIT_LENGTH && !hasMarkup(t) && (countWords(t) <= MAX_CREDIT_WORDS || parseDate(t) !== null);
}

function titleLike(l: Line): boolean {
  const t = l.text.trim();
  return t.length <= MAX_TITLE_LENGTH && !hasMarkup(t) && !t.startsWith('<') && parseDate(t) === null;
}

// A line that opens with an element: a body written as HTML, not prose with a tag in it.
const OPENS_WITH_TAG = /^\s*<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|img|br|hr|section|article|video|audio|iframe|picture)(?:\s[^<>]*)?\/?>/i;

/**
 * The envelope of one dump's lines, or null when its body has no markup (a text dump) or nothing
 * around the markup is plain (an HTML body alone). `shaped`: the input was not declared HTML (a
 * text file, stdin), so the body must be written as HTML, lines opening with elements: a tag
 * inside a sentence of a text dump does not make it HTML.
 */
export function readEnvelope(lines: readonly Line[], shaped = false): Envelope | null {
  // The body is some of these lines: a text dump with no line opening with an element has none,
  // and its title and credit lines need not be read to learn that.
  if (shaped && !lines.some((l) => OPENS_WITH_TAG.test(l.text))) return null;
  const first = lines.findIndex((l) => !isBlank(l));
  const last = lines.findLastIndex((l) => !isBlank(l));
  if (first === -1) return null;
  let start = first;
  let head: Line | null = null;
  const top = lines[first] as Line;
  // A head over markup without text ("<p></p>") is the dump's only line of text, read as a text
  // dump's only line is: a title only if it passes for one, else the text output, read again,
  // would find a paragraph where this run found a title. It is read with the markup as the body.
  const textless = () => lines.slice(first + 1, last + 1).every((l) => l.text.replace(/<[^>]*>/g, '').trim() === '');
  let lone = false;
  let repeat: Line | null = null;
  if (titleLike(top)) {
    // Aggregators print the title twice: the copy right below it is the same line, not a body.
    const again = lines[first + 1];
    const twice = again !== undefined && !isBlank(again) && key(again.text) === key(top.text);
    const after = twice ? first + 2 : first + 1;
    if (isBlank(lines[after]) && after < last) {
      lone = !looksLikeTitle(top.text) && textless();
      if (!lone) {
        head = top;
        repeat = twice ? (again as Line) : null;
        start = after;
      }
    }
  }
  const credits = head ? headCredits(lines, start, last) : null;
  if (credits) start = credits.to;
  // The last block, when a blank line sets it apart and every line of it reads as a credit.
  let end = last + 1;
  let from = last;
  while (from > start && !isBlank(lines[from - 1])) from--;
  const block = lines.slice(from, last + 1);
  if (from > start + 1 && block.length <= MAX_CREDIT_LINES && block.every(creditLike)) end = from;
  else end = gluedCredits(lines, start, last) ?? end;
  const body = lines.slice(start, end);
  if (!body.some((l) => (shaped ? OPENS_WITH_TAG : TAG).test(l.text))) return null;
  const tail = lines.slice(end, last + 1);
  if (!head && !lone && tail.length === 0) return null;
  return { head, repeat, credits: credits?.block ?? [], body, tail };
}

/** Whether a block of lines reads as a dump's credit fields: a few short plain lines, a date last. */
function creditBlock(block: readonly Line[]): boolean {
  const lastLine = block.at(-1);
  return block.length > 0 && block.length <= MAX_CREDIT_LINES && block.every(creditLike) && lastLine !== undefined && parseDate(lastLine.text.trim()) !== null;
}

/**
 * Credit fields put under the title instead of after the body (author, date, between blank lines,
 * the body's markup below): read as plain lines, as the fields after the body are; read as HTML
 * they would run together into one paragraph with the name glued to the date. The date closing
 * the block is what tells the fields from a first paragraph written without tags.
 */
function headCredits(lines: readonly Line[], start: number, last: number): { block: Line[]; to: number } | null {
  let from = start;
  while (from <= last && isBlank(lines[from])) from++;
  let to = from;
  while (to <= last && !isBlank(lines[to])) to++;
  const block = lines.slice(from, to);
  return to < last && creditBlock(block) ? { block, to } : null;
}

// A line whose markup closes on it: the body's last element ends there.
const ENDS_WITH_TAG = />\s*$/;

/**
 * The index where credit fields start when no blank line parts them from the body: plain lines
 * right after the line where the body's last element closes, a date last ("</p>", "Jane Doe",
 * "2024-08-14T04:00:15Z"). Parsed as HTML they would be glued onto the body's last paragraph.
 */
function gluedCredits(lines: readonly Line[], start: number, last: number): number | null {
  let from = last;
  while (from > start && !isBlank(lines[from]) && !hasMarkup((lines[from] as Line).text)) from--;
  const above = lines[from];
  if (from <= start || above === undefined || isBlank(above) || !ENDS_WITH_TAG.test(above.text)) return null;
  return creditBlock(lines.slice(from + 1, last + 1)) ? from + 1 : null;
}

export interface EnvelopeOptions {
  /** The run's DOM rules, for the body. */
  domRules?: readonly DomRule[] | undefined;
  /** How many lines the whole input has (stand-in numbers start past them). */
  inputLines: number;
}

/** The Doc of an envelope: its title line, the body read as HTML, the credit lines as text lines. */
export function envelopeDoc(envelope: Envelope, options: EnvelopeOptions): Doc {
  const { head, body, tail, repeat, credits = [] } = envelope;
  const firstLine = body[0]?.n ?? 1;
  const inner = htmlDoc(blankLineParagraphs(body.map((l) => l.text)).join('\n'), { firstLine, ...(options.domRules ? { domRules: options.domRules } : {}), page: false });
  const doc: Doc = { ...inner, lines: [...inner.lines], removed: [...inner.removed], candidates: [...inner.candidates], format: 'text+html' };
  if (head) {
    const text = normalizeLine(decodeHTMLStrict(head.text.trim()));
    const title: Line = { n: head.n, text };
    keepDifferentHeading(doc, text);
    doc.title = title;
    doc.candidates.unshift({ field: 'title', value: text, from: 'text', line: head.n, weight: 60 });
    doc.removed.unshift({ rule: 'title', line: head.n, text: head.text.trim() });
    if (repeat) doc.removed.splice(1, 0, { rule: 'duplicate-title', line: repeat.n, text: repeat.text.trim() });
  }
  if (credits.length > 0) {
    const lines = credits.map((l) => ({ n: l.n, text: normalizeLine(decodeHTMLStrict(l.text)) }));
    doc.lines = [...lines, ...(doc.lines.length > 0 ? [{ n: credits.at(-1)?.n ?? 0, text: '' }] : []), ...doc.lines];
  }
  if (tail.length > 0) {
    if (doc.lines.length > 0) doc.lines.push({ n: tail[0]?.n ?? 0, text: '' });
    for (const l of tail) doc.lines.push({ n: l.n, text: normalizeLine(decodeHTMLStrict(l.text)) });
  }
  return withStandIns(doc, options.inputLines);
}

/**
 * The HTML reader takes a heading at the top of the body for the title. Under a title line (or a
 * record's title field) it is the title again (removed as a repeat) or a subheading, which is body
 * text and stays.
 */
export function keepDifferentHeading(doc: Doc, title: string): void {
  const taken = doc.candidates.findIndex((c) => c.field === 'title' && c.from === 'html');
  if (taken === -1) return;
  const heading = doc.candidates[taken];
  doc.candidates.splice(taken, 1);
  if (!heading) return;
  const removals = doc.removed.filter((r) => r.rule === 'title');
  if (key(heading.value) === key(title)) {
    for (const r of removals) r.rule = 'duplicate-title';
    return;
  }
  doc.removed = doc.removed.filter((r) => r.rule !== 'title');
  // Note: the heading's level is gone with the block; a subheading under a title is an h2.
  const html = `<h2>${escapeHtml(removals.map((r) => r.text).join(' '))}</h2>`;
  const lines: Line[] = removals.map((r) => ({ n: r.line, text: r.text, html }));
  doc.lines = doc.lines.length > 0 ? [...lines, { n: lines.at(-1)?.n ?? 0, text: '' }, ...doc.lines] : lines;
}

// A character reference: text that went through an HTML-escaping writer without tags (a feed's
// plain description). "AT&T" and "a&b=1" are not references.
const REFERENCE = /&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z][a-z0-9]{1,31});/i;

/** Lines of text that carry character references but no tags, decoded: they are text, escaped once. */
export function unescapeLines(lines: Line[]): Line[] {
  if (!lines.some((l) => REFERENCE.test(l.text))) return lines;
  return lines.map((l) => (REFERENCE.test(l.text) ? { ...l, text: normalizeLine(decodeHTMLStrict(l.text)) } : l));
}
