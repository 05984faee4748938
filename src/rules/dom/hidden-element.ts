import { attr, collapse } from '../../html/dom.js';
import { elementRule } from './define.js';

// Never displayed as text: code, styles, the no-script fallback (tracking pixels, mostly) and
// inert templates. sanitize-html would drop them anyway; removing them here puts them on record.
const TAGS = new Set(['script', 'style', 'noscript', 'template']);
const SNIPPET = 60;

/**
 * The code's first characters, whitespace collapsed. An inline script can hold hundreds of kB:
 * a prefix that collapses to more than the snippet collapses as the start of the whole does.
 */
function snippet(code: string): string {
  for (let size = 1024; ; size *= 8) {
    const part = size >= code.length ? code : code.slice(0, size);
    const head = collapse(part);
    if (head.length > SNIPPET) return `${head.slice(0, SNIPPET)}…`;
    if (part === code) return head;
  }
}

export default elementRule({
  id: 'hidden-element',
  description: 'Removes <script>, <style>, <noscript> and <template> elements, naming each script by its source or first characters.',
  facts: { pageOnly: true },
  wants: { names: [...TAGS] },
  matches: (el) => TAGS.has(el.name),
  label(el) {
    if (el.name !== 'script' && el.name !== 'style') return undefined;
    const src = attr(el, 'src');
    if (src) return `${el.name} src=${src}`;
    const type = attr(el, 'type');
    const head = snippet(el.children.map((c) => ('data' in c ? c.data : '')).join(''));
    return `${el.name}${type ? ` type=${type}` : ''}${head ? `: ${head}` : ''}`;
  },
});
