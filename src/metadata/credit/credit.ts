import { AGENCIES, AGENCY_PHRASES, BYLINE_PREFIXES, DESK_WORDS, ORGANISATION_WORDS as ORGANISATION, ROLE_WORDS } from './words.js';
import { key } from '../../text/fold.js';
import { isHeadingWords, isName, isSiteName } from './names.js';
import { openers } from '../../util/regex.js';
import { isAscii } from '../../text/chars.js';
import { countries, regions } from '../../phrases/places.js';
import { publicationEndings } from '../../phrases/publication-words.js';
import { nameJoiners } from '../../phrases/name-joiners.js';
import { asLabel } from '../../text/hosts.js';

// Lower-case words inside names: "Ana de la Cruz", "Ludwig van Beethoven", "Who da'Punk".
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'y', 'dos', 'das', 'do', 'ten', 'ter', 'zu']);

/**
 * What a credit line names once its decorations are gone: a person (or a login, as credited), a
 * desk or publication (no author, but still a credit line), or nothing a credit would say.
 */
export type Credit = { kind: 'person'; name: string } | { kind: 'desk'; name: string } | null;

export interface CreditOptions {
  /**
   * The line's position already says it is a credit (the author field above the date at the end
   * of a dump): accept any single token, logins, handles and names in scripts without case.
   * Without it, only a name in the strict sense of isName() is a person.
   */
  placed?: boolean;
  /** The text has already lost a byline prefix ("Posted by"): logins count as names. */
  prefixed?: boolean;
  /** The site's own name: a credit equal to it is the site, not an author. */
  site?: string | null;
  /**
   * The site labels of the addresses the dump names (RuleContext.hostLabels): a placed credit of
   * one token that spells one of them ("Utdelningsseglaren" beside utdelningsseglaren.blogspot.com)
   * is the site's name, not a login.
   */
  hostLabels?: ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PREFIX_WORDS = [...new Set(Object.values(BYLINE_PREFIXES).flat())].sort((a, b) => b.length - a.length);
// A prefix ending in a colon or a CJK mark may touch the name; a word prefix needs a space after it.
const PREFIX_OPENERS = openers(PREFIX_WORDS);
const PREFIX = new RegExp(
  `^(?:${PREFIX_WORDS.map((p) => (/[:：/／]$|^[\u3000-\u9fff]+$/.test(p) ? `${escape(p)}\\s*` : `${escape(p)}[:\\s]\\s*`)).join('|')})`,
  'iu',
);

/** "By Jane Doe" -> "Jane Doe", in every language of BYLINE_PREFIXES; null when no prefix. */
export function withoutBylinePrefix(text: string): string | null {
  // Markdown keeps a byline's emphasis and list marks: "- **Author:** Jane Doe", "_By Jane Doe_".
  const listed = text.trim().replace(/^[-*+]\s+/, '');
  // Without a star or an underscore there is no emphasis to look for around every character.
  const t = (/[*_]/.test(listed) ? listed.replace(/\*\*|__/g, '').replace(/^[_*](?=\S)|(?<=\S)[_*]$/g, '') : listed).trim();
  const m = PREFIX_OPENERS.test(t) ? PREFIX.exec(t) : null;
  return m ? t.slice(m[0].length).trim() : null;
}

const MAX_CREDIT = 200;
const PLACES: ReadonlySet<string> = new Set([...countries, ...regions]);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;
// Separators between a name and a site or section glued to it: "lea zeitoun I designboom",
// "Jane Doe | Gazette", "Ana Ruiz – El Diario". A capital I between spaces is a pipe typed by hand.
const SITE_SEPARATOR = /\s+(?:[|Il¦•·]|--?|[\u2013\u2014])\s+/;
// Dateline after a name: "Ana Ruiz in Madrid", "Hans Weber aus Berlin", "Murat KÜÇÜK/BOLU".
const DATELINE = /\s+(?:in|en|aus|à|a|em|w|we|da|i|из|в)\s+\p{Lu}[\p{L}.\- ]{1,40}$/u;
// Degrees after a name end it like a role: "Jane Doe, PhD", "John Roe, M.D., MPH".
const DEGREE = /^(?:ph\.?\s?d|m\.?d|mba|mph|msc|m\.?sc|ma|ba|bsc|rn|dds|dvm|jd|j\.d|esq|cpa|facp|frcp|mrcp)\.?$/i;
// The outlet a writer wrote for: "Jane Doe for The Gazette", "Marie Dupont pour Le Monde", "Jana Roth für Die Zeit".
const WRITING_FOR = /\s+(?:for|pour|für|para|per)\s+(?=\p{Lu}|the\s)/u;
// One word with capitals inside it twice or more ("OpenStreetMap", "LineageOS") is a brand: a
// person's one-word credit is a login, and names with one inner capital ("McDonald") stay names.
const BRAND = /^\p{Lu}?\p{Ll}+(?:\p{Lu}+\p{Ll}*){2,}$/u;
const HANDLE_AFTER = /(?<=\S)\s+@[\w.]{2,30}$/u;
const CITY_SLASH = /\s*\/\s*\p{Lu}[\p{L}.\- ]{1,30}$/u;
// The letter-class patterns' twins for ASCII text (see isAscii), where they match alike.
const ASCII_DATELINE = /\s+(?:in|en|aus|a|em|w|we|da|i)\s+[A-Z][A-Za-z.\- ]{1,40}$/;
const ASCII_LOGIN = /^[A-Za-z0-9._-]{2,40}$/;
const LOGIN = /^[\p{L}\p{N}._-]{2,40}$/u;
const ASCII_NAME_WORD = /^[A-Za-z][A-Za-z.'-]*$/;
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*$/u;
const ASCII_NOT_SHORT = /[!?;:"]|\.\s+[a-z]/;
const NOT_SHORT = /[!?;:"“”«»]|\.\s+\p{Ll}/u;

/** Mail decorations: "none@none.com (Aisha Mahmood)" -> "Aisha Mahmood", "Jane <j@x.org>" -> "Jane". */
function withoutMail(text: string): { text: string; mailbox: string | null } {
  const t = text.replace(/^mailto:/i, '');
  const paren = /^([\w.+-]+@[\w.-]+)\s*\((.+)\)$/.exec(t);
  if (paren?.[1] && paren[2]) return { text: paren[2].trim(), mailbox: paren[1] };
  const angle = /^(.+?)\s*<([^>]+@[^>]+)>$/.exec(t);
  if (angle?.[1] && angle[2]) return { text: angle[1].trim(), mailbox: angle[2] };
  return { text: t, mailbox: null };
}

const words = (s: string) => s.toLowerCase().split(/[\s,.;:()/&-]+/u).filter(Boolean);
const isAgency = (s: string) => {
  const k = key(s);
  return AGENCY_PHRASES.includes(k) || words(s).every((w) => AGENCIES.has(w));
};
const isRole = (s: string) => words(s).some((w) => ROLE_WORDS.has(w)) || isAgency(s);
const isDesk = (s: string) => words(s).some((w) => DESK_WORDS.has(w)) || isAgency(s) || /^the\s/i.test(s);

/** Strip what a byline prints around the names: roles, agencies, datelines, sites, affiliations. */
function core(text: string, prefixed: boolean): string {
  let t = text.replace(/^[_*]+|[_*]+$/g, '').trim().replace(/\.$/, '');
  t = t.replace(/\s*\((?:[^()]*)\)$/, '').trim() || t;
  // The writer's account after the name: "Jane Doe @janedoe".
  if (t.includes('@')) t = t.replace(HANDLE_AFTER, '');
  // A role or an employer after the name ends it, with whatever follows: "Jane Doe, Director of
  // Privacy, Product and Engineering", "Sam Peter, Google Science Fair Team".
  const parts = t.split(/\s*,\s*/);
  const after = parts.findIndex((p, i) => i > 0 && (isRole(p) || isDesk(p) || DEGREE.test(p)));
  if (after > 0) parts.length = after;
  t = parts.join(', ');
  // A site or an agency after a separator goes with it ("Jane Doe | Reuters"): cut there first, so
  // that taking an agency's name off the end leaves no separator behind.
  const site = SITE_SEPARATOR.exec(t);
  if (site && site.index > 0) t = t.slice(0, site.index);
  // Only under a byline's prefix: "Thank You for Reading" is no name with its outlet.
  const outlet = prefixed ? WRITING_FOR.exec(t) : null;
  if (outlet && outlet.index > 0) t = t.slice(0, outlet.index);
  for (const phrase of AGENCY_PHRASES) if (key(t).endsWith(` ${phrase}`)) t = t.slice(0, t.length - phrase.length).trim();
  const last = t.split(/\s+/).pop() ?? '';
  if (t.includes(' ') && AGENCIES.has(last.toLowerCase())) t = t.slice(0, t.length - last.length).trim();
  if (t.includes('/')) t = t.replace(CITY_SLASH, '');
  return t.replace(isAscii(t) ? ASCII_DATELINE : DATELINE, '').trim();
}

const LOWER_PUBLICATION = /^the(?:\s+[\p{Ll}\p{N}][\p{Ll}\p{N}.&'’-]*){1,4}$/u;

// Picture libraries are credited for a story's photographs, and publish no stories.
const PHOTO_AGENCY = /\b(?:getty|shutterstock|images|photos?|imago|alamy|istock)\b/i;

/** An agency credited alone, as the dump's author field ("ТАСС", "Reuters"): the agency's own copy. */
export function agencyAlone(name: string): string | null {
  return isAgency(name) && !/,/.test(name) && !PHOTO_AGENCY.test(name) ? name.trim() : null;
}

/**
 * The site a desk's credit names: "LineageOS team" -> "LineageOS", "Radio Suisse Romande" as it
 * is; null for a desk that names none ("Redacción", "Staff") and for an agency, whose stories run
 * on every site.
 */
export function siteOfDesk(name: string): string | null {
  if (isAgency(name)) return null;
  if (isMarkedBrand(name)) return name.trim();
  // The site's account credited for it: "@GIGAZINE" is GIGAZINE.
  if (/^@[\p{L}\p{N}_.]{2,30}$/u.test(name.trim())) return name.trim().slice(1);
  // A publication credited by its name in lower case, as a news API's record prints it ("the us sun").
  const lower = name.trim();
  if (LOWER_PUBLICATION.test(lower) && !lower.split(/\s+/).some((w) => DESK_WORDS.has(w) && !ORGANISATION.has(w))) return lower;
  const tokens = name.split(/\s+/);
  while (tokens.length > 0 && DESK_WORDS.has((tokens.at(-1) ?? '').toLowerCase()) && !ORGANISATION.has((tokens.at(-1) ?? '').toLowerCase())) tokens.pop();
  while (tokens.length > 0 && DESK_WORDS.has((tokens[0] ?? '').toLowerCase()) && !ORGANISATION.has((tokens[0] ?? '').toLowerCase())) tokens.shift();
  const site = tokens.join(' ');
  // A desk word left inside is a department ("Port Press Office"), not a publication.
  const department = tokens.some((t) => DESK_WORDS.has(t.toLowerCase()) && !ORGANISATION.has(t.toLowerCase()));
  // What is left of "The Editors" is an article, no name.
  const bare = tokens.every((t) => nameJoiners.has(t.toLowerCase()));
  return site && !department && !bare && !isAgency(site) && isSiteName(site) ? site : null;
}

// A name that ends in a question or an exclamation mark is a brand's ("Cornucopia?", "Yahoo!"):
// no one's name carries one. A few capitalised words at most, the mark once, at the end.
const MARKED_BRAND = /^\p{Lu}[\p{L}\p{N}'’&.-]{3,}(?:\s+[\p{L}\p{N}'’&.-]+){0,2}[?!]$/u;
// Words that end a sentence with such a mark, alone on a line: a reply, a cry, a question.
const EXCLAMATIONS = new Set(
  (
    'why what when where which who whom whose how really seriously indeed right wrong sure thanks help hello goodbye ' +
    'enjoy cheers bravo wow yes yeah nope okay done finally again next more warum wieso was wann wer wie danke hilfe ' +
    'pourquoi quoi quand comment merci bravo porque por qué cuándo cómo gracias ayuda perché quando come grazie aiuto ' +
    'waarom wanneer hoe bedankt varför när hur tack hjälp почему когда как спасибо'
  ).split(' '),
);

/** "Cornucopia?", "Yahoo!": a brand's name with its mark, as a credit line prints it. */
export function isMarkedBrand(text: string): boolean {
  const t = text.trim();
  if (!MARKED_BRAND.test(t)) return false;
  const words = t.slice(0, -1).toLowerCase().split(/\s+/);
  return !words.some((w) => EXCLAMATIONS.has(w));
}

/**
 * One token that names a publication, not a login: it ends in a publication's word ("dpreview",
 * "Framasoft", "Technews"), or it spells the site of an address the dump names.
 */
export function isPublicationToken(token: string, hostLabels?: ReadonlySet<string>): boolean {
  if (/\s/.test(token)) return false;
  const lower = token.toLowerCase();
  const glued = publicationEndings.some((e) => lower.length >= e.length + 2 && lower.endsWith(e));
  if (glued) return true;
  const label = asLabel(token);
  return label.length >= 3 && hostLabels !== undefined && hostLabels.has(label);
}

/** "王小明", "शशि तुषार शर्मा": a name in a script without capitals, which isName() cannot judge. */
const uncased = (s: string) => s.length <= 40 && s.toLowerCase() === s.toUpperCase() && /\p{L}/u.test(s);

/** One name as a credit may print it when its place says it is one: any script, a login, a handle. */
function looseName(s: string): boolean {
  if (/^@[\w.]{2,30}$/.test(s)) return true;
  const ascii = isAscii(s);
  if ((ascii ? ASCII_LOGIN : LOGIN).test(s)) return (ascii ? /[A-Za-z]/ : /\p{L}/u).test(s) && !/^\d/.test(s) && !DOMAIN.test(s);
  const tokens = s.split(/\s+/);
  if (tokens.length > 6 || /[!?;:"“”„«»\d@/\\[\]{}<>=+#]/.test(s)) return false;
  if (!tokens.every((t) => (ascii ? ASCII_NAME_WORD : NAME_WORD).test(t))) return false;
  // "Jane Doe", "JANE DOE", "Who da'Punk", "lea zeitoun", "शशि तुषार शर्मा"; not "Thanks for reading".
  const cased = tokens.filter((t) => t.toLowerCase() !== t.toUpperCase());
  const lower = cased.filter((t) => t === t.toLowerCase() && !PARTICLES.has(t));
  return lower.length === 0 || lower.length === cased.length ? tokens.length <= 4 || lower.length === 0 : lower.length === 1 && tokens.length >= 3;
}

/** A credit is a few words without sentence punctuation; a longer line is prose, whatever it names. */
function short(s: string): boolean {
  return s.length <= 120 && s.split(/\s+/).length <= 16 && !(isAscii(s) ? ASCII_NOT_SHORT : NOT_SHORT).test(s) && s.split(/\s*,\s*/).every((p) => p.split(/\s+/).length <= 7);
}

/**
 * Read a credit line: "By JANE DOE, Staff Writer" -> person "JANE DOE", "none@x.com (Ana Ruiz)" ->
 * person "Ana Ruiz", "Redacción" -> desk, "The Daily Planet" -> desk, "Read more" -> null.
 */
export function readCredit(raw: string, options: CreditOptions = {}): Credit {
  const placed = options.placed ?? false;
  // A credit is short; a long line is prose, and unanchored patterns must not scan it.
  if (raw.length > MAX_CREDIT) return null;
  // A brand with its mark, as the dump's own author field: no sentence, though it ends like one.
  if (placed && isMarkedBrand(raw)) return { kind: 'desk', name: raw.trim() };
  const stripped = withoutBylinePrefix(raw);
  const prefixed = stripped !== null || (options.prefixed ?? false);
  const { text: unmailed, mailbox } = withoutMail(stripped ?? raw.trim());
  if (!unmailed || EMAIL.test(unmailed) || !short(unmailed)) return null;
  // Digits belong to logins ("norm2782") and ids, never to a name with a site or role around it.
  if (/\s/.test(unmailed) && /\d/.test(unmailed)) return null;
  const name = core(unmailed, stripped !== null);
  if (!name || /^\d+$/.test(name) || DOMAIN.test(name) || !short(name)) return null;
  const domainLabel = mailbox ? key(mailbox.split('@')[1]?.split('.')[0] ?? '') : null;
  const site = options.site ? key(options.site) : null;
  const k = key(name.split(/\s*,\s*/)[0] ?? name);
  if (k === domainLabel || k === site || (site && site.replace(/\s+/g, '') === k.replace(/^@/, ''))) return { kind: 'desk', name };
  if (isHeadingWords(name)) return null;
  if (isDesk(name) || BRAND.test(name)) return placed ? { kind: 'desk', name } : null;
  // One token where the dump's author field stands is a login or a publication; its ending or an
  // address in the dump tells a publication.
  if (placed && isPublicationToken(name, options.hostLabels)) return { kind: 'desk', name };
  const names = name.split(/\s*,\s*|\s+(?:and|und|et|y|e|i|и|og|och|en|ve|dan)\s+|\s+&\s+/u);
  // "BAAR, SWITZERLAND", "Austin, Texas": a city and its country or state is a dateline.
  // The credit has lost its closing full stop by now: "Toronto, Ont." reads "Toronto, Ont".
  const place = (names[1] ?? '').toLowerCase();
  if (names.length === 2 && (PLACES.has(place) || PLACES.has(`${place}.`))) return null;
  const ok = placed ? names.every(looseName) : isName(name, 4) || (prefixed && names.every((n) => isName(n) || /^@?[\w.-]{3,30}$/.test(n) || (uncased(n) && looseName(n))));
  // Several authors are one list, whatever word joined them: "Ana Ruiz y Juan Pérez" -> "Ana Ruiz, Juan Pérez".
  return ok ? { kind: 'person', name: names.length > 1 ? names.join(', ') : name } : null;
}
