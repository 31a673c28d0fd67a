import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  daysOff,
  holidayCountry,
  isWorkingDay,
  localDay,
  localInstant,
  localIso,
  longDate,
  midsummerEve,
  workingDayOnOrBefore,
} from '../../lib/remind/calendar.js';

describe('working days', () => {
  it('date-holidays knows the Swedish eves people take off (as bank days), and lisa counts them as days off', () => {
    const names = new Map(new Holidays('SE').getHolidays(2026).map((h) => [h.date.slice(0, 10), h]));
    expect(names.get('2026-06-19')?.type).toBe('bank'); // midsommarafton
    expect(names.get('2026-12-24')?.type).toBe('bank'); // julafton
    expect(names.get('2026-12-31')?.type).toBe('bank'); // nyårsafton
    const off = daysOff(2026, 'SE');
    for (const day of ['2026-06-19', '2026-12-24', '2026-12-31']) expect(off.has(day)).toBe(true);
  });

  it('finds midsummer eve on the Friday between 19 and 25 June', () => {
    expect([2024, 2025, 2026, 2027, 2028].map(midsummerEve)).toEqual([
      '2024-06-21',
      '2025-06-20',
      '2026-06-19',
      '2027-06-25',
      '2028-06-23',
    ]);
  });

  it('has the Easter-based Swedish holidays, which move every year', () => {
    const off = daysOff(2026, 'SE');
    for (const day of ['2026-04-03', '2026-04-06', '2026-05-14']) expect(off.has(day), day).toBe(true); // långfredag, annandag påsk, Kristi himmelsfärd
    const off27 = daysOff(2027, 'SE');
    for (const day of ['2027-03-26', '2027-03-29', '2027-05-06']) expect(off27.has(day), day).toBe(true);
    // Maundy Thursday is a working day in Sweden, but not in Norway.
    expect(isWorkingDay('2026-04-02', 'SE')).toBe(true);
    expect(isWorkingDay('2026-04-02', 'NO')).toBe(false);
  });

  it('moves a day off to the working day before', () => {
    const se: [string, string][] = [
      ['2026-04-06', '2026-04-02'], // annandag påsk → skärtorsdag (långfredag between)
      ['2026-04-03', '2026-04-02'],
      ['2026-05-14', '2026-05-13'], // Kristi himmelsfärd
      ['2026-06-19', '2026-06-18'], // midsommarafton
      ['2026-06-20', '2026-06-18'],
      ['2026-12-24', '2026-12-23'], // julafton
      ['2026-12-26', '2026-12-23'],
      ['2026-12-31', '2026-12-30'], // nyårsafton
      ['2027-01-01', '2026-12-30'], // nyårsdagen, across the year
      ['2026-01-06', '2026-01-05'], // trettondedag jul
      ['2026-03-01', '2026-02-27'], // a Sunday
      ['2026-03-04', '2026-03-04'], // a plain Wednesday stays
    ];
    for (const [day, moved] of se) expect(workingDayOnOrBefore(day, 'SE'), day).toBe(moved);
    const no: [string, string][] = [
      ['2026-04-06', '2026-04-01'], // andre påskedag → onsdag (skjærtorsdag is off in Norway)
      ['2027-05-17', '2027-05-14'], // grunnlovsdagen, a Monday in 2027
      ['2026-05-25', '2026-05-22'], // andre pinsedag
      ['2026-12-24', '2026-12-23'],
      ['2026-06-19', '2026-06-19'], // no midsummer eve in Norway
    ];
    for (const [day, moved] of no) expect(workingDayOnOrBefore(day, 'NO'), day).toBe(moved);
  });

  it('uses Norwegian holidays for a Norwegian registry', () => {
    expect(holidayCountry('nb', 'Europe/Oslo')).toBe('NO');
    expect(holidayCountry('nb', 'Europe/Stockholm')).toBe('NO');
    expect(holidayCountry('en', 'Europe/Oslo')).toBe('NO');
    expect(holidayCountry('sv', 'Europe/Stockholm')).toBe('SE');
    expect(holidayCountry('en', 'Europe/Stockholm')).toBe('SE');
  });
});

describe('local time', () => {
  it('keeps 08:00 local across the daylight-saving changes (last Sunday of March and October)', () => {
    // 2026: summer time starts 29 March, ends 25 October.
    expect(localInstant('2026-03-27', '08:00', 'Europe/Stockholm').toISOString()).toBe(
      '2026-03-27T07:00:00.000Z',
    );
    expect(localInstant('2026-03-30', '08:00', 'Europe/Stockholm').toISOString()).toBe(
      '2026-03-30T06:00:00.000Z',
    );
    expect(localInstant('2026-10-23', '08:00', 'Europe/Stockholm').toISOString()).toBe(
      '2026-10-23T06:00:00.000Z',
    );
    expect(localInstant('2026-10-26', '08:00', 'Europe/Stockholm').toISOString()).toBe(
      '2026-10-26T07:00:00.000Z',
    );
    expect(localIso(localInstant('2026-03-30', '08:00', 'Europe/Oslo'), 'Europe/Oslo')).toBe(
      '2026-03-30T08:00:00+02:00',
    );
  });

  it('reads the local day of an instant', () => {
    expect(localDay(new Date('2026-03-29T22:30:00Z'), 'Europe/Stockholm')).toBe('2026-03-30');
    expect(localDay(new Date('2026-01-31T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-02-01');
  });

  it('writes dates the way each language does', () => {
    expect(longDate('2026-02-16', 'sv')).toBe('16 februari 2026');
    expect(longDate('2026-02-16', 'nb')).toBe('16. februar 2026');
    expect(longDate('2026-02-16', 'en')).toBe('16 February 2026');
  });
});
