import { digitAt, opensWithDigits } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { MONTHS, plain, WEEKDAYS } from './names.js';
import { isZone, offsetOf, zoneOffset, type Ymd } from './zones.js';
import { ageOf } from './relative.js';
import { asciiDigits } from './digits.js';

export { asciiDigits, hasOtherDigits } from './digits.js';

/**
 * Date lines as syndicated dumps write them (catalogue section 11), parsed to ISO 8601 with the
 * dump's own clock: a time without a zone stays without one ("2021-07-02T02:45:00"), a zone
 * becomes an explicit offset ("+00:00" for UTC), a date alone stays a date.
 *
 * Note: this is hand-written on purpose. luxon and chrono-node both go through Intl, whose first
 * use initialises ICU (13 ms here, a fifth of a bare `node` start) and chrono costs 3.7x a start
 * to import; dumps write a few fixed shapes, each validated through Date.UTC, and the words that
 * vary by language (months, weekdays, zones) are table rows in date-names.ts.
 */
export interface ParsedDate {
  iso: string;
  /** Set when the reading had to be chosen or computed: says which, and why. */
  note?: string;
  /**
   * The day-first reading of a numeric date that reads both ways ("05/10/2018"): `iso` is the
   * month-first one, and the published extractor takes this where the article's language writes
   * the day first.
   */
  dayFirst?: string;
}

export interface DateOptions {
  /** What relative dates ("2 days ago", "yesterday") count from; without it they are not dates. */
  now?: Date | null;
  /**
   * Read a bare 10-digit (seconds) or 13-digit (milliseconds) number as a Unix time. Off by
   * default: alone, such a number is as likely an id; callers turn it on where a label says date.
   */
  epoch?: boolean;
}

interface Clock {
  h: number;
  min: number;
  s: number;
}

