import { ZONES } from './names.js';

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function minutesAsOffset(total: number): string {
  const abs = Math.abs(total);
  return `${total < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "+0000", "-05:00", "GMT+1", "UTC+05:30", "GMT", "EDT" -> "+HH:MM"; null for an unknown zone. */
export function offsetOf(zone: string): string | null {
  const z = zone.replace(/\s/g, '').toLowerCase();
  const named = ZONES[z];
  if (named !== undefined) return minutesAsOffset(named);
  const m = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return Number(m[2]) > 14 || Number(m[3] ?? 0) > 59 ? null : minutesAsOffset(m[1] === '-' ? -minutes : minutes);
}

/**
 * American news writes the zone without saying which half of the year it is ("10:30 AM ET"): the
 * offset is standard or daylight time as the day falls. Standard offsets in minutes.
 */
const US_GENERIC: Record<string, number> = { et: -300, ct: -360, mt: -420, pt: -480 };

/** The day of `month` that is the `nth` Sunday (nth < 0: counted from the month's end). */
function sunday(y: number, month: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  }
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(y, month - 1, lastDay)).getUTCDay();
  return lastDay - last;
}

/** Whether US daylight saving time is in force on the day (the rules of 2007 on, of 1987 before). */
function usDaylight({ y, m, d }: Ymd): boolean {
  const [startMonth, startDay, endMonth, endDay] = y >= 2007 ? [3, sunday(y, 3, 2), 11, sunday(y, 11, 1)] : [4, sunday(y, 4, 1), 10, sunday(y, 10, -1)];
  const day = m * 100 + d;
  return day >= startMonth * 100 + startDay && day < endMonth * 100 + endDay;
}

/** The offset a zone name gives on `date`: a fixed zone, or a generic US one ("ET", "PT") by its season. */
export function zoneOffset(zone: string, date: Ymd): string | null {
  const fixed = offsetOf(zone);
  if (fixed !== null) return fixed;
  const standard = US_GENERIC[zone.replace(/\s/g, '').toLowerCase()];
  return standard === undefined ? null : minutesAsOffset(standard + (usDaylight(date) ? 60 : 0));
}

/** Whether `zone` names a zone zoneOffset() knows, whatever the day. */
export function isZone(zone: string): boolean {
  return offsetOf(zone) !== null || US_GENERIC[zone.replace(/\s/g, '').toLowerCase()] !== undefined;
}
