import { parseDate } from '../../metadata/dates/dates.js';

/**
 * Dates as page metadata writes them. Most are ISO 8601 and go straight to parseDate; these
 * variants come from CMS templates and analytics tags rather than from people, so they are
 * normalised here: "2015-07-10 09:53:00 -0400" (a space before the offset), "… UTC", compact
 * "20191118", and Unix time in seconds or milliseconds (parse.ly, sailthru, data attributes).
 */
const SPACED_ZONE = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:([+-]\d{2}):?(\d{2})|(?:UTC|GMT|Z))$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
// 2001-09-09 to 2286: ten digits of seconds; thirteen of milliseconds.
const EPOCH = /^(\d{10}|\d{13})$/;

// A template's "no date" default: 0001-01-01, 1970-01-01 (time 0), 1900.
const EARLIEST_YEAR = 1990;

function normalised(raw: string): string {
  const s = raw.trim();
  const spaced = SPACED_ZONE.exec(s);
  if (spaced) {
    const [, day, clock, h, m] = spaced;
    return `${day}T${clock}${h ? `${h}:${m}` : 'Z'}`;
  }
  const compact = COMPACT.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec] = compact;
    return `${y}-${mo}-${d}${h ? `T${h}:${mi}:${sec ?? '00'}` : ''}`;
  }
  if (EPOCH.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return s;
}

function parsed(raw: string): string | null {
  return reading(raw)?.iso ?? null;
}

/** The date `raw` gives, with its day-first reading where it reads both ways (ParsedDate.dayFirst). */
function reading(raw: string): { iso: string; dayFirst?: string } | null {
  const date = parseDate(normalised(raw));
  if (!date || Number(date.iso.slice(0, 4)) < EARLIEST_YEAR) return null;
  return date;
}

/**
 * A page metadata date as ISO 8601, or null for anything else and for placeholder dates. Some
 * templates fill JSON-LD and microdata with the date as they show it, the clock first
 * ("01:38:07 PM IST Nov 20, 2019"): that is read as a shown date is.
 */
export function metaDate(raw: string): string | null {
  return parsed(raw) ?? clockLast(raw.trim());
}

// The clock before the day, moved after it, with its zone and then without.
function clockLast(s: string): string | null {
  const first = CLOCK_FIRST.exec(s);
  if (!first) return null;
  const tries = [`${first[3]} ${first[1]}${first[2] ? ` ${first[2]}` : ''}`, `${first[3]} ${first[1]}`];
  for (const t of tries) {
    const iso = parsed(t);
    if (iso) return iso;
  }
  return null;
}

// "Published 10:02 AM Nov 19, 2019", "Publicado em 12/10/2017", "Original Nov. 19, 2019": the label a
// visible date carries.
const PUBLISHED_WORDS =
  'first published|originally published|original|published|posted|publicado|publicada|publié|publiée|veröffentlicht|erschienen|pubblicato|gepubliceerd|опубликовано|diterbitkan|dipublikasikan|publicerad|publiceret|publisert|julkaistu|opublikowano|yayınlanma|yayınlandı';
const PUBLISHED_LABEL = new RegExp(`^(?:${PUBLISHED_WORDS})(?:\\s+(?:on|at|em|el|le|am|il|op|den|på|tarihi))?\\s*[:：]?\\s*`, 'iu');
/** Whether a text opens with a publication label ("Published:", "Posted on", "Publicado em"). */
export const opensPublished = (text: string): boolean => PUBLISHED_LABEL.test(text);
/** Whether a text is a publication label and nothing more ("Published:", "Posted on"). */
export const onlyPublished = (text: string): boolean => PUBLISHED_LABEL.test(text) && text.replace(PUBLISHED_LABEL, '') === '';

// "Updated Nov. 19, 2019", "Last modified:", "Atualizado em": a date that is not the publication's.
const UPDATED_LABEL =
  /^(?:last\s+)?(?:updated|modified|edited|revised|actualizado|actualizada|atualizado|atualizada|aktualisiert|geändert|mis à jour|mise à jour|modifié|aggiornato|aggiornata|bijgewerkt|обновлено|изменено|diperbarui|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowano|güncellendi|güncelleme|更新)(?=[\s:：,]|$)/iu;

/** Whether a text opens with an update's label ("Updated", "Last modified:", "Atualizado em"). */
export const opensUpdated = (text: string): boolean => UPDATED_LABEL.test(text);

// "10:02 AM EST Nov 19, 2019", "Fri 6:45 PM, Feb 16, 2018": the clock before the day.
const CLOCK_FIRST = /^(?:\p{L}{2,9}\.?,?\s+)?(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)(?:\s+([A-Z]{2,5}))?,?\s+(.+)$/iu;
// A zone abbreviation a parser may not know ("AMT", "IST"): the wall clock is still right.
const TRAILING_ZONE = /,?\s+\(?[A-Z]{2,5}\)?$/;

/** A date as a byline shows it, its "Published" label taken off. */
export function shownDate(text: string): string | null {
  return shownReading(text)?.iso ?? null;
}

/**
 * shownDate(), with the day-first reading of a date that reads both ways ("05/10/2018"): the
 * published extractor takes it where the page's language writes the day first, as it does for a
 * dump's date line. A date with the clock first has one reading.
 */
export function shownReading(text: string): { iso: string; dayFirst?: string } | null {
  const s = text.replace(PUBLISHED_LABEL, '').trim();
  if (CLOCK_FIRST.test(s)) {
    const iso = clockLast(s);
    return iso === null ? null : { iso };
  }
  return reading(s) ?? reading(s.replace(TRAILING_ZONE, ''));
}

/**
 * The part of a shown text that dates the publication: the text itself, else one of its lines or
 * of its parts between " / ", " | " and " · " ("Updated Nov. 19, 2019 8:21 am ET / Original Nov.
 * 19, 2019 8:02 am ET"). A part labelled as an update is never the publication's date.
 */
export function publicationPart(text: string, lines: readonly string[] = []): string | null {
  const parts = [text, ...lines, ...[text, ...lines].flatMap((t) => t.split(/\s+[/|·•]\s+/))];
  for (const part of parts) {
    const p = part.trim();
    if (p && !UPDATED_LABEL.test(p) && shownDate(p) !== null) return p;
  }
  return null;
}
