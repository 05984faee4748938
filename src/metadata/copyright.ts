import { companySuffixes, rightsReserved } from '../phrases/copyright.js';
import { publicationEndings, publicationWords } from '../phrases/publication-words.js';
import { AGENCIES, AGENCY_PHRASES, ORGANISATION_WORDS } from './credit/words.js';
import { isSiteName } from './credit/names.js';
import { key } from '../text/fold.js';

// A reservation naming its holder ("Bản quyền thuộc về {x}") is the rule's; the line here reads the holder first.
const RESERVED = [...new Set(rightsReserved.flatMap((set) => set.phrases).filter((p) => !p.includes('{x}')))].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const YEARS = String.raw`\d{4}(?:\s*[-–]\s*(?:\d{4}|\d{2}))?`;
const SIGN = String.raw`(?:copyright\s*)?(?:©|\(c\)|ⓒ)|copyright`;
const RIGHTS = String.raw`(?:[.,|·–-]?\s*(?:${RESERVED.map(escape).join('|')}))?`;
// "© 2021 Harbour Gazette. All rights reserved.", "Copyright (c) 2019-2024 example.com", "© Technews 2023".
const LINE = new RegExp(String.raw`^(?:${SIGN})\s*(?:${YEARS}\s*,?\s*)?(?<holder>[^\n©|]{2,60}?)\s*,?\s*(?:${YEARS})?\s*${RIGHTS}\s*\.?$`, 'iu');
const DOMAIN = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;
const BRAND = /^\p{Lu}?\p{Ll}+(?:\p{Lu}+\p{Ll}*){2,}$/u;
const COMPANY = new Set(companySuffixes);
/** A copyright line closes the text: the last lines are read, no more. */
const EDGE_PARAGRAPHS = 3;

/**
 * Whether a holder names a publication: a domain, a name with a publication's or an
 * organisation's word ("Harbour Gazette", "Radio Kootenay"), one word glued to one ("Technews") or
 * a brand's inner capitals. A person's name has none of these, nor does a company with its
 * suffix, which owns the publication rather than being it; nor an agency, whose copy runs
 * everywhere with its line.
 */
function publication(holder: string): boolean {
  const words = holder.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => COMPANY.has(w.replace(/\.$/, '')))) return false;
  if (AGENCY_PHRASES.includes(key(holder)) || words.every((w) => AGENCIES.has(w))) return false;
  if (DOMAIN.test(holder)) return true;
  if (!isSiteName(holder, 6)) return false;
  const glued = (w: string) => publicationEndings.some((e) => w.length >= e.length + 2 && w.endsWith(e));
  return words.some((w) => ORGANISATION_WORDS.has(w) || publicationWords.includes(w) || glued(w)) || BRAND.test(holder);
}

/**
 * The publication a copyright line under the text names ("© 2021 Harbour Gazette. All rights
 * reserved."): the holder of a line of its own among the last paragraphs, when it reads as a
 * publication. Null otherwise: a blogger's "© 2021 Jane Doe" names a person.
 */
export function copyrightHolder(text: string): string | null {
  let to = text.length;
  for (let seen = 0; seen < EDGE_PARAGRAPHS && to > 0; ) {
    const start = text.lastIndexOf('\n', to - 1);
    const line = text.slice(start + 1, to).trim();
    to = start < 0 ? 0 : start;
    if (line === '') continue;
    seen += 1;
    if (line.length > 120 || !/©|\(c\)|ⓒ|copyright/i.test(line)) continue;
    const holder = LINE.exec(line)?.groups?.holder?.trim().replace(/[.,]$/, '');
    if (holder && publication(holder)) return holder;
  }
  return null;
}
