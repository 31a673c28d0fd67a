import { TZDate } from '@date-fns/tz';
import { format as formatDate } from 'date-fns/format';
import { Memo } from '../memo.js';

// Where a day meets the clock in the organisation's time zone. Apart from calendar.ts (working days, holidays)
// so that validation, which reads local date-times, loads no holiday data.

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

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

// A time-zone lookup (Intl) per TZDate is a quarter of planning a year of reminders at region scale.
const instants = new Memo<number>(8192);
const isoTimes = new Memo<string>(8192);

/** The instant a local wall-clock time happens on a day in a zone; DST is the time-zone database's business. */
export function localInstant(day: string, time: string, timeZone: string): Date {
  return new Date(
    instants.get(`${timeZone} ${day} ${time}`, () => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const [hh, mm] = time.split(':').map(Number) as [number, number];
      return new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime();
    }),
  );
}

/** The local calendar day of an instant. */
export function localDay(instant: Date, timeZone: string): string {
  return formatDate(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

/** An instant written in local time with its offset: 2026-03-30T08:00:00+02:00. */
export function localIso(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  return isoTimes.get(`${timeZone} ${ms}`, () =>
    formatDate(new TZDate(ms, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx"),
  );
}