const ISO = /^(\d{4})-(\d{1,2}|\p{L}{3,9})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s?(Z|[+-]\d{2}(?::?\d{2})?|utc|gmt)?)?$/iu;
// A weekday before the date ("Fri,", "Freitag,", "الجمعة،", "शुक्रवार") or after it ("18 Ocak 2019 Cuma",
// "2019-01-18 星期五"). Letters with their marks: Indic and Thai vowel signs are marks.
const LEADING_WORD = /^([\p{L}\p{M}'ʼ]+(?:-feira)?)\.?(?:[,،]\s*|\s+)/u;
const TRAILING_WORD = /[,،]?\s+[(（]?([\p{L}\p{M}'ʼ]+(?:-feira)?)\.?[)）]?$/u;
// Danish and Norwegian put "den" between the weekday and the day: "fredag den 18. januar 2019".
const DEN = /^den\s+/i;
// Vietnamese writes weekdays as two words ("Thứ Hai", "Chủ Nhật") and months as "tháng" + a
// number or a number word.
const VI_WEEKDAY = /^(?:thứ\s+\p{L}+|chủ\s+nhật),?\s+/iu;
const VI_DATE = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}|mười\s+(?:một|hai)|\p{L}+),?\s+(?:năm\s+)?(\d{4})/iu;
const VI_MONTHS = ['giêng một', 'hai', 'ba', 'tư bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai chạp'];
// 2019年3月5日, 2019년 3월 5일, then an optional weekday and time.
// The time may carry its half of the day before it: 午前/午後 (ja), 上午/下午 (zh), 오전/오후 (ko).
const CJK = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?\s*(?:[(（]?(?:星期|周|週)?[日月火水木金土一二三四五六天일월화수목금토][曜요]?[日일]?[)）]?)?\s*(?:(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})\s*[:時时시]\s*(\d{1,2})\s*[分분]?(?::(\d{2}))?)?$/u;
const CJK_PM = new Set(['午後', '下午', '오후']);
// The same halves of the day before a time written with a colon ("2019-01-18 오전 9:53"): put after it.
const CJK_MERIDIEM = /\s(午前|午後|上午|下午|오전|오후)\s*(\d{1,2}:\d{2}(?::\d{2})?)$/u;
// A time at the end, after the connector its language uses ("at", "um", "à", "a las", "às",
// "alle", "om", "kl.", "в", "saat", "pukul", "lúc"), with a meridiem and a zone or offset.
// The French write "9 h 53" too; Arabic writes its half of the day as ص (morning) and م (evening).
const TRAILING_TIME =
  /(?:\s*(?:-|at|,|،|@|um|à|a las|a la|às|as|alle|ore|om|kl\.?|klo|в|о|saat|pukul|jam|lúc|\||·|•|\/))?\s+(\d{1,2})(?:[:.]|\s?h\s?)(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(?:uhr|h|óra))?\s*([ap]\.?\s?m\.?|ص|م)?(?:\s*((?:gmt|utc)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|\p{L}{1,5}))?$/iu;
// What every TRAILING_TIME has, in a regex cheap to compile.
const CLOCK = /\d\s?[:hH.]\s?\d\d/;
// American and wire copy put the time first: "10:30 AM EST Mar 5, 2024", "10:30 AM ET, Tue March 5, 2024".
// "Published at 09:53 on 18 January 2019" puts an "on" between them.
const LEADING_TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?(?:\s+(?!on\s)([a-z]{1,5}))?\s*(?:[,|·-]|\s(?:on|le|am|el|il|op))?\s+(?=\S)/i;
const MONTH_FIRST = /^([\p{L}\p{M}]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/iu;
// "2 July 2021", "2nd of July, 2021", "2. Juli 2021", "1er juillet 2021", "2 de julio de 2021",
// "21 Dec 23" (RFC 822 allows a two-digit year).
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th|er|º|°|ª)?\.? (?:of |de |di )?([\p{L}\p{M}]+)\.?,? (?:de |del |di )?(\d{4}|\d{2})$/iu;
// Year first with the month's name: Hungarian "2019. január 18.", Lithuanian "2019 m. sausio 18 d.",
// and Latvian "2019. gada 18. janvāris", which puts the day before the month.
const YEAR_MONTH_DAY = /^(\d{4})\.?\s+(?:m\.\s*)?([\p{L}\p{M}]+)\.?\s+(\d{1,2})\.?(?:\s*d\.)?$/u;
const YEAR_DAY_MONTH = /^(\d{4})\.\s*gada\s+(\d{1,2})\.\s*([\p{L}\p{M}]+)$/u;
// Year words after a date: Polish "r.", Russian "г." / "года", Ukrainian "р." / "року", Turkish "yılı".
// Bulgarian "г.", and the full stop Croatian and Serbian put after the year ("18. siječnja 2019.").
const YEAR_WORD = /\s+(?:r|г|года|год|р|року|yılı)\.?$|(?<=\d{4})\.$/iu;
// A two-digit year is American ("1/18/19") or European ("18/01/19"), never a fraction or a version:
// dotted, only with the day and month padded to two digits ("18.01.19").
const NUMERIC = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$|^(\d{2})\.(\d{2})\.(\d{2})$/;
// "2024/03/05", "2024.03.05", and Korean and Hungarian "2024. 3. 5.".
const YEAR_FIRST = /^(\d{4})([/.])\s?(\d{1,2})\2\s?(\d{1,2})\.?$/;
// "5-Mar-2024", "05-March-24" (logs, Oracle, some CMSs).
// "18/ene/2019" too.
const DASHED = /^(\d{1,2})([-/])([^\d\s/-]{3,9})\2(\d{4}|\d{2})$/u;
const DASHED_MONTH_FIRST = /^([^\d\s-]{3,9})-(\d{1,2})-(\d{4})$/u;
// Unix date(1) and Java's Date.toString() put the year last, after the time and zone: "Jan 18 09:53:00 UTC 2019".
const YEAR_LAST = /^([^\d\s]{3,9}) (\d{1,2}) (\d{1,2}:\d{2}(?::\d{2})?)(?: ([A-Za-z]{1,5}|[+-]\d{4}))? (\d{4})$/u;
// ISO 8601's basic format: "20190118T095300Z".
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?$/i;
// Go's time.String(): the offset, then the zone's name, "2019-01-18 09:53:00 +0000 UTC".
const OFFSET_AND_NAME = /(\d\s?[+-]\d{2}:?\d{2})\s+[A-Z]{2,5}$/;
// Thai writes the Buddhist era: 2562 is 2019.
const THAI = /[\u0e00-\u0e7f]/;
const BUDDHIST_ERA = 543;
const MAX_DATE_INPUT = 200;
const EPOCH = /^(\d{10}|\d{13})$/;
// WordPress's human_time_diff() ("5 mins ago", "an hour ago"). Months and years are left out: a
// "2 months ago" is a date only to within weeks, and a wrong day is worse than none.
const RELATIVE = /^(?:(\d+)|an?|one) (sec|second|min|minute|hr|hour|day|week)s? ago\.?$/i;
const YESTERDAY = /^yesterday$/i;
const UNIT_SECONDS: Record<string, number> = { sec: 1, second: 1, min: 60, minute: 60, hr: 3600, hour: 3600, day: 86400, week: 604800 };

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

function monthOf(word: string | undefined): number {
  if (word === undefined) return 0;
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return MONTHS.get(plain(word)) ?? 0;
}

function iso(s: string): ParsedDate | null {
  const m = opensWithDigits(s, 4) ? ISO.exec(s) : null;
  if (!m) return null;
  const date = { y: Number(m[1]), m: monthOf(m[2]), d: Number(m[3]) };
  if (!valid(date)) return null;
  if (m[4] === undefined) return { iso: format(date, null) };
  const clock = clockOf(Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  const offset = m[7] ? offsetOf(m[7]) : null;
  return clock && (offset || !m[7]) ? { iso: format(date, clock, offset) } : null;
}

function cjk(s: string): ParsedDate | null {
  const m = opensWithDigits(s, 4) ? CJK.exec(s) : null;
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const half = m[4];
  const hour = m[5] === undefined ? 0 : Number(m[5]);
  const clock = m[5] === undefined ? null : half ? clockFrom(hour, Number(m[6]), Number(m[7] ?? 0), CJK_PM.has(half) ? 'pm' : 'am') : clockOf(hour, Number(m[6]), Number(m[7] ?? 0));
  if (!valid(date) || (m[5] !== undefined && (!clock || clock === 'bad'))) return null;
  return { iso: format(date, clock === 'bad' ? null : clock) };
}

/** Whether `s` may open with a Vietnamese weekday ("Thứ Hai", "Chủ Nhật"). */
function opensWeekday(s: string): boolean {
  const c = s.charCodeAt(0) | 0x20;
  return c === 0x74 || c === 0x63;
}

/** "4 Tháng Tư, 2025" -> "4 4 2025"-like day, month, year; other text unchanged. */
function vietnamese(s: string): Ymd | null {
  // "tháng" is in every Vietnamese date.
  if (!s.includes('h') && !s.includes('H')) return null;
  const m = VI_DATE.exec(s.replace(VI_WEEKDAY, ''));
  if (!m || m[0].length !== s.replace(VI_WEEKDAY, '').length) return null;
  const word = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const month = /^\d+$/.test(word) ? Number(word) : VI_MONTHS.findIndex((row) => row === word || row.split(' ').includes(word)) + 1;
  return { y: Number(m[3]), m: month, d: Number(m[1]) };
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** Dates whose day and month order is certain from their shape. */
function certain(s: string): Ymd | null {
  // Both end with the year; the month's name opens one, the day opens the other.
  const year = digitAt(s, s.length - 1);
  let m = year && !digitAt(s, 0) ? MONTH_FIRST.exec(s) : null;
  if (m) return { y: Number(m[3]), m: monthOf(m[1]), d: Number(m[2]) };
  m = year && digitAt(s, 0) ? DAY_FIRST.exec(s) : null;
  if (m) return { y: fullYear(m[3] ?? ''), m: monthOf(m[2]), d: Number(m[1]) };
  m = DOTTED.exec(s); // European d.m.Y; nobody writes month-first with dots
  if (m) return m[1] ? { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) } : { y: fullYear(m[6] ?? ''), m: Number(m[5]), d: Number(m[4]) };
  m = YEAR_FIRST.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) };
  m = digitAt(s, 0) ? DASHED.exec(s) : DASHED_MONTH_FIRST.exec(s);
  if (m) return digitAt(s, 0) ? { y: fullYear(m[4] ?? ''), m: monthOf(m[3]), d: Number(m[1]) } : { y: Number(m[3]), m: monthOf(m[1]), d: Number(m[2]) };
  m = opensWithDigits(s, 4) ? YEAR_MONTH_DAY.exec(s) : null;
  if (m) return { y: Number(m[1]), m: monthOf(m[2]), d: Number(m[3]) };
  m = opensWithDigits(s, 4) ? YEAR_DAY_MONTH.exec(s) : null;
  if (m) return { y: Number(m[1]), m: monthOf(m[3]), d: Number(m[2]) };
  return vietnamese(s);
}

/** The day of the week a word names (0 = Sunday), in any language of the table. */
function weekdayNamed(word: string): number | null {
  return WEEKDAYS.get(plain(word)) ?? null;
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
  return secondsBefore(seconds, input, now);
}

/** The date `seconds` before `now` (see relative()). */
function secondsBefore(seconds: number, input: string, now: Date): ParsedDate | null {
  const at = new Date(now.getTime() - seconds * 1000);
  const date = { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
  if (!valid(date)) return null;
  const clock = seconds < 86400 ? { h: at.getUTCHours(), min: at.getUTCMinutes(), s: at.getUTCSeconds() } : null;
  const from = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { iso: format(date, clock, clock ? '+00:00' : null), note: `"${input.trim()}" counted back from ${from}` };
}

/** A Unix time in seconds or milliseconds, between 2000 and 2100, as UTC. */
function epoch(s: string): ParsedDate | null {
  if (!EPOCH.test(s)) return null;
  const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
  if (ms < Date.UTC(2000, 0, 1) || ms >= Date.UTC(2100, 0, 1)) return null;
  return { iso: new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00'), note: `"${s}" read as a Unix time` };
}

/** The time (with meridiem and zone) at the end of `s`, and what comes before it. */
interface Timed {
  rest: string;
  clock: Clock;
  /** The zone as written, made an offset once the day is known (see zoneOffset). */
  zone: string | null;
}

/** A clock from its hour, minutes, seconds and meridiem ("pm", "a.m."), or 'bad' when they make none. */
function clockFrom(hour: number, min: number, sec: number, meridiem: string | undefined): Clock | 'bad' {
  const m = meridiem === 'ص' ? 'am' : meridiem === 'م' ? 'pm' : meridiem?.toLowerCase().replace(/[.\s]/g, '');
  if (m && (hour < 1 || hour > 12)) return 'bad';
  const h = m === 'pm' ? (hour % 12) + 12 : m === 'am' ? hour % 12 : hour;
  return clockOf(h, min, sec) ?? 'bad';
}

/** The time (with meridiem and zone) that opens `s`, and what follows it. */
function leadingTime(s: string): Timed | null | 'bad' {
  const tm = digitAt(s, 0) ? LEADING_TIME.exec(s) : null;
  if (!tm) return null;
  const clock = clockFrom(Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0), tm[4]);
  if (clock === 'bad' || (tm[5] && !isZone(tm[5]))) return 'bad';
  return { rest: s.slice(tm[0].length), clock, zone: tm[5] ?? null };
}

function trailingTime(s: string): Timed | null | 'bad' {
  const tm = CLOCK.test(s) ? TRAILING_TIME.exec(s) : null;
  if (!tm) return null;
  const clock = clockFrom(Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0), tm[4]);
  if (clock === 'bad' || (tm[5] && !isZone(tm[5]))) return 'bad';
  return { rest: s.slice(0, tm.index).trim().replace(/[,|·/-]$/, '').trim(), clock, zone: tm[5] ?? null };
}

/** Parse a whole string as a date (a dateline, a front-matter value). Null when it is not one. */
export function parseDate(input: string, options: DateOptions = {}): ParsedDate | null {
  // A date is short: a longer text is not searched for digits of other scripts (it is no date anyway).
  let s = fold(input.length <= MAX_DATE_INPUT ? asciiDigits(input) : input).replace(/\s+-\s+/g, ' - ');
  if (RELATIVE.test(s) || YESTERDAY.test(s)) {
    const now = options.now;
    return now && !Number.isNaN(now.getTime()) ? relative(s, input, now) : null;
  }
  // The same in other languages ("il y a 2 heures", "vor 3 Tagen"); an age in months names no day.
  const age = ageOf(s);
  if (age) {
    const now = options.now;
    return now && !Number.isNaN(now.getTime()) && age.seconds !== null ? secondsBefore(age.seconds, input, now) : null;
  }
  if (options.epoch && EPOCH.test(s)) return epoch(s);
  if (s.length < 6 || s.length > 80 || !/\d/.test(s)) return null;
  s = rewritten(s);
  const direct = iso(s) ?? cjk(s);
  if (direct) return direct;

  const weekdays: number[] = [];
  if (opensWeekday(s)) s = s.replace(VI_WEEKDAY, '');
  s = zoneInBrackets(s);
  const lead = leadingTime(s);
  if (lead === 'bad') return null;
  if (lead) s = lead.rest;
  const wd = digitAt(s, 0) ? null : LEADING_WORD.exec(s);
  const named = wd?.[1] ? weekdayNamed(wd[1]) : null;
  if (wd && named !== null) {
    weekdays.push(named);
    s = s.slice(wd[0].length).replace(DEN, '');
  }
  if (!digitAt(s, 0)) s = yearLast(s);
  // A weekday after the time ("2019-01-18 09:53:00 星期五") goes before the time is looked for.
  const after = lead || digitAt(s, s.length - 1) ? null : trailingWeekday(s, true);
  if (after) {
    weekdays.push(after.day);
    s = after.rest;
  }
  const time = lead ?? trailingTime(s);
  if (time === 'bad') return null;
  if (time && !lead) s = time.rest;
  // Both end in a letter or a full stop, where most dates end in the year.
  const wordLast = !digitAt(s, s.length - 1);
  if (wordLast) s = s.replace(YEAR_WORD, '');
  const trailing = wordLast ? trailingWeekday(s) : null;
  if (trailing) {
    weekdays.push(trailing.day);
    s = trailing.rest;
  }
  const clock = time ? time.clock : null;
  const offset = (date: Ymd) => (time?.zone ? zoneOffset(time.zone, date) : null);
  const fits = (date: Ymd) => valid(date) && weekdays.every((w) => weekdayOf(date) === w);

  const sure = buddhist(certain(s) ?? (iso(s)?.iso.length === 10 ? isoDay(s) : null), s);
  if (sure) return fits(sure) ? { iso: format(sure, clock, offset(sure)) } : null;

  const m = NUMERIC.exec(s);
  if (!m) return null;
  const us = { y: fullYear(m[4] ?? ''), m: Number(m[1]), d: Number(m[3]) };
  const eu = { y: us.y, m: us.d, d: us.m };
  const readings = [us, eu].filter(fits);
  const [first, second] = readings;
  if (!first) return null;
  if (second && (second.m !== first.m || second.d !== first.d)) {
    return {
      iso: format(first, clock, offset(first)),
      note: `"${input.trim()}" reads as month/day (${format(first, null)}) or day/month (${format(second, null)}): day/month where the article's language writes the day first`,
      dayFirst: format(second, clock, offset(second)),
    };
  }
  return { iso: format(first, clock, offset(first)) };
}

/** A weekday closing `s`, and what stands before it. */
function trailingWeekday(s: string, afterTime = false): { day: number; rest: string } | null {
  const tw = TRAILING_WORD.exec(s);
  // After a time, a zone's name comes first: "10:30 AM PT" is Pacific time, not a Polish Friday.
  const day = tw?.[1] && !(afterTime && isZone(tw[1])) ? weekdayNamed(tw[1]) : null;
  return tw && day !== null ? { day, rest: s.slice(0, tw.index) } : null;
}

/**
 * Shapes written in another order or notation than the parser reads, rewritten into one it does:
 * the year after the time ("Jan 18 09:53:00 UTC 2019"), ISO's basic format, an offset followed by
 * its zone's name, the Levant's two-word month names, a half of the day written before the time.
 */
function rewritten(s: string): string {
  let t = s;
  if (opensWithDigits(t, 8) && t[8] === 'T') {
    const b = ISO_BASIC.exec(t);
    if (b) t = `${b[1]}-${b[2]}-${b[3]}T${b[4]}:${b[5]}:${b[6] ?? '00'}${b[7] ?? ''}`;
  }
  if (OFFSET_AND_NAME.test(t)) t = t.replace(OFFSET_AND_NAME, '$1');
  if (t.includes('كانون') || t.includes('تشرين')) {
    t = t
      .replace(/كانون\s+الثاني/u, 'يناير')
      .replace(/كانون\s+ال[أا]ول/u, 'ديسمبر')
      .replace(/تشرين\s+ال[أا]ول/u, 'أكتوبر')
      .replace(/تشرين\s+الثاني/u, 'نوفمبر');
  }
  if (/[午上下오]/u.test(t)) {
    t = t.replace(CJK_MERIDIEM, (_, half: string, time: string) => ` ${time} ${CJK_PM.has(half) ? 'pm' : 'am'}`);
  }
  return t;
}

/** The year after the time and zone ("Fri Jan 18 09:53:00 UTC 2019"): put before the time. */
function yearLast(s: string): string {
  const m = YEAR_LAST.exec(s);
  return m ? `${m[1]} ${m[2]} ${m[5]} ${m[3]}${m[4] ? ` ${m[4]}` : ''}` : s;
}

/**
 * A bracket closing the line: a zone's comment after the offset ("GMT+0100 (CET)") goes; a zone
 * that is the only one ("09:53 (GMT+7)") stays, without its brackets.
 */
function zoneInBrackets(s: string): string {
  const m = s.endsWith(')') ? /\s*\(([^()]{1,40})\)$/.exec(s) : null;
  if (!m) return s;
  const before = s.slice(0, m.index);
  const zone = (m[1] ?? '').trim();
  return CLOCK_LAST.test(before) && isZone(zone) ? `${before} ${zone}` : before;
}

// A time closing the text, with no zone after it.
const CLOCK_LAST = /\d[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?$/i;

/** A Thai date in the Buddhist era (2562) as the Gregorian year (2019). */
function buddhist(date: Ymd | null, s: string): Ymd | null {
  if (!date || date.y < 2400 || !THAI.test(s)) return date;
  return { ...date, y: date.y - BUDDHIST_ERA };
}


function isoDay(s: string): Ymd | null {
  const m = ISO.exec(s);
  return m ? { y: Number(m[1]), m: monthOf(m[2]), d: Number(m[3]) } : null;
}
