import { AGENCIES, AGENCY_PHRASES, DESK_QUALIFIERS, DESK_WORDS, ORGANISATION_WORDS as ORGANISATION, ROLE_WORDS } from './words.js';
import { countWords, key } from '../../text/fold.js';
import { isHeadingWords, isName, isSiteName } from './names.js';
import { isAscii } from '../../text/chars.js';
import { cities, countries, regions } from '../../phrases/places.js';
import { publicationEndings } from '../../phrases/publication-words.js';
import { nameJoiners } from '../../phrases/name-joiners.js';
import { asLabel } from '../../text/hosts.js';
import { withoutBylinePrefix } from './prefix.js';

export { withoutBylinePrefix } from './prefix.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.'-]+$/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
const HANDLE = /^@[\p{L}\p{N}_.]{2,30}$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;

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

const MAX_CREDIT = 200;
const PLACES: ReadonlySet<string> = new Set([...countries, ...regions]);
// A credit that is a place and nothing else is a dateline's: "New York", "San Francisco".
const PLACE_NAMES: ReadonlySet<string> = new Set([...countries, ...regions, ...cities]);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const DOMAIN_SHAPE = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.([a-z]{2,})(?:\/\S*)?$/i;
// The top-level domains a publication's name ends in; a login with a dot ("jane.doe") has none.
const TLDS = new Set('com net org info biz news blog media online site website tv fm io co app dev tech xyz me eu asia gov edu mil int pro today press'.split(' '));
const DOMAIN = {
  test(s: string): boolean {
    const m = DOMAIN_SHAPE.exec(s);
    const tld = m?.[1]?.toLowerCase();
    return tld !== undefined && (tld.length === 2 || TLDS.has(tld) || /^(?:https?:|www\.)/i.test(s));
  },
};
// A second credit after the writer's: "Text: Jana Roth / Fotos: Max Weber", "Texto: Ana Ruiz | Fotos:
// Juan Pérez", "Текст: Мария Иванова, фото: Иван Петров", and the writer's address: "By Jane Doe | jane@example.com".
const SECOND_CREDIT = /\s*(?:[|/,;·•]|\s[-\u2013\u2014])\s*(?:(?:photos?|fotos?|foto|фото|bild(?:er)?|images?|illustrations?|video|grafik|graphics?|photography|fotografía|fotografia|zdjęcia|zdjęcie|kuvat?|billeder|bilder)(?![\p{L}]).*|<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?)$/iu;
// What every SECOND_CREDIT holds, in a regex that turns most credits down at once.
const SECOND_CREDIT_WORD = /@|pho|fo|фото|bild|bille|imag|illu|vid|graf|graph|zdj|kuv/i;
// Placeholders a feed or an API prints where it has no author: Blogger's "Unknown", "Anonymous", Cloudflare's "[email protected]".
/** Whether a credit is a placeholder for no author ("Unknown", "Anonymous", "[email protected]"). */
export const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(text.trim());
const PLACEHOLDER = /^(?:unknown|anonymous|anonyme?|anónimo|anonimo|anonim|inconnu|desconocido|unbekannt|sconosciuto|n\/a|none|null|undefined|not available|guest|\[email(?:\s|\u00a0)protected\])$/i;
// The word that glues an agency to a writer or a publication: "avec AFP", "with AP", "con EFE", "mit dpa".
const WITH_AGENCY = /\s+(?:avec|with|and|con|y|mit|und|com|e|met|en|z|ze|ile|ve|и|cu|och|med|og)$/iu;
// Separators between a name and a site or section glued to it: "lea zeitoun I designboom",
// "Jane Doe | Gazette", "Ana Ruiz – El Diario". A capital I between spaces is a pipe typed by hand.
const SITE_SEPARATOR = /\s+(?:[|Il¦•·]|--?|[\u2013\u2014])\s+/;
// Dateline after a name: "Ana Ruiz in Madrid", "Hans Weber aus Berlin", "Murat KÜÇÜK/BOLU". Not
// "da": Portuguese names hold it ("Luiz Inácio da Silva") far more often than Italian bylines a town.
// "en" is Dutch for "and" (datelineWords).
const DATELINE = /\s+(?:in|en|aus|à|a|em|w|we|i|из|в)\s+\p{Lu}[\p{L}.\- ]{1,40}$/u;
const NO_EN_DATELINE = /\s+(?:in|aus|à|a|em|w|we|i|из|в)\s+\p{Lu}[\p{L}.\- ]{1,40}$/u;
// A name after a slash is a second author ("Jane Doe / John Roe"); anything else is the writer's
// outlet or agency ("Jane Doe / Reuters", "Ana Ruiz / El Diario").
const SLASH = /\s+\/\s+/;
// An outlet's initials after the name's comma: "Jane Doe, CNN", "Jill Disis, CNN Business".
const OUTLET_INITIALS = /^\p{Lu}{2,5}(?:\s+\p{Lu}\p{Ll}+)?$/u;
// The titles that end a name with a full stop of their own: "Martin Luther King Jr."
const NAME_SUFFIX = /\s(?:Jr|Sr|Jnr|Snr)\.$/;
// CJK reporting credits after the name: "王小明／台北報導", "王小明/北京报道".
const CJK_REPORTING = /\s*[／/]\s*\S{1,10}?(?:報導|报道|電|电)$/u;
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
const ASCII_DATELINE = /\s+(?:in|en|aus|a|em|w|we|i)\s+[A-Z][A-Za-z.\- ]{1,40}$/;
const ASCII_NO_EN_DATELINE = /\s+(?:in|aus|a|em|w|we|i)\s+[A-Z][A-Za-z.\- ]{1,40}$/;
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
export const isAgency = (s: string): boolean => {
  const k = key(s);
  return AGENCY_PHRASES.includes(k) || words(s).every((w) => AGENCIES.has(w));
};
const isRole = (s: string) => words(s).some((w) => ROLE_WORDS.has(w)) || isAgency(s);
const isDesk = (s: string) => words(s).some((w) => DESK_WORDS.has(w)) || isAgency(s) || /^the\s/i.test(s);

