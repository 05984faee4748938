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
    ['Fri, 02 Jul 2021 06:45:00 +0000', '2021-07-02T06:45:00Z'], // RFC 822
    ['Fri, 02 Jul 2021 06:45:00 GMT', '2021-07-02T06:45:00Z'],
    ['Fri, 02 Jul 2021 06:45:00 EDT', '2021-07-02T06:45:00-04:00'],
    ['2021-07-02T06:45:00Z', '2021-07-02T06:45:00Z'], // RFC 3339
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
