import type { Removal } from '../article.js';
import { KEYS } from '../readers/record.js';
import { parseDate } from '../metadata/dates/dates.js';
import { key } from '../text/fold.js';

/**
 * A byline or date line in the body that says something else than the front matter ("By Jane Doe /
 * March 7, 2024" under `author: Editorial Team`). --fix moves a byline into the front matter only
 * where the front matter does not already hold that field; dropping a line that disagrees with it
 * would lose one of the two values, so such a line is kept and reported with both.
 */

/** The front-matter values of the fields a byline carries, as the file declares them (null: not declared). */
function declaredValue(lines: readonly string[], end: number, field: 'author' | 'published'): string | null {
  for (const line of lines.slice(1, end)) {
    for (const name of KEYS[field]) {
      const m = new RegExp(`^${name}\\s*:\\s*(.*)$`, 'i').exec(line);
      if (m) return (m[1] ?? '').trim().replace(/^["']|["']$/g, '') || null;
    }
  }
  return null;
}

// Where a credit line puts its parts: "By Jane Doe / March 7, 2024", "Jane Doe · Mar 7, 2024".
const PARTS = /\s+[/|·•–—-]\s+|\s+(?:on|at)\s+/i;
const LABEL = /^(?:(?:posted|published|updated|written|words)\b\s*(?:by|on)?|by)\b:?\s*/i;

/** A credit line's parts: the days it states (YYYY-MM-DD) and the rest, which names someone. */
function partsOf(text: string): { days: string[]; names: string[] } {
  const whole = parseDate(text.trim())?.iso;
  if (whole) return { days: [whole.slice(0, 10)], names: [] };
  const days: string[] = [];
  const names: string[] = [];
  for (const raw of text.split(PARTS)) {
    const part = raw.trim().replace(LABEL, '').trim();
    if (!part) continue;
    const iso = parseDate(part)?.iso;
    if (iso) days.push(iso.slice(0, 10));
    else if (/\p{L}/u.test(part)) names.push(part);
  }
  return { days, names };
}

/**
 * What a metadata line removal disagrees with in the front matter (lines 0..end, fences included),
 * as a sentence naming both values; null when it agrees or the field is not declared.
 */
export function conflictOf(removal: Removal, lines: readonly string[], end: number): string | null {
  const { days, names } = partsOf(removal.text);
  const said: string[] = [];
  const author = declaredValue(lines, end, 'author');
  if (author !== null && names.length > 0 && !names.some((n) => key(n).includes(key(author)) || key(author).includes(key(n)))) said.push(`author: ${author}`);
  const date = declaredValue(lines, end, 'published');
  const declaredDay = date === null ? null : (parseDate(date)?.iso.slice(0, 10) ?? null);
  if (declaredDay !== null && days.length > 0 && !days.includes(declaredDay)) said.push(`date: ${date}`);
  return said.length === 0 ? null : `"${removal.text}" in the text disagrees with the front matter's ${said.join(' and ')}`;
}
