import { describe, expect, it } from 'vitest';
import { dateLabel, dateLine, parseDate } from '../src/metadata/dates/dates.js';

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

describe('parseDate reads feed and API time stamps, with the zone as an explicit offset', () => {
  it.each([
    ['Thu, 21 Dec 2023 16:39:46 +0000', '2023-12-21T16:39:46+00:00'],
    ['Sat, 17 Nov 2012 14:01:27 -0000', '2012-11-17T14:01:27+00:00'],
    ['21 Dec 2023 16:39:46 UT', '2023-12-21T16:39:46+00:00'], // no weekday
    ['Thu, 07 Dec 17 10:00:29 -0800', '2017-12-07T10:00:29-08:00'], // two-digit year
    ['Wed, 17 Jan 2018 15:50:00 EST', '2018-01-17T15:50:00-05:00'],
    ['Wed, 13 Mar 2024 10:30:00 CET', '2024-03-13T10:30:00+01:00'],
    ['Sun, 30 Jun 2024 10:30:00 CEST', '2024-06-30T10:30:00+02:00'],
    ['Sun, 30 Jun 2024 10:30:00 BST', '2024-06-30T10:30:00+01:00'],
    ['Sun, 30 Jun 2024 10:30:00 IST', '2024-06-30T10:30:00+05:30'],
    ['Thu Oct 04 2018 00:00:00 GMT', '2018-10-04T00:00:00+00:00'], // Date.prototype.toString
    ['Tue Mar 05 2019 10:00:00 GMT+0100 (CET)', '2019-03-05T10:00:00+01:00'],
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00+00:00'],
    ['2017-12-03T17:13:00.000+01:00', '2017-12-03T17:13:00+01:00'], // milliseconds
    ['2013-09-13T23:45:36.972031-05:00', '2013-09-13T23:45:36-05:00'], // microseconds
    ['2023-11-28 12:40:34 +0800', '2023-11-28T12:40:34+08:00'], // space instead of T
    ['2019-03-07 16:20:45', '2019-03-07T16:20:45'], // local time: no offset invented
    ['2021-Aug-21T10:45:00', '2021-08-21T10:45:00'],
    ['June 3, 2005 9:12 PM', '2005-06-03T21:12:00'],
    ['3 June 2005', '2005-06-03'],
    ['Mar 5, 2024, 10:30 AM EST', '2024-03-05T10:30:00-05:00'],
    ['Jumat, 23 April 2021 10:55 WIB', '2021-04-23T10:55:00+07:00'],
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)?.iso ?? null).toBe(iso);
  });

  it.each(['Thu, 21 Dec 2023 16:39:46 XYZ', 'Fri, 21 Dec 2023 16:39:46 +0000', '2023-12-21T16:39:46+25:00', 'Thu Oct 04 2018 25:00:00 GMT'])(
    'refuses %s (unknown zone, wrong weekday, no such offset or hour)',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  it('reads a Unix time only when asked to', () => {
    expect(parseDate('1709630400')).toBeNull();
    expect(parseDate('1709630400', { epoch: true })?.iso).toBe('2024-03-05T09:20:00+00:00');
    expect(parseDate('1709630400000', { epoch: true })?.iso).toBe('2024-03-05T09:20:00+00:00');
    expect(parseDate('1234', { epoch: true })).toBeNull();
  });
});

