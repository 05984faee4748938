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
