import { fold } from './fold.js';

/**
 * Date lines as syndicated dumps write them, parsed to ISO 8601 with the
 * dump's own clock: a time without a zone stays without one ("2021-07-02T02:45:00"), an offset is
 * kept when the dump gives one, a date alone stays a date.
 *
 * Note: this is hand-written on purpose. luxon and chrono-node both go through Intl, whose first
 * use initialises ICU (13 ms here, a fifth of a bare `node` start) and chrono costs 3.7x a start
 * to import; the shapes below are fixed formats, each validated through Date.UTC. Month and weekday
 * names in German, French, Spanish and Portuguese are table entries, not a reason for a library.
 */
export interface ParsedDate {
  iso: string;
  /** Set when the reading had to be chosen or computed: says which, and why. */
  note?: string;
}

export interface DateOptions {
  /** What relative dates ("2 days ago", "yesterday") count from; without it they are not dates. */
  now?: Date | null;
}

/** Lower case without accents: "Março" and "marco", "Février" and "fevrier" are one key. */
function plain(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function table(rows: readonly string[], first: number): Map<string, number> {
  const out = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const word of row.split(' ')) out.set(word, first + i);
  });
  return out;
}

// English, German, French, Spanish, Portuguese, with the abbreviations datelines use, without
// accents. No word names two different months in two of them, so one table serves all five.
const MONTHS = table(
  [
  'january jan januar janner janvier janv enero ene janeiro',
  'february feb februar fevrier fevr fev febrero fevereiro',
  'march mar marz maerz mrz mars marzo marco',
  'april apr avril avr abril abr',
  'may mai mayo maio',
  'june jun juni juin junio junho',
  'july jul juli juillet juil julio julho',
  'august aug aout agosto ago',
  'september sep sept septembre septiembre setiembre setembro set',
  'october oct oktober okt octobre octubre outubro out',
  'november nov novembre noviembre novembro',
  'december dec dezember dez decembre diciembre dic dezembro',
  ],
  1,
);

/** RFC 822 zone names (the obsolete US ones still appear: CNN via FeedBurner sends EDT). */
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// Full names only where an abbreviation is also a month's ("mar." is Tuesday in French, March in English).
const FOREIGN_WEEKDAYS = table([
  'sonntag so dimanche domingo',
  'montag mo lundi lunes segunda segunda-feira',
  'dienstag di mardi martes terca terca-feira',
  'mittwoch mi mercredi miercoles quarta quarta-feira',
  'donnerstag do jeudi jueves quinta quinta-feira',
  'freitag fr vendredi viernes sexta sexta-feira',
  'samstag sonnabend sa samedi sabado',
], 0);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const LEADING_WORD = /^([a-zà-ÿ]+(?:-feira)?)\.?,?\s+/i;
const ENGLISH_WEEKDAY = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*$/i;
const RFC_822 = /^(\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[a-z]{1,3})$/i;
// "- 02:45", "at 2:45 am", ", 14:30:00", "@ 9:05 PM", "um 14:30 Uhr", "à 14h30", "a las 14:30",
// "às 14:30": the time at the end of a dateline.
const TRAILING_TIME = /(?:\s*(?:-|at|,|@|um|à|a las|a la|às|as))?\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*uhr)?\s*([ap]\.?m\.?)?$/i;
const MONTH_FIRST = /^([a-zà-ÿ]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
// "2 July 2021", "2nd of July, 2021", "2. Juli 2021", "1er juillet 2021", "2 de julio de 2021".
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th|er|º|°|ª)?\.? (?:of |de )?([a-zà-ÿ]+)\.?,? (?:de |del )?(\d{4})$/i;
const NUMERIC = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
// WordPress's human_time_diff() ("5 mins ago", "an hour ago"). Months and years are left out: a
// "2 months ago" is a date only to within weeks, and a wrong day is worse than none.
const RELATIVE = /^(?:(\d+)|an?|one) (sec|second|min|minute|hr|hour|day|week)s? ago\.?$/i;
const YESTERDAY = /^yesterday$/i;
const UNIT_SECONDS: Record<string, number> = { sec: 1, second: 1, min: 60, minute: 60, hr: 3600, hour: 3600, day: 86400, week: 604800 };