/** A publication's name after "for": short, in a cased script ("Kindle for PCをインストール…" is a sentence). */
const outletName = (s: string): boolean => s.length <= 40 && !/[\u3000-\u9fff\uac00-\ud7af]/u.test(s) && isSiteName(s);

/** Strip what a byline prints around the names: roles, agencies, datelines, sites, affiliations. */
function core(text: string, prefixed: boolean, dutch = false, placed = false): string {
  let t = text.replace(/^[_*]+|[_*]+$/g, '').trim();
  if (!NAME_SUFFIX.test(t)) t = t.replace(/\.$/, '');
  if (t.includes('報') || t.includes('报') || t.includes('電') || t.includes('电')) t = t.replace(CJK_REPORTING, '');
  t = t.replace(/\s*\((?:[^()]*)\)$/, '').trim() || t;
  // The writer's account after the name: "Jane Doe @janedoe".
  if (t.includes('@')) t = t.replace(HANDLE_AFTER, '');
  // A role or an employer after the name ends it, with whatever follows: "Jane Doe, Director of
  // Privacy, Product and Engineering", "Sam Peter, Google Science Fair Team".
  const parts = t.split(/\s*,\s*/);
  const after = parts.findIndex((p, i) => i > 0 && (isRole(p) || isDesk(p) || DEGREE.test(p) || OUTLET_INITIALS.test(p)));
  if (after > 0) parts.length = after;
  // The writer's town after the name: "Von Jana Roth, Berlin", "Por Ana Ruiz, Madrid". One word after a
  // name of two or more: a person's name is no single word here, and "Jane Doe, Reuters" went above.
  if (parts.length === 2 && /\s/.test(parts[0] ?? '') && CAPITALISED_WORD.test(parts[1] ?? '') && !ALL_CAPITALS.test(parts[1] ?? '')) parts.length = 1;
  t = parts.join(', ');
  // A site or an agency after a separator goes with it ("Jane Doe | Reuters"): cut there first, so
  // that taking an agency's name off the end leaves no separator behind.
  const site = SITE_SEPARATOR.exec(t);
  if (site && site.index > 0) t = t.slice(0, site.index);
  const slash = t.includes('/') ? SLASH.exec(t) : null;
  if (slash && slash.index > 0) {
    const second = t.slice(slash.index + slash[0].length);
    t = isName(second) && !isDesk(second) ? `${t.slice(0, slash.index)}, ${second}` : t.slice(0, slash.index);
  }
  // Only under a byline's prefix: "Thank You for Reading" is no name with its outlet.
  const outlet = prefixed || placed ? WRITING_FOR.exec(t) : null;
  // An author field's outlet is a publication's name ("Jane Doe for The Gazette"), not the rest of a sentence.
  if (outlet && outlet.index > 0 && (prefixed || outletName(t.slice(outlet.index + outlet[0].length)))) t = t.slice(0, outlet.index);
  // "Jane Doe Associated Press" loses its agency; "The Associated Press" stays the agency it names.
  const before = t;
  for (const phrase of AGENCY_PHRASES) {
    if (!key(t).endsWith(` ${phrase}`)) continue;
    const rest = t.slice(0, t.length - phrase.length).trim();
    if (!/^(?:the|by)$/i.test(rest)) t = rest;
  }
  const last = t.split(/\s+/).pop() ?? '';
  if (t.includes(' ') && AGENCIES.has(last.toLowerCase())) t = t.slice(0, t.length - last.length).trim();
  // "Le Monde avec AFP", "Jane Doe with AP": the word that joined the agency goes with it.
  if (t !== before) t = t.replace(WITH_AGENCY, '').trim();
  if (t.includes('/')) t = t.replace(CITY_SLASH, '');
  const ascii = isAscii(t);
  return t.replace(dutch ? (ascii ? ASCII_NO_EN_DATELINE : NO_EN_DATELINE) : ascii ? ASCII_DATELINE : DATELINE, '').trim();
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
  if (isAgency(name) || isPlaceholder(name)) return null;
  if (isMarkedBrand(name)) return name.trim();
  // The site's account credited for it: "@GIGAZINE" is GIGAZINE.
  if (HANDLE.test(name.trim())) return name.trim().slice(1);
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
  // What is left of "Redazione online" says which desk, not which site.
  const qualifier = tokens.length === 1 && DESK_QUALIFIERS.has(site.toLowerCase()) && site !== name.trim();
  return site && !department && !bare && !qualifier && !isAgency(site) && isSiteName(site) ? site : null;
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
  // The mark first: a regex of letter classes costs milliseconds to compile, and few credits end in one.
  if (!(t.endsWith('?') || t.endsWith('!')) || !MARKED_BRAND.test(t)) return false;
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

// Words that follow "By", "Par", "Por", "Von", "Di", "Door", "Av" in a sentence's opening or a
// heading: after a prefix they are no login.
const NOT_LOGINS = new Set(
  (
    'now then far all design hand night day car train bus plane boat foot law default chance accident mistake contrast ' +
    'comparison nature definition heart phone mail email post air sea land road rail ' +
    'ailleurs contre exemple conséquent consequent hasard ici là la suite avance ' +
    'fin eso ejemplo supuesto favor cierto ahora tanto cuanto suerte fortuna culpa desgracia ' +
    'isso fim enquanto sorte acaso causa ' +
    'heute jetzt anfang hier damals morgen gestern außen innen oben unten vorne hinten ' +
    'notte giorno nuovo solito fatto qui sera mattina recente ' +
    'de het een nu toen ' +
    'och till sig mig dig'
  ).split(' '),
);
const DUTCH_PREFIX = /^(?:[-\u2013\u2014]\s*)?(?:door|geschreven door|geplaatst door|gepost door|gepubliceerd door)\s/i;
// The words that join a list of authors, after a comma too ("Jane Doe, John Roe, and Ana Ruiz"),
// and in capitals in a line set in capitals ("JANE DOE AND JOHN ROE"; single letters stay lower
// case there, an initial being as likely).
const NAME_LIST = /\s*,\s*(?:(?:and|und|et|y|e|i|и|og|och|en|ve|dan|&)\s+)?|\s+(?:and|und|et|y|e|i|и|og|och|en|ve|dan|AND|UND|ET|OCH|OG|EN|VE|DAN|И)\s+|\s+&\s+/u;
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'die', 'der', 'das', 'de', 'het', 'of', 'du', 'des', 'del', 'da', 'do']);

