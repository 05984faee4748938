import { decodeHTML } from 'entities';
import type { AnyNode, Comment, Element, Text } from 'domhandler';
import type { IOptions, Transformer } from 'sanitize-html';
import { loadSanitize } from './deps.js';
import { NON_TEXT } from './kinds.js';

/**
 * The allow-list every block's markup goes through before it reaches an output: structure and
 * emphasis, links and images, simple tables. No scripts, styles, event handlers or classes, and
 * no URL a browser would run (javascript:, vbscript:); data: only as an image.
 */
const TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'a',
  'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr', 'sup', 'sub', 'del', 's',
];
const ATTRIBUTES = { a: ['href'], img: ['src', 'alt', 'width', 'height'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] };
// An inline image (a chart, an icon) may be a data: URL; an HTML or script document may not.
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif|bmp|svg\+xml)[;,]/i;

// A URL the md output writes as a link destination, where entities are decoded again
// (`jav&#x61;script:` is relative in HTML, a script URL in Markdown): its scheme after decoding.
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const SAFE = new Set(['http', 'https', 'mailto']);

/**
 * `value` as a browser reads it (spaces and controls around it dropped, tabs and newlines inside
 * removed, other spaces encoded), so that it stays one Markdown destination; undefined when it
 * names a scheme other than `allowed`, read as Markdown would.
 */
function safeUrl(value: string | undefined, allowed: (scheme: string, url: string) => boolean): string | undefined {
  if (value === undefined) return undefined;
  const url = value.replace(/^[\0- ]+|[\0- ]+$/g, '').replace(/[\t\n\r]/g, '').replace(/[\0- \x7f]/g, encodeURIComponent);
  const decoded = decodeHTML(url).replace(/[\0- \x7f]/g, '');
  const scheme = SCHEME.exec(decoded)?.[1]?.toLowerCase();
  return scheme === undefined || allowed(scheme, decoded) ? url : undefined;
}

