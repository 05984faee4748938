import { attr, collapse } from '../../html/dom.js';
import { elementRule } from './define.js';

// Never displayed as text: code, styles, the no-script fallback (tracking pixels, mostly) and
// inert templates. sanitize-html would drop them anyway; removing them here puts them on record.
const TAGS = new Set(['script', 'style', 'noscript', 'template']);
const SNIPPET = 60;

export default elementRule({
  id: 'hidden-element',
  description: 'Removes <script>, <style>, <noscript> and <template> elements, naming each script by its source or first characters.',
  facts: { pageOnly: true },
  matches: (el) => TAGS.has(el.name),
  label(el) {
    if (el.name !== 'script' && el.name !== 'style') return undefined;
    const src = attr(el, 'src');
    if (src) return `${el.name} src=${src}`;
    const type = attr(el, 'type');
    const code = collapse(el.children.map((c) => ('data' in c ? c.data : '')).join(''));
    const head = code.length > SNIPPET ? `${code.slice(0, SNIPPET)}…` : code;
    return `${el.name}${type ? ` type=${type}` : ''}${head ? `: ${head}` : ''}`;
  },
});
