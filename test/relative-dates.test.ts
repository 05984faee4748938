import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, dateLine } from '../src/metadata/dates/dates.js';
import { ageOf, isAgeLine } from '../src/metadata/dates/relative.js';
import { timeAgo } from '../src/phrases/time-ago.js';

const now = new Date('2021-07-04T12:00:00Z');

/** An age in the set's own words: its first construction, with `count` and `unit` in place. */
function spoken(ago: string, count: string, unit: string, tight: boolean): string {
  return ago.replace('{n}', `${count}${tight ? '' : ' '}${unit}`);
}

describe('a post\u2019s age in the languages of src/phrases/time-ago.ts', () => {
  it.each([
    ['il y a 3 heures', '2021-07-04T09:00:00+00:00'],
    ['il y a une heure', '2021-07-04T11:00:00+00:00'],
    ['vor 2 Tagen', '2021-07-02'],
    ['vor einer Stunde', '2021-07-04T11:00:00+00:00'],
    ['hace 5 minutos', '2021-07-04T11:55:00+00:00'],
    ['há 2 dias', '2021-07-02'],
    ['3 ore fa', '2021-07-04T09:00:00+00:00'],
    ['2 uur geleden', '2021-07-04T10:00:00+00:00'],
    ['för 2 timmar sedan', '2021-07-04T10:00:00+00:00'],
    ['2 godziny temu', '2021-07-04T10:00:00+00:00'],
    ['godzinę temu', '2021-07-04T11:00:00+00:00'], // the unit alone counts one
    ['před 2 hodinami', '2021-07-04T10:00:00+00:00'],
    ['час назад', '2021-07-04T11:00:00+00:00'],
    ['3 дня назад', '2021-07-01'],
    ['2 години тому', '2021-07-04T10:00:00+00:00'],
    ['3 gün önce', '2021-07-01'],
    ['2 jam yang lalu', '2021-07-04T10:00:00+00:00'],
    ['2 giờ trước', '2021-07-04T10:00:00+00:00'],
    ['3天前', '2021-07-01'],
    ['2時間前', '2021-07-04T10:00:00+00:00'],
    ['2시간 전', '2021-07-04T10:00:00+00:00'],
    ['acum o oră', '2021-07-04T11:00:00+00:00'],
    ['2 órája', '2021-07-04T10:00:00+00:00'],
    ['πριν από 2 ώρες', '2021-07-04T10:00:00+00:00'],
    ['منذ ٣ ساعات', '2021-07-04T09:00:00+00:00'], // Arabic-Indic digits
    ['לפני שעה', '2021-07-04T11:00:00+00:00'],
    ['gestern', '2021-07-03'],
  ])('%s counts back from --now', (text, iso) => {
    expect(parseDate(text, { now })?.iso).toBe(iso);
  });

  it('without --now an age is no date, but its line is a date line of its own', () => {
    expect(parseDate('il y a 3 heures')).toBeNull();
    expect(isAgeLine('il y a 3 heures')).toBe(true);
    expect(isAgeLine('3天前')).toBe(true);
    expect(isAgeLine('2 hours ago')).toBe(true);
  });

  it('months and years name no day, and outside English may name a column: no date, no age line', () => {
    expect(parseDate('il y a 3 mois', { now })).toBeNull();
    expect(ageOf('il y a 50 ans')?.seconds).toBeNull();
    expect(isAgeLine('Il y a 50 ans')).toBe(false);
    // English keeps what WP RSS Aggregator's "%s ago" prints.
    expect(isAgeLine('3 months ago')).toBe(true);
  });

  it('the word for yesterday alone is a date with --now, never an age line (a heading may be that word)', () => {
    expect(parseDate('hier', { now })?.iso).toBe('2021-07-03');
    expect(isAgeLine('Gestern')).toBe(false);
  });

  it('only a whole line is an age: prose that opens with one stays prose', () => {
    expect(isAgeLine('Il y a 3 heures, le capitaine du port a retrouvé les photos.')).toBe(false);
    expect(dateLine('Il y a 3 heures, le capitaine du port a retrouvé les photos.', { now })).toBeNull();
    expect(isAgeLine('vor 2 Tagen im Hafen')).toBe(false);
  });

  it('a byline row closed by an age gives its date', () => {
    expect(dateLine('2시간 전', { now })?.iso).toBe('2021-07-04T10:00:00+00:00');
  });

  // Every unit form of every language, with a count and, where the language says so, alone: a
  // form the regexes cannot read (a typo, a character the escaping loses) fails here.
  it.each(timeAgo.map((set) => [set.lang, set] as const))('every unit form of %s reads as its length', (_lang, set) => {
    for (const [unit, seconds] of Object.entries(set.units)) {
      for (const ago of set.ago) {
        const text = spoken(ago, '2', unit, set.tight === true);
        expect(ageOf(text)?.seconds, text).toBe(2 * seconds);
        if (set.bare) expect(ageOf(ago.replace('{n}', unit)), unit).toMatchObject({ seconds });
      }
      for (const one of set.one) expect(ageOf(spoken(set.ago[0] as string, one, unit, set.tight === true))?.seconds, `${one} ${unit}`).toBe(seconds);
    }
    for (const unit of set.vague) expect(ageOf(spoken(set.ago[0] as string, '2', unit, set.tight === true))?.seconds, unit).toBeNull();
    for (const word of set.yesterday) expect(ageOf(word)?.yesterday, word).toBe(true);
  });

  // ageOf rules a language out by the words an age of it must open or end with before trying its
  // regexes (`iu`): in any case, with any run of spaces between its words and a full stop or none,
  // an age, a vague one and the word for yesterday must still read.
  it('an age in any case and spacing, with a full stop or none, reads as it does as written', () => {
    const recase = (text: string, upper: boolean[]) =>
      [...text].map((c, i) => {
        const u = c.toUpperCase();
        return upper[i % upper.length] && u.length === 1 && u.toLowerCase() === c ? u : c;
      }).join('');
    const ages: { text: string; seconds: number | null }[] = timeAgo.flatMap((set) => [
      ...set.ago.flatMap((ago) => Object.entries(set.units).map(([unit, seconds]) => ({ text: spoken(ago, '3', unit, set.tight === true), seconds: 3 * seconds }))),
      ...set.ago.flatMap((ago) => set.vague.map((unit) => ({ text: spoken(ago, '3', unit, set.tight === true), seconds: null }))),
      ...set.yesterday.map((word) => ({ text: word, seconds: 86400 })),
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...ages), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', '  ', '\t', ' \u00a0'), fc.boolean(), (age, upper, space, stop) => {
        const text = `${recase(age.text, upper).replace(/ /g, space)}${stop ? '.' : ''}`;
        fc.pre(text.length <= 48);
        expect(ageOf(text)?.seconds, text).toBe(age.seconds);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
