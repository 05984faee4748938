import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { loadMarkdownIt } from '../../markdown/deps.js';
import { closingFence } from '../../readers/md.js';
import { shorten } from '../report.js';
import type { CheckRule, FileContext, Issue } from '../rule.js';

/**
 * Raw HTML and doubly-escaped entities in Markdown: left by an import that pasted a feed's HTML
 * into a Markdown file. markdown-it, with HTML on, tells which parts are markup (a code span or
 * fence showing a tag is not), and it decodes one level of entities, so an entity still standing
 * in a text token was escaped twice ("&amp;amp;").
 */
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

let parser: MarkdownIt | null = null;
function markdownIt(): MarkdownIt {
  parser ??= loadMarkdownIt()({ html: true });
  return parser;
}

function issues(ctx: FileContext): Issue[] {
  const out: Issue[] = [];
  const bodyStart = (closingFence(ctx.lines) ?? -1) + 1;
  const body = ctx.lines.slice(bodyStart).join('\n');
  const locate = (first: number, needle: string, message: string) => {
    // The token knows its lines; the column is where the markup first appears on one of them.
    for (let n = first; n < ctx.lines.length; n += 1) {
      const at = ctx.lines[n]?.indexOf(needle) ?? -1;
      if (at !== -1) return out.push({ line: n + 1, column: at + 1, endColumn: at + 1 + needle.length, message });
    }
    return out.push({ line: first + 1, message });
  };
  const visit = (tokens: readonly Token[], line: number) => {
    for (const t of tokens) {
      const at = t.map ? bodyStart + t.map[0] : line;
      if (t.type === 'html_block' || t.type === 'html_inline') {
        const tag = /<\/?[a-z][^\s>]*/i.exec(t.content)?.[0] ?? t.content.trim().split('\n')[0] ?? '';
        if (!/^<!--/.test(tag)) locate(at, tag, `Raw HTML "${shorten(t.content.trim().split('\n')[0] ?? '', 60)}" in Markdown text`);
      } else if (t.type === 'text') {
        const entity = ENTITY.exec(t.content)?.[0];
        if (entity) locate(at, `&amp;${entity.slice(1)}`, `Entity "${entity}" is escaped twice (shows as "${entity}" to readers)`);
      }
      if (t.children) visit(t.children, at);
    }
  };
  visit(markdownIt().parse(body, {}), bodyStart);
  return out;
}


const rule: CheckRule = {
  id: 'leftover-markup',
  description: 'Raw HTML tags or doubly-escaped entities ("&amp;amp;") in the text of a Markdown file.',
  meta: { severity: 'warning' },
  check: (ctx) => (ctx.format === 'md' ? issues(ctx) : []),
};
export default rule;
