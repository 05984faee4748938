import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';

/**
 * HTML bodies to Markdown with turndown (the card's choice, and Postlight's): ATX headings,
 * fenced code, "-" bullets, and GitHub's tables and ~~strikethrough~~.
 */
let service: TurndownService | null = null;

// turndown leaves "<" and "&" alone. But text that reads "<script>" (escaped in the HTML) would be
// raw HTML in Markdown, and text that reads "&amp;" (an escaped "&amp;amp;") an entity reference
// that renders as "&". Both get a backslash, as escapeMarkdown() gives plain paragraphs.
const UNSAFE = /<|&(?=#?[a-z0-9]+;)/gi;

// The little of turndown's DOM that a list item needs (the project compiles without the DOM lib).
interface ListNode {
  nodeName: string;
  parentNode: ListNode | null;
  nextSibling: unknown;
  children: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
}

/** turndown's list item with one space after the marker ("- item", "1. item"), not three. */
const listItem: TurndownService.Rule = {
  filter: 'li',
  replacement(content, dom, options) {
    const node = dom as unknown as ListNode;
    const parent = node.parentNode;
    let prefix = `${options.bulletListMarker ?? '-'} `;
    if (parent?.nodeName === 'OL') {
      const start = parent.getAttribute('start');
      const index = Array.prototype.indexOf.call(parent.children, node);
      prefix = `${start ? Number(start) + index : index + 1}. `;
    }
    const paragraph = content.endsWith('\n');
    const body = content.replace(/^\n+/, '').replace(/\n+$/, '') + (paragraph ? '\n' : '');
    return prefix + body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) + (node.nextSibling ? '\n' : '');
  },
};

function create(): TurndownService {
  const created = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  created.use([tables, strikethrough]);
  created.addRule('listItem', listItem);
  const escape = created.escape.bind(created);
  created.escape = (text) => escape(text).replace(UNSAFE, (c) => `\\${c}`);
  return created;
}

export function htmlToMarkdown(html: string): string {
  service ??= create();
  return service.turndown(html);
}

// A start or end tag with any attributes (quoted values may hold ">"), or a "<" that starts
// neither (a comment, a declaration): markup the pieces below are not cut around.
const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|</g;
const VOID = new Set(['br', 'img', 'hr', 'wbr', 'input', 'source', 'track', 'area', 'col', 'embed', 'meta', 'link', 'base', 'param']);
// Text that turndown neither trims nor reads together with what is beyond it: not white space
// (no-break spaces included), not the end of a tag, not a character reference.
const SHOWN_BEFORE = /[^\s>;]/;
const SHOWN_AFTER = /[^\s<&]/;

interface Cut {
  /** The piece so far ends here (before the <br> or after the </p>)... */
  end: number;
  /** ...and the next one starts here, reopened with `reopen` (the paragraph's start tag) for a <br>. */
  next: number;
  reopen: string;
  /** What turndown writes between the two. */
  join: string;
}

/**
 * The places `html` can be cut so that turndown of the pieces, joined, gives turndown of the
 * whole: at a <br> directly in a top-level paragraph, and between two top-level paragraphs, where
 * shown text on both sides leaves turndown nothing to trim or escape differently. At most one
 * every `size` units. Null where the markup is not read here (a comment, a stray "<").
 */
function cuts(html: string, size: number): Cut[] | null {
  const out: Cut[] = [];
  let depth = 0;
  let paragraph: { open: string } | null = null;
  let closed = -1;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [tag, slash, rawName] = m;
    if (rawName === undefined) return null;
    const name = rawName.toLowerCase();
    const at = m.index;
    const after = at + tag.length;
    if (slash) {
      depth -= 1;
      if (depth === 0 && name === 'p') closed = SHOWN_BEFORE.test(html[at - 1] ?? '') ? after : -1;
      if (depth === 0) paragraph = null;
      continue;
    }
    if (VOID.has(name)) {
      const rest = /^[ \t\r\n]*/.exec(html.slice(after, after + 64))?.[0].length ?? 0;
      if (depth === 1 && paragraph && name === 'br' && at - last >= size && SHOWN_BEFORE.test(html[at - 1] ?? '') && SHOWN_AFTER.test(html[after + rest] ?? '')) {
        out.push({ end: at, next: after, reopen: paragraph.open, join: '  \n' });
        last = at;
      }
      if (depth === 0) closed = -1;
      continue;
    }
    if (depth === 0) {
      const between = closed === -1 ? null : html.slice(closed, at);
      if (between !== null && (between === '' || between === '\n') && name === 'p' && at - last >= size && SHOWN_AFTER.test(html[after] ?? '')) {
        out.push({ end: closed, next: at, reopen: '', join: '\n\n' });
        last = at;
      }
      paragraph = name === 'p' ? { open: tag } : null;
      closed = -1;
    }
    depth += 1;
  }
  return depth === 0 ? out : null;
}

