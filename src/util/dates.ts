import { fold } from './fold.js';

/**
 * Date lines as syndicated dumps write them (catalogue section 11), parsed to ISO 8601 with the
 * dump's own clock: a time without a zone stays without one ("2021-07-02T02:45:00"), an offset is
 * kept when the dump gives one, a date alone stays a date.
 *
 * Note: this is hand-written on purpose. luxon and chrono-node both go through Intl, whose first
 * use initialises ICU (13 ms here, a fifth of a bare `node` start) and chrono costs 3.7x a start
 * to import; the shapes below are fixed formats, each validated through Date.UTC.
 */
export interface ParsedDate {
  iso: string;
  /** Set when the reading had to be chosen: says which, and why. */
  note?: string;
}

const MONTHS: Record<string, number> = {};
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach(
  (name, i) => {
    MONTHS[name] = i + 1;
    MONTHS[name.slice(0, 3)] = i + 1;
  },
);
MONTHS.sept = 9;

/** RFC 822 zone names (the obsolete US ones still appear: CNN via FeedBurner sends EDT). */
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const LEADING_WEEKDAY = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+/i;
const RFC_822 = /^(\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[a-z]{1,3})$/i;
// "- 02:45", "at 2:45 am", ", 14:30:00", "@ 9:05 PM": the time at the end of a dateline.
const TRAILING_TIME = /(?:\s*(?:-|at|,|@))?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;
const MONTH_FIRST = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\.? (?:of )?([a-z]+)\.?,? (\d{4})$/i;
const NUMERIC = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

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

function rfc822(s: string, weekday: number | null): ParsedDate | null {
  const m = RFC_822.exec(s);
  const month = m?.[2] ? MONTHS[m[2].toLowerCase()] : undefined;
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
  if (m) return { y: Number(m[3]), m: MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, d: Number(m[2]) };
  m = DAY_FIRST.exec(s);
  if (m) return { y: Number(m[3]), m: MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, d: Number(m[1]) };
  m = DOTTED.exec(s); // European d.m.Y; nobody writes month-first with dots
  if (m) return { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
  m = YEAR_FIRST.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return null;
}

/** Parse a whole string as a date (a dateline, a front-matter value). Null when it is not one. */
export function parseDate(input: string): ParsedDate | null {
  let s = fold(input).replace(/\s+-\s+/g, ' - ');
  if (s.length < 6 || s.length > 60 || !/\d/.test(s)) return null;
  const asIso = iso(s);
  if (asIso) return asIso;

  let weekday: number | null = null;
  const wd = LEADING_WEEKDAY.exec(s);
  if (wd?.[1]) {
    weekday = WEEKDAYS.indexOf(wd[1].toLowerCase());
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