function absolute(value: string | undefined, base: string | null): string | undefined {
  if (value === undefined || base === null) return value;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

function options(base: string | null): IOptions {
  const link: Transformer = (tagName, attribs) => {
    const href = absolute(safeUrl(attribs.href, (scheme) => SAFE.has(scheme)), base);
    return { tagName, attribs: href === undefined ? {} : { href } };
  };
  const image: Transformer = (tagName, attribs) => {
    const { src: raw, ...rest } = attribs;
    const src = absolute(safeUrl(raw, (scheme, url) => SAFE.has(scheme) || DATA_IMAGE.test(url)), base);
    // A line break in the alt text would end the Markdown image it is written into.
    if (rest.alt !== undefined) rest.alt = rest.alt.replace(/\s+/g, ' ');
    return { tagName, attribs: src === undefined ? rest : { ...rest, src } };
  };
  return {
    allowedTags: TAGS,
    allowedAttributes: ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowProtocolRelative: true,
    disallowedTagsMode: 'discard',
    // Note: the same elements the reader leaves out of a line's text, so that text and markup agree.
    nonTextTags: [...NON_TEXT],
    transformTags: { a: link, img: image },
  };
}

// One feed's items share their base URL, so the options of the last one are kept.
let last: { base: string | null; options: IOptions } | null = null;

/** `html` through the allow-list, its links and images made absolute against `base` when known. */
export function sanitize(html: string, base: string | null): string {
  if (last?.base !== base) last = { base, options: options(base) };
  return loadSanitize()(html, last.options).trim();
}

/*
 * The same allow-list applied to the tree the reader already has. sanitize-html takes a string, so
 * each block used to be serialized and parsed again, which cost more than the first parse of the
 * page. What follows writes exactly what sanitizeHtml(render(nodes)) writes, and only for the
 * markup where that is plain to see: elements whose serialized form parses back to the same tree
 * (no raw-text, foreign or form elements, no nesting the parser would close early), attributes
 * with ordinary names. Anything else returns null and goes through sanitize-html as before.
 */

// Elements the fast path may meet: the allowed ones and the common wrappers it drops. Left out:
// raw text and RCDATA (script, style, title, textarea...), SVG and MathML, void elements other
// than br, hr and img, forms, and the document's own elements.
const PLAIN = new Set([
  ...TAGS, 'span', 'div', 'u', 'small', 'abbr', 'cite', 'q', 'font', 'mark', 'ins', 'time', 'big', 'dfn', 'kbd', 'samp',
  'var', 'tt', 'strike', 'center', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'dl', 'dt', 'dd',
  'caption', 'tfoot', 'label', 'bdi', 'bdo', 'data', 'nobr',
]);
const ALLOWED = new Set(TAGS);
const SELF_CLOSING = new Set(['img', 'br', 'hr']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
// Inside a <p>, these start no new element of their own in the parser; anything else may close the <p>.
const PHRASE = new Set([
  'a', 'b', 'i', 'em', 'strong', 'code', 'sup', 'sub', 'del', 's', 'br', 'img', 'span', 'u', 'small', 'abbr', 'cite',
  'q', 'font', 'mark', 'ins', 'time', 'big', 'dfn', 'kbd', 'samp', 'var', 'tt', 'strike', 'label', 'bdi', 'bdo', 'data',
  'nobr',
]);
// The parser's other implied ends (htmlparser2's openImpliesClose) among the elements above.
const CLOSES: Record<string, readonly string[]> = {
  tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], li: ['li'], dd: ['dd', 'dt'], dt: ['dd', 'dt'],
};
const NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;
// sanitize-html's own test, kept although NAME already implies it, so that write() stays its copy.
const VALID_NAME = /^[^\0\t\n\f\r /<=>]+$/;

/**
 * Of the attributes kept, those sanitize-html drops when empty (its defaults.nonBooleanAttributes):
 * copied here, so that a page whose markup needs no sanitize-html never loads it and postcss, a
 * fifth of a bare start-up; a test holds the copy to the installed version's list.
 */
export const NON_BOOLEAN_KEPT: ReadonlySet<string> = new Set(['href', 'src', 'alt', 'width', 'height', 'colspan', 'rowspan']);
export const KEPT_ATTRIBUTES: readonly string[] = [...new Set(Object.values(ATTRIBUTES).flat())];

// Most text has nothing to escape, and then each replace below would copy it for nothing.
const SPECIAL = /[&<>"]/;

function escapeHtml(s: string, quote: boolean): string {
  if (!SPECIAL.test(s)) return s;
  s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (quote) s = s.replace(/"/g, '&quot;');
  s = s.replace(/&(?![a-zA-Z0-9#]{1,20};)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quote ? s.replace(/"/g, '&quot;') : s;
}

// sanitize-html's test of a URL attribute against allowedSchemes / allowedSchemesByTag.
function naughtyHref(name: string, href: string): boolean {
  href = href.replace(/[\x00-\x20]+/g, '');
  for (;;) {
    const first = href.indexOf('<!--');
    if (first === -1) break;
    const last = href.indexOf('-->', first + 4);
    if (last === -1) break;
    href = href.substring(0, first) + href.substring(last + 3);
  }
  const matches = /^([a-zA-Z][a-zA-Z0-9.\-+]*):/.exec(href);
  if (!matches) return false;
  const scheme = (matches[1] as string).toLowerCase();
  return name === 'img' ? !['http', 'https', 'data'].includes(scheme) : !['http', 'https', 'mailto'].includes(scheme);
}

/** Whether sanitize-html would see the same tree as `nodes`, with `parent` the element around them. */
function plain(nodes: readonly AnyNode[], parent: string | null): boolean {
  for (const node of nodes) {
    if (node.type === 'text') {
      if ((node as Text).data.includes('\0')) return false;
    } else if (node.type === 'comment') {
      if (/[->]/.test((node as Comment).data)) return false;
    } else if (node.type === 'tag') {
      const el = node as Element;
      if (!PLAIN.has(el.name)) return false;
      if (parent === 'p' && !PHRASE.has(el.name)) return false;
      if (parent !== null && CLOSES[el.name]?.includes(parent)) return false;
      for (const name of Object.keys(el.attribs)) if (!NAME.test(name) || name === '__proto__') return false;
      if (!plain(el.children, el.name)) return false;
    } else return false;
  }
  return true;
}

function write(nodes: readonly AnyNode[], transforms: Record<string, Transformer>, out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(escapeHtml((node as Text).data, false));
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const name = el.name;
    if (!ALLOWED.has(name)) {
      write(el.children, transforms, out);
      continue;
    }
    let attribs: Record<string, string> = { ...el.attribs };
    const transform = transforms[name];
    if (transform) attribs = transform(name, attribs).attribs as Record<string, string>;
    let tag = `<${name}`;
    const allowed = (ATTRIBUTES as Record<string, string[]>)[name];
    if (allowed) {
      for (const a of Object.keys(attribs)) {
        const value = attribs[a] as string;
        if (!VALID_NAME.test(a)) continue;
        if (value === '' && a !== 'alt' && NON_BOOLEAN_KEPT.has(a)) continue;
        if (!allowed.includes(a)) continue;
        if (URL_ATTRIBUTES.has(a) && naughtyHref(name, value)) continue;
        tag += ` ${a}`;
        if (value && value.length) tag += `="${escapeHtml(value, true)}"`;
        else if (a === 'alt') tag += '=""';
      }
    }
    if (SELF_CLOSING.has(name)) {
      out.push(`${tag} />`);
      continue;
    }
    out.push(`${tag}>`);
    write(el.children, transforms, out);
    out.push(`</${name}>`);
  }
}
// dom-serializer writes the text of these elements as it is, unescaped.
const UNENCODED = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

function inRawText(node: AnyNode): boolean {
  const parent = node.parent as Element | null;
  return node.type === 'text' && parent !== null && UNENCODED.has(parent.name);
}

/**
 * sanitize(render(nodes)) (in a <p> when `wrap`) without the round trip through a string, or null
 * when the nodes hold markup that only sanitize-html itself can be trusted with.
 */
export function sanitizeNodes(nodes: readonly AnyNode[], wrap: boolean, base: string | null): string | null {
  if (!plain(nodes, wrap ? 'p' : null) || nodes.some(inRawText)) return null;
  if (last?.base !== base) last = { base, options: options(base) };
  const out: string[] = wrap ? ['<p>'] : [];
  write(nodes, last.options.transformTags as Record<string, Transformer>, out);
  if (wrap) out.push('</p>');
  return out.join('').trim();
}