interface Ymd {
  y: number;
  m: number;
  d: number;
}
interface Clock {
  h: number;
  min: number;
  s: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day exists (no 31 June, 29 February only in leap years) and the year is plausible. */
function valid({ y, m, d }: Ymd): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function weekdayOf({ y, m, d }: Ymd): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function format(date: Ymd, clock: Clock | null, offset: string | null = null): string {
  const day = `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
  if (!clock) return day;
  return `${day}T${pad(clock.h)}:${pad(clock.min)}:${pad(clock.s)}${offset ?? ''}`;
}

function clockOf(h: number, min: number, s: number): Clock | null {
  return h <= 23 && min <= 59 && s <= 59 ? { h, min, s } : null;
}

/** "+0000", "-05:00", "GMT", "EDT" -> "Z" or "+HH:MM". */
function offsetOf(zone: string): string | null {
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named === 0 ? 'Z' : `${named < 0 ? '-' : '+'}${pad(Math.abs(named))}:00`;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
}

function iso(s: string): ParsedDate | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (!valid(date)) return null;
  if (m[4] === undefined) return { iso: format(date, null) };
  const clock = clockOf(Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  const offset = m[7] ? offsetOf(m[7]) : null;
  return clock && (offset || !m[7]) ? { iso: format(date, clock, offset) } : null;
}

function monthOf(word: string | undefined): number {
  return MONTHS.get(plain(word ?? '')) ?? 0;
}

function rfc822(s: string, weekday: number | null): ParsedDate | null {
  const m = RFC_822.exec(s);
  const month = monthOf(m?.[2]);
  if (!m || !month) return null;
  const date = { y: Number(m[3]), m: month, d: Number(m[1]) };
  const clock = clockOf(Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  const offset = offsetOf(m[7] ?? '');
  if (!valid(date) || !clock || !offset || (weekday !== null && weekdayOf(date) !== weekday)) return null;
  return { iso: format(date, clock, offset) };
}

/** Dates whose day and month order is certain from their shape. */
function certain(s: string): Ymd | null {
  let m = MONTH_FIRST.exec(s);
  if (m) return { y: Number(m[3]), m: monthOf(m[1]), d: Number(m[2]) };
  m = DAY_FIRST.exec(s);
  if (m) return { y: Number(m[3]), m: monthOf(m[2]), d: Number(m[1]) };
  m = DOTTED.exec(s); // European d.m.Y; nobody writes month-first with dots
  if (m) return { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
  m = YEAR_FIRST.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return null;
}

/** The day of the week a leading word names (0 = Sunday), in any of the five languages. */
function weekdayNamed(word: string): number | null {
  if (ENGLISH_WEEKDAY.test(word)) return WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase());
  return FOREIGN_WEEKDAYS.get(plain(word)) ?? null;
}

/**
 * "2 days ago", "an hour ago", "yesterday", counted back from `now`. Times come out in UTC, the
 * only zone a Date keeps; a day count gives the UTC calendar date, with no time, as WordPress
 * rounds it to the day.
 */
function relative(s: string, input: string, now: Date): ParsedDate | null {
  let seconds: number;
  if (YESTERDAY.test(s)) seconds = 86400;
  else {
    const m = RELATIVE.exec(s);
    if (!m) return null;
    seconds = (m[1] === undefined ? 1 : Number(m[1])) * (UNIT_SECONDS[(m[2] ?? '').toLowerCase()] ?? 0);
  }
  const at = new Date(now.getTime() - seconds * 1000);
  const date = { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
  if (!valid(date)) return null;
  const clock = seconds < 86400 ? { h: at.getUTCHours(), min: at.getUTCMinutes(), s: at.getUTCSeconds() } : null;
  const from = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { iso: format(date, clock, clock ? 'Z' : null), note: `"${input.trim()}" counted back from ${from}` };
}

/** Parse a whole string as a date (a dateline, a front-matter value). Null when it is not one. */
export function parseDate(input: string, options: DateOptions = {}): ParsedDate | null {
  let s = fold(input).replace(/\s+-\s+/g, ' - ');
  if (RELATIVE.test(s) || YESTERDAY.test(s)) {
    const now = options.now;
    return now && !Number.isNaN(now.getTime()) ? relative(s, input, now) : null;
  }
  if (s.length < 6 || s.length > 60 || !/\d/.test(s)) return null;
  const asIso = iso(s);
  if (asIso) return asIso;

  let weekday: number | null = null;
  const wd = LEADING_WORD.exec(s);
  const named = wd?.[1] ? weekdayNamed(wd[1]) : null;
  if (wd && named !== null) {
    weekday = named;
    s = s.slice(wd[0].length);
  }
  if (RFC_822.test(s)) return rfc822(s, weekday);

  let clock: Clock | null = null;
  const tm = TRAILING_TIME.exec(s);
  if (tm) {
    const hour = Number(tm[1]);
    const meridiem = tm[4]?.toLowerCase().replace(/\./g, '');
    if (meridiem && (hour < 1 || hour > 12)) return null;
    const h = meridiem === 'pm' ? (hour % 12) + 12 : meridiem === 'am' ? hour % 12 : hour;
    clock = clockOf(h, Number(tm[2]), Number(tm[3] ?? 0));
    if (!clock) return null;
    s = s.slice(0, tm.index).trim().replace(/,$/, '');
  }
  const fits = (date: Ymd) => valid(date) && (weekday === null || weekdayOf(date) === weekday);

  const sure = certain(s);
  if (sure) return fits(sure) ? { iso: format(sure, clock) } : null;

  const m = NUMERIC.exec(s);
  if (!m) return null;
  const us = { y: Number(m[4]), m: Number(m[1]), d: Number(m[3]) };
  const eu = { y: us.y, m: us.d, d: us.m };
  const readings = [us, eu].filter(fits);
  const [first, second] = readings;
  if (!first) return null;
  if (second && (second.m !== first.m || second.d !== first.d)) {
    return {
      iso: format(first, clock),
      note: `"${input.trim()}" reads as month/day or day/month; took month/day (${format(first, null)}) over ${format(second, null)}`,
    };
  }
  return { iso: format(first, clock) };
}
