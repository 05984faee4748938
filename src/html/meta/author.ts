import { key } from '../../text/fold.js';
import { escapeRegExp } from '../../util/regex.js';
import { ALL_LABELS, ALL_ROLE_WORDS } from './author-words.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const HAS_LETTER = /\p{L}/u;
const SENTENCE_AFTER = /(\p{L}{2,})\.\s+\p{Lu}.*$/u;

/**
 * An author credit as page metadata or a byline gives it, reduced to the people it names:
 * "By TOM DOE, AP Auto Writer" -> "TOM DOE"; "Jane Roe | Coast Media for coast.com" -> "Jane Roe";
 * "Text: Анна Петрова" -> "Анна Петрова". Handles, addresses and profile links are not names.
 */

// A label is a whole word followed by a colon, a space or (CJK) nothing; "by" needs the space.
const LABEL = new RegExp(`^(?:${ALL_LABELS.map(escapeRegExp).join('|')})(?:\\s*[:：・]\\s*|\\s+)`, 'iu');
// "By", "Autor:" in an element of its own, the name in the next one: no credit by itself.
const LABEL_ONLY = new RegExp(`^(?:${ALL_LABELS.map(escapeRegExp).join('|')})\\s*[:：・]?$`, 'iu');
const CJK_SUFFIX_LABEL = /\s*(?:기자|記者|记者)$/u;

function words(part: string): string[] {
  return part.toLowerCase().split(NOT_WORD).filter(Boolean);
}

function isRoleOrEmployer(part: string, site: string | null, afterFullName = false): boolean {
  if (site && (key(part) === key(site) || key(part).startsWith(key(site)))) return true;
  if (/\.[a-z]{2,}\b|\bfor\s/i.test(part)) return true;
  // "Jane Roe, CNN", "Jane Roe, Futurism": after a full name, one word is the publication.
  if (afterFullName && /^[\p{Script=Latin}.'-]+$/u.test(part.trim())) return true;
  return words(part).some((w) => ALL_ROLE_WORDS.has(w));
}

function isPersonPart(part: string): boolean {
  if (!HAS_LETTER.test(part) || part.length > 60) return false;
  if (/^@|https?:|www\.|@.*\.|\/|\d/i.test(part)) return false;
  return part.split(/\s+/).length <= 6;
}

const LOGIN = /^[a-z][a-z0-9._-]*$/;

// A desk or an agency credited alone: "Example News wire services", "Redação", "Staff Reports".
const DESK = /\b(?:news|wire|services|staff|desk|team|agency|newsroom|reports|redação|redacción|rédaction|redaktion|redazione|редакция)\b/iu;

/** The people a credit names, comma-separated, or null when it names none. */
export function cleanAuthor(raw: string, site: string | null = null): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (LABEL_ONLY.test(s)) return null;
  for (let i = 0; i < 2; i++) {
    const label = LABEL.exec(s);
    if (!label) break;
    const rest = s.slice(label[0].length);
    // "Di Stefano", "Von Trapp": without a colon, a label must leave a whole name behind.
    if (!/[:：・]/.test(label[0]) && rest.split(/\s+/).length < 2) break;
    s = rest;
  }
  // A contact card's address and number after the name: "Jane Roe jroe@example.com (509) 555-0100".
  s = s.replace(/\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+.*$/u, '');
  // An affiliation after a bar or a dash: "Jane Roe | Coast Media", "Jane Roe - Staff Writer".
  s = s.split(/\s+[|–—]\s+|\s+-\s+/)[0] ?? '';
  // "Jane Roe. Example News": a full stop after a word (not an initial) ends the name.
  s = s.replace(SENTENCE_AFTER, '$1');
  const parts = s
    .split(/\s*[,;]\s*|\s+(?:and|und|et|y|e|и)\s+|\s*&\s*/u)
    .map((p) => p.replace(CJK_SUFFIX_LABEL, '').trim())
    .filter(Boolean);
  if (parts.length === 1 && DESK.test(parts[0] ?? '')) return null;
  // Dublin Core and library catalogues write "Marlow, Ines": one person, family name first.
  const [family, given] = parts;
  if (parts.length === 2 && family && given && /^[\p{Script=Latin}'-]+$/u.test(family) && /^[\p{Script=Latin}.'-]+$/u.test(given) && /,/.test(s) && !/\s(?:and|&)\s/.test(s)) {
    return isPersonPart(family) && isPersonPart(given) ? `${given} ${family}` : null;
  }
  const fullName = /\s/.test(parts[0] ?? '');
  const people = parts.filter((p, i) => isPersonPart(p) && !(i > 0 && isRoleOrEmployer(p, site, fullName)));
  if (people.length === 0 || (people.length === 1 && isRoleOrEmployer(people[0] ?? '', site) && parts.length > 1)) return null;
  // A login ("webnata", "jdadmin") is what a CMS shows for a user who never set a name.
  if (people.length === 1 && LOGIN.test(people[0] ?? '')) return null;
  return people.join(', ');
}
