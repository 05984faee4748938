import { decodeHTMLStrict } from '../../text/fold.js';
import type { Recoveries } from './recoveries.js';

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7});|#x([0-9a-f]{1,6});|([a-z][a-z0-9]{0,31});)?/gi;

/**
 * XML's five entities and character references, and, as feed readers do, HTML's named entities
 * (`&nbsp;`, `&eacute;`), which publishers write in XML all the time. Any other reference (a
 * DOCTYPE's own) stays as written, and so does a bare `&`. What was forgiven goes to `recoveries`.
 */
export function decodeEntities(text: string, recoveries: Recoveries | null, offset: number): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) {
      const xml = XML_ENTITIES[name];
      if (xml) return xml;
      const html = htmlEntity(whole);
      if (html !== whole) recoveries?.add('html-entity', offset, whole);
      return html;
    }
    if (!dec && !hex) {
      recoveries?.add('bare-amp', offset);
      return whole;
    }
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

// Names are looked up once: a document may repeat one reference a hundred thousand times.
const HTML_NAMES = new Map<string, string>();
const MAX_NAMES = 4096;
function htmlEntity(reference: string): string {
  let decoded = HTML_NAMES.get(reference);
  if (decoded === undefined) {
    decoded = decodeHTMLStrict(reference);
    if (HTML_NAMES.size < MAX_NAMES) HTML_NAMES.set(reference, decoded);
  }
  return decoded;
}
