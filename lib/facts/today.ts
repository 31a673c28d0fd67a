// "Today" for the organisation: the calendar day where it is, in lisa.yaml's `timezone`, else its country's
// (Europe/Oslo for country: no), else Stockholm. Rules, documents, answers, reminders and the PR diff all count
// deadlines from this day; the clock itself is read by the caller (the CLI, the action, the bot) and passed in.
import { parse } from 'yaml';
import { profileOf } from '../country.js';
import { isPlainObject, type SourceFile } from '../registry.js';
// From local-time.ts, not calendar.ts: validation needs no holiday data (date-holidays, ~0.1 s to load).
import { DEFAULT_TIME_ZONE, isTimeZone, localDay } from '../remind/local-time.js';

/** The organisation's time zone: its own when it is one the time-zone database knows, else its country's. */
export function organisationTimeZone(org: unknown): string {
  const o = isPlainObject(org) ? org : {};
  if (typeof o.timezone === 'string' && isTimeZone(o.timezone)) return o.timezone;
  const zone = profileOf(o).timeZone;
  return isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** The day (YYYY-MM-DD) it is at `now` where the organisation is. */
export function organisationToday(org: unknown, now: Date): string {
  return localDay(now, organisationTimeZone(org));
}

/**
 * lisa.yaml (or lisa.yml) as data, from a registry's files before the registry is built: what the action needs to
 * know the day before it validates. Undefined when it is missing or does not parse (validation reports that).
 */
export function organisationOf(sources: readonly SourceFile[]): unknown {
  const file = sources.find((s) => s.rel === 'lisa.yaml') ?? sources.find((s) => s.rel === 'lisa.yml');
  if (!file) return undefined;
  try {
    return parse(Buffer.from(file.bytes).toString('utf8'), { maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}
