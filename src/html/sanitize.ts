import { decodeHTML } from 'entities';
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