/**
 * A desk's credit under a byline's prefix: "By Staff", "Por Redacción", "By the Editorial Board",
 * "By Gazette Staff", "By The Associated Press". Every word a desk's, an agency's or a capitalised
 * name's (articles aside), and one a desk's at least: "By the way" and "By Design" name no desk.
 */
function deskOnly(name: string): boolean {
  if (isAgency(name)) return true;
  const tokens = name.split(/\s+/).filter((t) => !ARTICLES.has(t.toLowerCase()));
  if (tokens.length === 0 || tokens.length > 5) return false;
  const desk = (t: string) => DESK_WORDS.has(t.toLowerCase()) || AGENCIES.has(t.toLowerCase());
  return tokens.some(desk) && tokens.every((t) => desk(t) || OPENS_CAPITAL.test(t));
}

/** "王小明", "शशि तुषार शर्मा": a name in a script without capitals, which isName() cannot judge. */
const uncased = (s: string) => s.length <= 40 && s.toLowerCase() === s.toUpperCase() && HAS_LETTER.test(s);

/** One name as a credit may print it when its place says it is one: any script, a login, a handle. */
function looseName(s: string): boolean {
  if (/^@[\w.]{2,30}$/.test(s)) return true;
  const ascii = isAscii(s);
  if ((ascii ? ASCII_LOGIN : LOGIN).test(s)) return (ascii ? /[A-Za-z]/ : HAS_LETTER).test(s) && !/^\d/.test(s) && !DOMAIN.test(s);
  const tokens = s.split(/\s+/);
  if (tokens.length > 6 || /[!?;:"“”„«»\d@/\\[\]{}<>=+#]/.test(s)) return false;
  if (!tokens.every((t) => (ascii ? ASCII_NAME_WORD : NAME_WORD).test(t))) return false;
  // "Jane Doe", "JANE DOE", "Who da'Punk", "lea zeitoun", "शशि तुषार शर्मा"; not "Thanks for reading".
  const cased = tokens.filter((t) => t.toLowerCase() !== t.toUpperCase());
  const lower = cased.filter((t) => t === t.toLowerCase() && !PARTICLES.has(t));
  return lower.length === 0 || lower.length === cased.length ? tokens.length <= 4 || lower.length === 0 : lower.length === 1 && tokens.length >= 3;
}

/** One name of a list: a name in full, one in a script without case, or a login. */
const listedName = (p: string): boolean => isName(p) || (uncased(p) && looseName(p)) || ASCII_LOGIN.test(p);

const MAX_ROLE_WORDS = 30;
/** Where the role must show itself: "senior fellow at …", "a reporter for …", "Leiter des …". */
const ROLE_LEAD = 4;
/** Or where it ends, after the organisation that holds it: "Example Labs Open Data Service (ODS) Director". */
const MAX_ORG_TITLE = 8;

/**
 * A byline whose name is followed by a role or an affiliation too long for a credit: "By Jane Doe,
 * senior fellow at the X Institute and author of Y", "Publié par Marie Dupont, chercheuse associée
 * à …", "Jane Doe, Example Labs Research Director". The role must say it is one (a role word among its
 * first words, or as the last of a few) and read as no sentence;
 * the name is the person.
 */
function withLongRole(text: string): Credit {
  const comma = text.indexOf(',');
  if (comma < 0) return null;
  const name = text.slice(0, comma).trim();
  const role = text.slice(comma + 1).trim().replace(/\.$/u, '');
  if (!isName(name) || countWords(role, MAX_ROLE_WORDS + 1) > MAX_ROLE_WORDS || /[.!?;:]\s|[!?;]$|["“”]/u.test(role)) return null;
  const w = words(role);
  const titled = w.slice(0, ROLE_LEAD).some((x) => ROLE_WORDS.has(x)) || (w.length <= MAX_ORG_TITLE && ROLE_WORDS.has(w.at(-1) ?? ''));
  return titled ? { kind: 'person', name } : null;
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
  const { text: mailedWith, mailbox } = withoutMail(stripped ?? raw.trim());
  const mailed = SECOND_CREDIT_WORD.test(mailedWith) && SECOND_CREDIT.test(mailedWith) ? mailedWith.replace(SECOND_CREDIT, '') : mailedWith;
  if (PLACEHOLDER.test(mailed.trim())) return placed || stripped !== null ? { kind: 'desk', name: mailed.trim() } : null;
  // "Jane Doe; John Roe": a list of names parted like a list of anything.
  // Only names on both sides: "Reporting by Ana Ruiz; Editing by Kate Lowe" is a wire credit's two parts.
  const unmailed = mailed.includes(';') && mailed.split(';').every((p) => countWords(p, 6) <= 5 && listedName(p.trim())) ? mailed.replace(/\s*;\s*/g, ', ') : mailed;
  if (!unmailed || EMAIL.test(unmailed)) return null;
  if (!short(unmailed)) return stripped !== null && !placed ? withLongRole(unmailed) : null;
  // Digits belong to logins ("norm2782") and ids, never to a name with a site or role around it;
  // an organisation's title after the name may hold some inside its words ("Jane Doe, X5 Open Data
  // Director"); a number standing alone is a date or a count ("Staff Writer | January 18, 2019").
  if (/\s/.test(unmailed) && /\d/.test(unmailed)) return unmailed.includes(',') && !/(?:^|[\s,(|])\d/.test(unmailed) ? withLongRole(unmailed) : null;
  const dutch = stripped !== null && DUTCH_PREFIX.test(raw.trim());
  const name = core(unmailed, stripped !== null, dutch, placed);
  if (!name || /^\d+$/.test(name) || !short(name)) return null;
  // A publication's address as its author field ("Kompas.com"): the credit line of a site.
  if (DOMAIN.test(name)) return placed ? { kind: 'desk', name } : null;
  const domainLabel = mailbox ? key(mailbox.split('@')[1]?.split('.')[0] ?? '') : null;
  const site = options.site ? key(options.site) : null;
  const k = key(name.split(/\s*,\s*/)[0] ?? name);
  if (k === domainLabel || k === site || (site && site.replace(/\s+/g, '') === k.replace(/^@/, ''))) return { kind: 'desk', name };
  // A place alone is a dateline's, but in the author field it is someone's name ("Jordan").
  if (isHeadingWords(name) || (!placed && PLACE_NAMES.has(key(name)))) return null;
  if (isDesk(name) || BRAND.test(name)) return placed || (stripped !== null && deskOnly(name)) ? { kind: 'desk', name } : null;
  // One token where the dump's author field stands is a login or a publication; its ending or an
  // address in the dump tells a publication.
  if (placed && isPublicationToken(name, options.hostLabels)) return { kind: 'desk', name };
  const names = name.split(NAME_LIST);
  // "BAAR, SWITZERLAND", "Austin, Texas": a city and its country or state is a dateline.
  // The credit has lost its closing full stop by now: "Toronto, Ont." reads "Toronto, Ont".
  const place = (names[1] ?? '').toLowerCase();
  if (names.length === 2 && (PLACES.has(place) || PLACES.has(`${place}.`))) return null;
  // Under a prefix a login counts ("Posted by admin3", "By jvoisin"), alone: "By Train, Bus and Ferry"
  // lists no people, and "By now", "Par ailleurs", "Di notte" open a sentence or name a time.
  const login = (n: string) => names.length === 1 && /^@?[\w.-]{3,30}$/.test(n) && !NOT_LOGINS.has(n.toLowerCase());
  // Several names are each a name in full: "By Train, Bus and Ferry" lists no people. Under a
  // prefix, a name followed by parts that are none is the writer and an affiliation: "Posted by
  // William Echikson, External Relations, Europe, Middle East and Africa".
  const full = (n: string) => isName(n) || (prefixed && uncased(n) && looseName(n));
  const first = names[0] ?? '';
  const affiliated = !placed && names.length > 1 && prefixed && !names.every(full) && isName(first);
  if (affiliated) return { kind: 'person', name: first };
  const ok = placed
    ? names.every(looseName)
    : names.length > 1
      ? names.every(full)
      : isName(name, 4) || (prefixed && (login(name) || (uncased(name) && looseName(name))));
  // Several authors are one list, whatever word joined them: "Ana Ruiz y Juan Pérez" -> "Ana Ruiz, Juan Pérez".
  return ok ? { kind: 'person', name: names.length > 1 ? names.join(', ') : name } : null;
}
