// Quarters as the KPI files key them (`2026-Q3`): the quarter of a day, the one before, and the quarter a review
// looks back on. The KPI review document, the PR diff's document titles and the quarterly reminder all use these.
import { addQuarters } from 'date-fns/addQuarters';
import { format } from 'date-fns/format';
import { getQuarter } from 'date-fns/getQuarter';
import { parseISO } from 'date-fns/parseISO';

const KEY = /^(\d{4})-Q([1-4])$/;

function keyOf(date: Date): string {
  return `${format(date, 'yyyy')}-Q${getQuarter(date)}`;
}

function firstDay(quarter: string): Date {
  const m = KEY.exec(quarter);
  if (!m) throw new RangeError(`not a quarter: ${quarter}`);
  return new Date(Number(m[1]), (Number(m[2]) - 1) * 3, 1);
}

/** The quarter a day (YYYY-MM-DD) falls in. */
export function quarterOf(day: string): string {
  return keyOf(parseISO(day.slice(0, 10)));
}

export function previousQuarter(quarter: string): string {
  return keyOf(addQuarters(firstDay(quarter), -1));
}

/** The `count` quarters ending with `last`, oldest first. */
export function quartersEnding(last: string, count: number): string[] {
  const out = [last];
  while (out.length < count) out.unshift(previousQuarter(out[0] as string));
  return out;
}

/**
 * The quarter a review held on `day` looks back on: the last one that ended before the day's quarter began.
 * The KPI review document (as of today) and the quarterly reminder (as of the review's day) both follow it.
 */
export function reviewQuarter(day: string): string {
  return previousQuarter(quarterOf(day));
}
