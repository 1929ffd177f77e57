import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate } from '../values.js';
import { parseRfc822Date } from './rfc822.js';

describe('parseRfc822Date', () => {
  it('reads RFC 822/2822 dates as feeds write them', () => {
    const cases: [string, string][] = [
      ['Wed, 11 Sep 2019 10:00:00 +0200', '2019-09-11T10:00:00+02:00'],
      ['11 Sep 2019 10:00:00 +0200', '2019-09-11T10:00:00+02:00'],
      ['Wed,11 Sep 2019 10:00 -0430', '2019-09-11T10:00:00-04:30'],
      ['wed, 1 sep 2019 08:05:09 gmt', '2019-09-01T08:05:09Z'],
      ['Sun, 01 Dec 2019 08:00:00 EST', '2019-12-01T08:00:00-05:00'],
      ['Mon, 01 Jul 2019 08:00:00 PDT', '2019-07-01T08:00:00-07:00'],
      ['Tue, 02 Mar 21 09:30 GMT', '2021-03-02T09:30:00Z'],
      ['02 Mar 99 09:30 UT', '1999-03-02T09:30:00Z'],
      ['02 Mar 49 09:30 +0000', '2049-03-02T09:30:00Z'],
      ['Thu, 31 Dec 2020 23:59:60 +0000', '2020-12-31T23:59:59Z'],
      ['Fri, 29 Feb 2008 12:00:00 Z', '2008-02-29T12:00:00Z'],
      ['Sat, 3 September 2022 07:00:00 +0100', '2022-09-03T07:00:00+01:00'],
      // An unknown (military) zone counts as UTC; no zone at all too.
      ['Sat, 03 Sep 2022 07:00:00 A', '2022-09-03T07:00:00Z'],
      ['Sat, 03 Sep 2022 07:00:00', '2022-09-03T07:00:00Z'],
      // A date alone is a day.
      ['03 Sep 2022', '2022-09-03'],
      // ISO 8601 written in pubDate.
      ['2019-09-11T10:00:00+02:00', '2019-09-11T10:00:00+02:00'],
      ['2019-09-11 10:00:00+0200', '2019-09-11T10:00:00+02:00'],
      ['2019-09-11t10:00:00z', '2019-09-11T10:00:00Z'],
      ['2019-09-11', '2019-09-11'],
    ];
    for (const [input, iso] of cases) {
      expect(parseRfc822Date(input), input).to.equal(iso);
      expect(parseDate(iso)?.iso, `${input} → the model`).to.equal(iso);
    }
  });

  it('refuses what is not a date, or a date that does not exist', () => {
    for (const input of [
      '',
      'yesterday',
      '31 Apr 2019 10:00 GMT',
      '29 Feb 2019',
      '11 Foo 2019',
      '11 Sep 2019 25:00 GMT',
      '11 Sep 2019 10:61',
      '11 Sep 2019 10:00 +2400',
      'Wed, 11 Sep 019',
    ]) {
      expect(parseRfc822Date(input), input).to.equal(undefined);
    }
  });

  it('never throws, and what it gives the model accepts or refuses without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const iso = parseRfc822Date(s);
        if (iso !== undefined) parseDate(iso);
      }),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2049, 11, 31)), noInvalidDate: true }),
        fc.boolean(),
        (d, twoDigits) => {
          // The RFC 822 text of a date, as toUTCString writes it (a four- or two-digit year), reads back to the same instant.
          let text = d.toUTCString();
          if (twoDigits) text = text.replace(/ (\d{2})(\d{2}) /, ' $2 ');
          const iso = parseRfc822Date(text);
          expect(Date.parse(iso!)).to.equal(Math.floor(d.getTime() / 1000) * 1000);
        },
      ),
    );
  });
});