describe('parseDate reads day and month names in many languages', () => {
  it.each([
    ['Ter, 14 Mai 2019 08:05:00 -0300', '2019-05-14T08:05:00-03:00'], // Portuguese weekday
    ['Mittwoch, 13. März 2024, 10:30 Uhr MEZ', '2024-03-13T10:30:00+01:00'],
    ['martedì 5 marzo 2024', '2024-03-05'],
    ['5 maart 2024', '2024-03-05'],
    ['dinsdag 5 maart 2024 om 10:30', '2024-03-05T10:30:00'],
    ['5 marca 2024 r.', '2024-03-05'],
    ['wtorek, 5 marca 2024', '2024-03-05'],
    ['5 mars 2024 kl. 10:30', '2024-03-05T10:30:00'], // Swedish
    ['5. marts 2024', '2024-03-05'], // Danish
    ['5. desember 2023', '2023-12-05'], // Norwegian
    ['5 марта 2024 г.', '2024-03-05'],
    ['вторник, 5 марта 2024', '2024-03-05'],
    ['5 березня 2024', '2024-03-05'],
    ['27 Kasım 2019 Çarşamba', '2019-11-27'], // Turkish, weekday after
    ['5 martie 2024', '2024-03-05'],
    ['Selasa, 5 Maret 2024', '2024-03-05'],
    ['4 Tháng Tư, 2025', '2025-04-04'],
    ['Thứ Sáu, 4 tháng 4 năm 2025', '2025-04-04'],
    ['2019年3月5日', '2019-03-05'],
    ['2019年3月5日 10:30', '2019-03-05T10:30:00'],
    ['2019년 3월 5일', '2019-03-05'],
    ['segunda-feira, novembro 23, 2020', '2020-11-23'],
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)?.iso ?? null).toBe(iso);
  });

  it.each(['Среда, 5 марта 2024', '31 березня 2024 понеділок', '2019年2月30日'])('refuses %s (wrong weekday, no such day)', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('dateLine says whether a whole line is a date line', () => {
  it.each([
    ['Posted on March 5, 2024 by Jane Doe', '2024-03-05', 'Posted on', 'Jane Doe'],
    ['Updated: Mar 5, 2024, 10:30 AM EST', '2024-03-05T10:30:00-05:00', 'Updated', undefined],
    ['date published: 2021-07-02', '2021-07-02', 'date published', undefined],
    ['Date: Fri, 02 Jul 2021 06:45:00 +0000', '2021-07-02T06:45:00+00:00', 'Date', undefined],
    ['Publié le 12 juillet 2023 à 08h15', '2023-07-12T08:15:00', 'Publié le', undefined],
    ['Veröffentlicht am 5. März 2024', '2024-03-05', 'Veröffentlicht am', undefined],
    ['Publicado el 12 de julio de 2021 por Ana Ruiz', '2021-07-12', 'Publicado el', 'Ana Ruiz'],
    ['发布时间：2019-03-05 10:00', '2019-03-05T10:00:00', '发布时间', undefined],
    ['- **Published:** 2024-03-23', '2024-03-23', 'Published', undefined],
    ['date: 1709630400', '2024-03-05T09:20:00+00:00', 'date', undefined],
    ['on July 2, 2021 at 2:45 am', '2021-07-02T02:45:00', undefined, undefined], // a preposition is no label
    ['Fri, 07/02/2021 – 02:45', '2021-07-02T02:45:00', undefined, undefined],
    ['27.11.2019 13:15 | Son Güncelleme: 27.11.2019 13:15', '2019-11-27T13:15:00', undefined, undefined],
  ])('%s', (input, iso, label, by) => {
    const date = dateLine(input);
    expect(date?.iso).toBe(iso);
    expect(date?.label).toBe(label);
    expect(date?.by).toBe(by);
  });

  it.each([
    'The meeting was on March 5, 2024.',
    'Published 12:30',
    'Imported: 2026-03-27',
    'In 2019 we went back',
    '1709630400',
    'Posted on March 5, 2024 by a reader who wrote a very long comment that goes on for far too many words to be a name',
  ])('refuses %s', (input) => {
    expect(dateLine(input)).toBeNull();
  });
});

describe('dateLabel finds a label standing alone above its date', () => {
  it.each([
    ['Published', 'Published'],
    ['**Publié le :**', 'Publié le'],
    ['发布时间：', '发布时间'],
    ['Veröffentlicht am', 'Veröffentlicht am'],
    ['on', null],
    ['Published in Nature', null],
  ])('%s -> %s', (input, label) => {
    expect(dateLabel(input)).toBe(label);
  });
});

describe('parseDate reads the American and British news shapes', () => {
  const iso = (text: string) => parseDate(text)?.iso ?? null;

  it('gives a generic US zone the offset of its season, the changeover days included', () => {
    expect(iso('March 5, 2024 10:30 AM ET')).toBe('2024-03-05T10:30:00-05:00');
    expect(iso('July 5, 2024 10:30 AM ET')).toBe('2024-07-05T10:30:00-04:00');
    expect(iso('March 10, 2024 10:30 AM ET')).toBe('2024-03-10T10:30:00-04:00');
    expect(iso('March 9, 2024 10:30 AM PT')).toBe('2024-03-09T10:30:00-08:00');
    expect(iso('November 3, 2024 1:30 PM CT')).toBe('2024-11-03T13:30:00-06:00');
    // Before 2007: the first Sunday of April to the last Sunday of October.
    expect(iso('April 1, 2006 9:00 AM ET')).toBe('2006-04-01T09:00:00-05:00');
    expect(iso('April 2, 2006 9:00 AM ET')).toBe('2006-04-02T09:00:00-04:00');
    expect(iso('March 5, 2024 10:30 AM XT')).toBeNull();
  });

  it('reads a time before the date, and a time written with a full stop', () => {
    expect(iso('10:30 AM EST Mar 5, 2024')).toBe('2024-03-05T10:30:00-05:00');
    expect(iso('10:30 AM ET, Tue March 5, 2024')).toBe('2024-03-05T10:30:00-05:00');
    expect(iso('Tue 5 Mar 2024 10.30 GMT')).toBe('2024-03-05T10:30:00+00:00');
    expect(iso('Mar 5, 2024 / 10:30 AM')).toBe('2024-03-05T10:30:00');
    expect(iso('13:30 PM Mar 5, 2024')).toBeNull();
    expect(iso('12.50 euros')).toBeNull();
    expect(iso('05.03.2024')).toBe('2024-03-05');
  });

  it('reads Czech, Finnish and Greek months, dashed days and Korean year-first dates', () => {
    expect(iso('5. března 2024')).toBe('2024-03-05');
    expect(iso('5. maaliskuuta 2024')).toBe('2024-03-05');
    expect(iso('5 Μαρτίου 2024')).toBe('2024-03-05');
    expect(iso('5 мар 2024')).toBe('2024-03-05');
    expect(iso('5-Mar-2024')).toBe('2024-03-05');
    expect(iso('2024. 3. 5.')).toBe('2024-03-05');
    expect(iso('12-Abc-2024')).toBeNull();
    expect(dateLine('Last updated on March 5, 2024')?.label).toBe('Last updated on');
  });
});

describe('parseDate keeps both readings of a numeric date that reads both ways', () => {
  it('gives month/day, with day/month beside it for an article written day first', () => {
    expect(parseDate('05/10/2018')).toMatchObject({ iso: '2018-05-10', dayFirst: '2018-10-05' });
    expect(parseDate('05/10/2018 14:30')).toMatchObject({ iso: '2018-05-10T14:30:00', dayFirst: '2018-10-05T14:30:00' });
  });
  it('has one reading where the day is over 12, or both readings are the same day', () => {
    expect(parseDate('25/10/2018')?.dayFirst).toBeUndefined();
    expect(parseDate('10/10/2018')?.dayFirst).toBeUndefined();
  });
});

// The shapes scripts/probe/metadata.js found unread, by family; each keeps the README's ISO rules
// (a zone gives an offset, no zone gives none, a date alone stays a date).
describe('parseDate reads the time stamps of more tools and languages', () => {
  const iso = (s: string) => parseDate(s)?.iso ?? null;

  it.each([
    ['Fri,18 Jan 2019 09:53:00 +0000', '2019-01-18T09:53:00+00:00'], // no space after the weekday's comma
    ['Fri Jan 18 09:53:00 UTC 2019', '2019-01-18T09:53:00+00:00'], // date(1), Java's Date.toString()
    ['Fri Jan 18 09:53:00 CET 2019', '2019-01-18T09:53:00+01:00'],
    ['Fri Jan 18 09:53:00 2019', '2019-01-18T09:53:00'], // asctime: no zone, no offset
    ['2019-01-18 09:53:00 +0000 UTC', '2019-01-18T09:53:00+00:00'], // Go's time.String()
    ['20190118T095300Z', '2019-01-18T09:53:00+00:00'], // ISO 8601 basic format
    ['Tue Mar 05 2019 10:00:00 GMT+0100 (CET)', '2019-03-05T10:00:00+01:00'], // the bracket is a comment
    ['Thứ sáu, 18/1/2019, 09:53 (GMT+7)', '2019-01-18T09:53:00+07:00'], // the bracket is the zone
    ['18.01.2019 09:53 МСК', '2019-01-18T09:53:00+03:00'],
  ])('%s -> %s', (input, want) => {
    expect(iso(input)).toBe(want);
  });

  it('reads two-digit years, month names between slashes and dashes, and "9 h 53"', () => {
    expect(iso('1/18/19')).toBe('2019-01-18');
    expect(iso('18.01.19')).toBe('2019-01-18');
    expect(iso('18/ene/2019')).toBe('2019-01-18');
    expect(iso('Jan-18-2019')).toBe('2019-01-18');
    expect(iso('18 janvier 2019 à 9 h 53')).toBe('2019-01-18T09:53:00');
    expect(iso('18 January 2019 • 9:53am')).toBe('2019-01-18T09:53:00');
    // A dotted two-digit year only with day and month padded: "1.2.19" is a version as often.
    expect(iso('1.2.19')).toBeNull();
  });

  it.each([
    ['18. siječnja 2019.', '2019-01-18'], // hr, the year's own full stop
    ['18. januára 2019', '2019-01-18'], // sk
    ['18 януари 2019 г.', '2019-01-18'], // bg
    ['18. јануар 2019.', '2019-01-18'], // sr
    ['18. jaanuar 2019', '2019-01-18'], // et
    ['2019 m. sausio 18 d.', '2019-01-18'], // lt
    ['2019. gada 18. janvāris', '2019-01-18'], // lv
    ['2019. január 18. 09:53', '2019-01-18T09:53:00'], // hu
    ['fredag den 18. januar 2019', '2019-01-18'], // da
    ['pe 18.1.2019 klo 9.53', '2019-01-18T09:53:00'], // fi
    ['Παρασκευή, 18 Ιανουαρίου 2019', '2019-01-18'], // el
    ["Jum'at, 18 Januari 2019", '2019-01-18'], // id
    ['18 Oca 2019 09:53', '2019-01-18T09:53:00'], // tr
    ['2019-01-18 09:53:00 星期五', '2019-01-18T09:53:00'], // zh, the weekday after the time
    ['2019年1月18日 午後3時05分', '2019-01-18T15:05:00'], // ja
    ['2019년 1월 18일 (금) 09:53', '2019-01-18T09:53:00'], // ko
    ['2019-01-18 오후 9:53', '2019-01-18T21:53:00'],
    ['الجمعة، 18 يناير 2019 09:53 ص', '2019-01-18T09:53:00'], // ar
    ['18 كانون الثاني 2019', '2019-01-18'], // ar, the Levant's month of two words
    ['١٨ يناير ٢٠١٩', '2019-01-18'], // Arabic-Indic digits
    ['۲۰۱۹/۰۱/۱۸', '2019-01-18'], // Persian digits
    ['18 בינואר 2019', '2019-01-18'], // he
    ['१८ जनवरी २०१९', '2019-01-18'], // hi, Devanagari digits and vowel signs
    ['১৮ জানুয়ারি ২০১৯', '2019-01-18'], // bn
    ['18 มกราคม 2562', '2019-01-18'], // th, the Buddhist era
  ])('%s -> %s', (input, want) => {
    expect(iso(input)).toBe(want);
  });

  it('takes "10:30 AM PT" for Pacific time, not a trailing Polish Friday', () => {
    expect(iso('March 9, 2024 10:30 AM PT')).toBe('2024-03-09T10:30:00-08:00');
  });

  it('reads labels of more languages, digits of any script, and the published field of an update row', () => {
    expect(dateLine('Mis en ligne le 18 janvier 2019')).toMatchObject({ iso: '2019-01-18', label: 'Mis en ligne le' });
    expect(dateLine('First published on Fri 18 Jan 2019 09.53 GMT')?.iso).toBe('2019-01-18T09:53:00+00:00');
    expect(dateLine('Published at 09:53 on 18 January 2019')?.iso).toBe('2019-01-18T09:53:00');
    expect(dateLine('تاريخ النشر: ١٨/٠١/٢٠١٩')?.iso).toBe('2019-01-18');
    expect(dateLine('Updated January 20, 2019 / Published January 18, 2019')?.iso).toBe('2019-01-18');
    expect(dateLine('发布时间：2019-01-18 09:53 来源：新华网 作者：王小明')).toMatchObject({ iso: '2019-01-18T09:53:00', by: '王小明' });
    expect(dateLine('2019-01-18 09:53 来源：新华网')?.iso).toBe('2019-01-18T09:53:00');
  });

  it.each(['January 2019', '18 January', 'Fri, 18 Jan', 'Q1 2019', '9:53 AM', '2019. január'])('refuses %s (no whole date)', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
