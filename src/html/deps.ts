import { esmRequire as esm } from '../util/esm-require.js';

/**
 * The HTML dependencies, loaded on first use. Evaluating htmlparser2, domutils, dom-serializer and
 * sanitize-html (which brings postcss) costs more than a whole plain-text conversion, and the reader
 * registry imports the html reader on every start, so nothing here may run before an HTML input
 * (how: src/util/esm-require.ts).
 */

type Htmlparser2 = typeof import('htmlparser2');
type Domutils = typeof import('domutils');
type Serializer = typeof import('dom-serializer');
type Sanitize = typeof import('sanitize-html');

let htmlparser2: Htmlparser2 | null = null;
let domutils: Domutils | null = null;
let serializer: Serializer | null = null;
let sanitize: Sanitize | null = null;

export function loadHtmlparser2(): Htmlparser2 {
  return (htmlparser2 ??= (esm ? esm('htmlparser2') : require('htmlparser2')) as Htmlparser2);
}

export function loadDomutils(): Domutils {
  return (domutils ??= (esm ? esm('domutils') : require('domutils')) as Domutils);
}

export function loadSerializer(): Serializer {
  return (serializer ??= (esm ? esm('dom-serializer') : require('dom-serializer')) as Serializer);
}

export function loadSanitize(): Sanitize {
  return (sanitize ??= (esm ? esm('sanitize-html') : require('sanitize-html')) as Sanitize);
}