/**
 * htmlToMarkdown(html).trim() in pieces: a big body is converted a stretch at a time (see cuts()),
 * each with a DOM of its own that is let go before the next, where the whole body's DOM (a node
 * per <br>) was several times the body's size.
 */
export function* htmlToMarkdownPieces(html: string, size = 1 << 18): Generator<string> {
  if (html.length <= 2 * size) {
    yield blockByBlock(html);
    return;
  }
  const places = cuts(html, size);
  if (!places || places.length === 0) {
    yield htmlToMarkdown(html).trim();
    return;
  }
  let start = 0;
  let reopen = '';
  for (const [i, cut] of places.entries()) {
    const markdown = htmlToMarkdown(`${reopen}${html.slice(start, cut.end)}${cut.reopen ? '</p>' : ''}`);
    yield i === 0 ? markdown.trimStart() : markdown;
    yield cut.join;
    start = cut.next;
    reopen = cut.reopen;
  }
  yield htmlToMarkdown(`${reopen}${html.slice(start)}`).trimEnd();
}

// A paragraph of text alone, its edges shown text and its only references the ones the sanitizer
// writes: what turndown makes of it is known without a DOM (see plainParagraph()).
const PLAIN_PARAGRAPH = /^<p>([^\s<&]|[^\s<&][^<]*[^\s<&;])<\/p>$/;
const OTHER_REFERENCE = /&(?!(?:amp|lt|gt|quot);)/;
// Characters the HTML parser drops or rewrites (NUL, CR) and controls turndown's spaces do not cover.
const PARSER_CHANGES = /[\u0000-\u0008\u000b-\u001f]/;
const REFERENCE = /&(amp|lt|gt|quot);/g;
const DECODED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/**
 * turndown's Markdown of `<p>text</p>`, or null when the paragraph is not that simple: the parser
 * decodes the four references, turndown collapses runs of spaces, tabs and newlines to one space
 * (none at the edges, which are shown text), escapes the text and trims what trails.
 */
export function plainParagraph(piece: string): string | null {
  const m = PLAIN_PARAGRAPH.exec(piece);
  const text = m?.[1];
  if (text === undefined || OTHER_REFERENCE.test(text) || PARSER_CHANGES.test(text)) return null;
  const decoded = text.includes('&') ? text.replace(REFERENCE, (_, name: string) => DECODED[name] ?? '') : text;
  service ??= create();
  return service.escape(decoded.replace(/[ \r\n\t]+/g, ' ')).replace(/[\t\r\n\s]+$/, '');
}

// Only a stretch's last characters are read for it (a page of many stretches stays linear).
const TAIL = 256;
// A stretch whose text ends in a space turndown does not collapse (a no-break space, as a
// character or a reference), maybe behind characters the parser drops and closing tags.
const TRAILING_SPACE = /(?:&nbsp;|&#0*160;|&#x0*a0;|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])[\s\u0000]*(?:<\/[a-z][a-z0-9]*>\s*)*$/i;

/**
 * htmlToMarkdown(html).trim(), with turndown run only over the stretches that are not plain
 * paragraphs: most of an article is text in <p>, and turndown built a DOM of all of it. The body is
 * cut where cuts() says turndown of the pieces, joined, is turndown of the whole.
 */
export function blockByBlock(html: string): string {
  // Characters the parser drops or rewrites move what turndown trims at a piece's edges: such a
  // body (the normalizer leaves none in a conversion's) goes to turndown whole.
  const places = PARSER_CHANGES.test(html) ? null : cuts(html, 0)?.filter((c) => c.reopen === '');
  if (!places || places.length === 0) return htmlToMarkdown(html).trim();
  const out: string[] = [];
  // The pending stretch of markup that is not plain paragraphs: [from, to).
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from !== -1) out.push(htmlToMarkdown(html.slice(from, to)));
    from = -1;
  };
  let start = 0;
  for (let i = 0; i <= places.length; i++) {
    const cut = places[i];
    const end = cut ? cut.end : html.length;
    // turndown trims what trails its output, no-break spaces too, which the whole body's keeps
    // before the next block: a stretch that ends in one runs on with what follows.
    const plain = from !== -1 && TRAILING_SPACE.test(html.slice(Math.max(from, to - TAIL), to)) ? null : plainParagraph(html.slice(start, end));
    if (plain === null) {
      if (from === -1) from = start;
      to = end;
    } else {
      flush();
      out.push(plain);
    }
    if (cut) start = cut.next;
  }
  flush();
  return out.join('\n\n').trim();
}
