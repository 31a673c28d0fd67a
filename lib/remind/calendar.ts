import Holidays from 'date-holidays';
import { LANGUAGE_TAG, type Locale } from '../locale.js';
import { Memo } from '../memo.js';

// Local times live in ./local-time.ts, which validation needs without this module's holiday data (date-holidays:
// ~0.1 s of CPU to load); they are re-exported here for the reminders.
export { DEFAULT_TIME_ZONE, localDay, localInstant, localIso } from './local-time.js';

// Dates in the organisation's calendar are plain YYYY-MM-DD strings: a deadline is a day, not an instant.
// Instants appear only where a day meets the clock (the local send time), through the time-zone database.

export type Country = 'SE' | 'NO';
/** The local time reminders go out on their day. */
export const DEFAULT_SEND_TIME = '08:00';

/** Norwegian holidays for a Norwegian registry (by language, or by an English one's Oslo time zone); Swedish otherwise. */
export function holidayCountry(locale: Locale, timeZone: string): Country {
  if (locale === 'nb') return 'NO';
  if (locale === 'en' && timeZone === 'Europe/Oslo') return 'NO';
  return 'SE';
}

const zones = new Map<string, boolean>();

export function isTimeZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zones.set(zone, known);
  }
  return known;
}

const holidayCache = new Map<string, Map<string, string>>();

/**
 * The days off in a year, date → name. date-holidays supplies the public holidays, Easter-based ones included;
 * the days most offices close though no law says so (Swedish midsummer eve, Christmas eve and New Year's eve;
 * the Norwegian julaften and nyttårsaften) come as its "bank" days. They are added by rule as well, so a change
 * in the library's classification cannot quietly put a reminder on Christmas eve.
 */
export function daysOff(year: number, country: Country): Map<string, string> {
  const cacheKey = `${country}-${year}`;
  const hit = holidayCache.get(cacheKey);
  if (hit) return hit;
  const out = new Map<string, string>();
  const holidays = new Holidays(country, { types: ['public', 'bank'] });
  for (const h of holidays.getHolidays(year)) {
    const day = h.date.slice(0, 10);
    if (!out.has(day)) out.set(day, h.name);
  }
  const eves: [string, string][] =
    country === 'SE'
      ? [
          [midsummerEve(year), 'midsommarafton'],
          [`${year}-12-24`, 'julafton'],
          [`${year}-12-31`, 'nyårsafton'],
        ]
      : [
          [`${year}-12-24`, 'julaften'],
          [`${year}-12-31`, 'nyttårsaften'],
        ];
  for (const [day, name] of eves) if (!out.has(day)) out.set(day, name);
  holidayCache.set(cacheKey, out);
  return out;
}

/** Swedish midsummer eve: the Friday between 19 and 25 June. */
export function midsummerEve(year: number): string {
  for (let d = 19; d <= 25; d++) {
    if (new Date(Date.UTC(year, 5, d)).getUTCDay() === 5) return `${year}-06-${d}`;
  }
  throw new Error('unreachable: a week always has a Friday');
}

// Day arithmetic on YYYY-MM-DD strings runs a few hundred thousand times in a region's year of reminders:
// slices and hand-made padding are several times faster here than split/map and toISOString.
function toUtc(day: string): Date {
  return new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

function fromUtc(date: Date): string {
  const y = date.getUTCFullYear();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

export function addDays(day: string, days: number): string {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function isWorkingDay(day: string, country: Country): boolean {
  const weekday = toUtc(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !daysOff(Number(day.slice(0, 4)), country).has(day);
}

const workingDays = new Memo<string>(8192);

/** The day itself if people work then, else the closest working day before it. */
export function workingDayOnOrBefore(day: string, country: Country): string {
  return workingDays.get(`${country} ${day}`, () => {
    let d = day;
    while (!isWorkingDay(d, country)) d = addDays(d, -1);
    return d;
  });
}

/** The first working day after `day` (used by the training reminders). */
export function nextWorkingDay(day: string, country: Country): string {
  let d = addDays(day, 1);
  while (!isWorkingDay(d, country)) d = addDays(d, 1);
  return d;
}

/** A day of a month, clamped to the month's last day (31 in February → 28 or 29). */
export function dayInMonth(year: number, month: number, day: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

const longDates = new Memo<string>(8192);

/** A day as people write it: 16 februari 2026, 16. februar 2026, 16 February 2026. */
export function longDate(day: string, locale: Locale): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, f);
  }
  const format = f;
  return longDates.get(`${locale} ${day}`, () => format.format(toUtc(day)));
}

const formatters = new Map<Locale, Intl.DateTimeFormat>();
