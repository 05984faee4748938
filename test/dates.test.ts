import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/util/dates.js';

// Every dateline form of the boilerplate catalogue (section 11), with what a user must get.
describe('parseDate keeps the dump’s own clock', () => {
  it.each([
    ['Fri, 07/02/2021 – 02:45', '2021-07-02T02:45:00'], // Drupal medium, texturized dash
    ['Fri, 07/02/2021 - 02:45', '2021-07-02T02:45:00'],
    ['Sun, 07/02/2021 - 02:45', '2021-02-07T02:45:00'], // the weekday decides day/month
    ['13/02/2021 - 02:45', '2021-02-13T02:45:00'], // a day over 12 decides
    ['Thursday, August 7, 2025 - 20:38', '2025-08-07T20:38:00'], // Drupal long
    ['Fri, 02 Jul 2021 06:45:00 +0000', '2021-07-02T06:45:00+00:00'], // RFC 822
    ['Fri, 02 Jul 2021 06:45:00 GMT', '2021-07-02T06:45:00+00:00'],
    ['Fri, 02 Jul 2021 06:45:00 EDT', '2021-07-02T06:45:00-04:00'],
    ['2021-07-02T06:45:00Z', '2021-07-02T06:45:00+00:00'], // RFC 3339
    ['2024-06-28T16:04:30-05:00', '2024-06-28T16:04:30-05:00'],
    ['2021-07-02T06:45', '2021-07-02T06:45:00'],
    ['July 2, 2021', '2021-07-02'], // WordPress F j, Y
    ['July 2, 2021 at 2:45 am', '2021-07-02T02:45:00'],
    ['Jul. 4, 2020, 3:15 PM', '2020-07-04T15:15:00'],
    ['12:30 am', null],
    ['2021-07-02', '2021-07-02'],
    ['2 July, 2021', '2021-07-02'], // Drupal Olivero
    ['2 July 2021', '2021-07-02'],
    ['02.07.2021', '2021-07-02'], // European d.m.Y
    ['5/5/2021', '2021-05-05'], // day equals month: nothing to decide
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)?.iso ?? null).toBe(iso);
  });

  it('takes the US reading of an ambiguous date without weekday, and says so', () => {
    const date = parseDate('07/02/2021 - 02:45');
    expect(date?.iso).toBe('2021-07-02T02:45:00');
    expect(date?.note).toMatch(/month\/day.*2021-07-02.*2021-02-07/);
  });

  it.each(['Sat, 07/02/2021 – 02:45', 'June 31, 2021', '2021-02-29', '31/31/2021', 'Tyler Durden', '1984', 'page 2 of 3', '25:61'])(
    'refuses %s (wrong weekday, no such day, not a date)',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );
});

describe('parseDate reads German, French, Spanish and Portuguese datelines', () => {
  it.each([
    ['2. Juli 2021', '2021-07-02'],
    ['Freitag, 2. Juli 2021', '2021-07-02'],
    ['Fr., 2. Juli 2021, 14:30 Uhr', '2021-07-02T14:30:00'],
    ['2. Juli 2021 um 14:30 Uhr', '2021-07-02T14:30:00'],
    ['3. März 2021', '2021-03-03'],
    ['2 juillet 2021', '2021-07-02'],
    ['vendredi 2 juillet 2021 à 14h30', '2021-07-02T14:30:00'],
    ['1er août 2021', '2021-08-01'],
    ['2 déc. 2021', '2021-12-02'],
    ['2 de julio de 2021', '2021-07-02'],
    ['viernes, 2 de julio de 2021 a las 14:30', '2021-07-02T14:30:00'],
    ['miércoles, 7 de julio de 2021', '2021-07-07'],
    ['2 de julho de 2021', '2021-07-02'],
    ['sexta-feira, 2 de julho de 2021 às 14:30', '2021-07-02T14:30:00'],
    ['1º de março de 2021', '2021-03-01'],
    ['Mar. 2, 2021', '2021-03-02'], // "mar." is also a French Tuesday: the English month wins
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)?.iso ?? null).toBe(iso);
  });

  it.each(['Samstag, 2. Juli 2021', 'lundi 2 juillet 2021', '31 de junio de 2021', '2 de 2021'])('refuses %s (wrong weekday, no such day)', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('parseDate reads relative dates only against a reference time', () => {
  const now = new Date('2021-07-04T12:00:00Z');

  it.each([
    ['2 days ago', '2021-07-02'],
    ['1 week ago', '2021-06-27'],
    ['yesterday', '2021-07-03'],
    ['Yesterday', '2021-07-03'],
    ['5 mins ago', '2021-07-04T11:55:00+00:00'],
    ['an hour ago', '2021-07-04T11:00:00+00:00'],
    ['3 hrs ago', '2021-07-04T09:00:00+00:00'],
    ['30 seconds ago', '2021-07-04T11:59:30+00:00'],
  ])('%s -> %s', (input, iso) => {
    const date = parseDate(input, { now });
    expect(date?.iso).toBe(iso);
    expect(date?.note).toBe(`"${input}" counted back from 2021-07-04T12:00:00Z`);
  });

  it('crosses a month and a year boundary', () => {
    expect(parseDate('3 days ago', { now: new Date('2021-01-02T08:00:00Z') })?.iso).toBe('2020-12-30');
  });

  it.each(['2 days ago', 'yesterday', 'an hour ago'])('leaves %s unread without one', (input) => {
    expect(parseDate(input)).toBeNull();
    expect(parseDate(input, { now: null })).toBeNull();
  });

  it.each(['2 months ago', 'a year ago', 'days ago', 'the day before yesterday'])('leaves %s unread even with one (too vague, or not a date)', (input) => {
    expect(parseDate(input, { now })).toBeNull();
  });
});
