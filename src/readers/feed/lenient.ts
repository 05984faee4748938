import type { Recoveries } from './recoveries.js';
import { decodeEntities } from './entities.js';
import { nameIn, type Scope, type XElement } from './tree.js';

/**
 * The reader for XML a strict parser refuses, as feed readers read it: a tag soup with XML's
 * syntax. Text before the root and after it is skipped, a bare `&` or `<` is text, an end tag
 * closes whatever it names (and what is left open inside it), one that names nothing open is
 * ignored, and the end of the input closes everything (a cut-short feed keeps its items). A
 * DOCTYPE is skipped unread: its entities are never expanded, so nothing here can cost more
 * than the length of the input. Offsets stay those of the input, as the strict parser's do.
 */

interface Open {
  el: XElement;
  name: string;
  scope: Scope;
}

const NAME = /[A-Za-z_][\w.:\u00B7-\uFFFF-]*/y;
const SPACE = /\s/;

export function parseLenient(source: string, outer: Scope): XElement | null {
  const recoveries = outer.recoveries;
  const stack: Open[] = [];
  let root: XElement | null = null;
  let i = 0;
  const n = source.length;

  const text = (from: number, to: number, raw: boolean) => {
    const t = source.slice(from, to);
    const open = stack.at(-1);
    if (open) open.el.children.push({ text: raw ? t : decodeEntities(t, recoveries, from) });
    else if (t.replace(/^\uFEFF/, '').trim()) recoveries.add(root ? 'after-root' : 'prolog', from, JSON.stringify(shorten(t.trim())));
  };
  const close = (k: number, at: number) => {
    for (let j = stack.length - 1; j >= k; j--) {
      const o = stack[j];
      if (o) o.el.contentEnd = Math.max(at, o.el.contentStart);
    }
    stack.length = k;
  };

  while (i < n) {
    const lt = source.indexOf('<', i);
    const to = lt === -1 ? n : lt;
    if (to > i) text(i, to, false);
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) i = past(source, '-->', i + 4);
    else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      text(i + 9, end === -1 ? n : end, true);
      i = end === -1 ? n : end + 3;
    } else if (source.startsWith('<!', i)) i = pastDeclaration(source, i);
    else if (source.startsWith('<?', i)) i = pastInstruction(source, i, root === null, recoveries);
    else {
      const endTag = source[i + 1] === '/';
      NAME.lastIndex = i + (endTag ? 2 : 1);
      const name = NAME.exec(source)?.[0];
      if (!name) {
        recoveries.add('bare-lt', i);
        text(i, i + 1, true);
        i++;
        continue;
      }
      if (endTag) {
        const k = openIndex(stack, name);
        if (k === -1) recoveries.add('stray-end', i, `</${name}>`);
        else {
          for (let j = k + 1; j < stack.length; j++) recoveries.add('mismatch', i, `<${stack[j]?.name ?? ''}>`);
          close(k, i);
        }
        i = past(source, '>', i + 2 + name.length);
        continue;
      }
      if (root && stack.length === 0) {
        recoveries.add('after-root', i);
        break;
      }
      const tag = readTag(source, i + 1 + name.length, recoveries);
      const parent = stack.at(-1);
      const scope = parent?.scope ?? outer;
      const { local, ns, scope: inner } = nameIn(name, tag.attrs, scope, i);
      const el: XElement = { local, ns, attrs: tag.attrs, children: [], start: i, contentStart: tag.end, contentEnd: tag.end, lang: inner.lang, base: inner.base };
      if (parent) parent.el.children.push(el);
      root ??= el;
      if (!tag.selfClosing) stack.push({ el, name, scope: inner });
      i = tag.end;
    }
  }
  if (stack.length > 0) {
    const end = source.trimEnd().length;
    for (const o of stack) recoveries.add('truncated', end, `<${o.name}>`);
    close(0, end);
  }
  return root;
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function past(source: string, end: string, from: number): number {
  const at = source.indexOf(end, from);
  return at === -1 ? source.length : at + end.length;
}

/** Past a `<?…?>`; an XML declaration with only white space before it is a recovery, not an error. */
function pastInstruction(source: string, i: number, beforeRoot: boolean, recoveries: Recoveries): number {
  if (source.startsWith('<?xml', i) && i > 0 && beforeRoot && SPACE.test(source.charAt(i + 5))) {
    const before = source.slice(0, i).replace(/^\uFEFF/, '');
    if (!before.trim()) recoveries.add('prolog', 0, before.includes('\n') ? 'line breaks' : 'spaces');
  }
  return past(source, '?>', i + 2);
}

/** Past a `<!DOCTYPE …>` (with its internal subset) or another `<!…>` declaration. */
function pastDeclaration(source: string, i: number): number {
  const close = source.indexOf('>', i);
  const subset = source.indexOf('[', i);
  if (subset !== -1 && (close === -1 || subset < close)) {
    const end = source.indexOf(']', subset);
    return end === -1 ? source.length : past(source, '>', end);
  }
  return close === -1 ? source.length : close + 1;
}

/** The innermost open element an end tag names: exactly, or else ignoring case (HTML habits). */
function openIndex(stack: Open[], name: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.name === name) return k;
  const lower = name.toLowerCase();
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.name.toLowerCase() === lower) return k;
  return -1;
}

const ATTRIBUTE = /\s*([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/y;

/** The attributes of a start tag whose name ends at `from`, and the offset past its `>`. */
function readTag(source: string, from: number, recoveries: Recoveries): { attrs: Record<string, string>; end: number; selfClosing: boolean } {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = from;
  for (;;) {
    while (i < source.length && SPACE.test(source.charAt(i))) i++;
    const c = source.charAt(i);
    if (c === '' || c === '<') {
      // The tag never ends: it ends here, where the next one starts.
      recoveries.add('attribute', i);
      return { attrs, end: i, selfClosing: false };
    }
    if (c === '>') return { attrs, end: i + 1, selfClosing: false };
    if (source.startsWith('/>', i)) return { attrs, end: i + 2, selfClosing: true };
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(source);
    if (!m || m[0].length === 0) {
      recoveries.add('attribute', i);
      i++;
      continue;
    }
    const [, key = '', dq, sq, bare] = m;
    const value = dq ?? sq ?? bare;
    if (value === undefined || bare !== undefined) recoveries.add('attribute', i);
    if (!Object.hasOwn(attrs, key)) attrs[key] = decodeEntities(value ?? '', recoveries, i);
    i += m[0].length;
  }
}
