// The reminder settings from lisa.yaml: time zone, holidays' country, lead days, the security channel.
import { profileOf } from '../country.js';
import type { Locale } from '../locale.js';
import { isPlainObject, type Registry } from '../registry.js';
import {
  type Country,
  DEFAULT_SEND_TIME,
  DEFAULT_TIME_ZONE,
  holidayCountry,
  isTimeZone,
} from './calendar.js';

export interface RemindSettings {
  locale: Locale;
  timeZone: string;
  country: Country;
  /** Local HH:MM. */
  sendTime: string;
  catchUpDays: number;
  lead: { kpiReview: number; action: number; review: number; cycle: number };
  /** The security channel as written in lisa.yaml. */
  channel?: string;
}

const CYCLE_LEAD_DAYS = 14;

/** A whole number of days from lisa.yaml, within bounds: a year of lead at most, and of catch-up. */
export function count(value: unknown, fallback: number, max = 365): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, max) : fallback;
}

export function org(registry: Registry): Record<string, unknown> {
  const data = registry.organisation?.data as unknown;
  return isPlainObject(data) ? data : {};
}

export function field(obj: unknown, key: string): Record<string, unknown> {
  const v = isPlainObject(obj) ? obj[key] : undefined;
  return isPlainObject(v) ? v : {};
}

/**
 * The reminder settings from lisa.yaml, read field by field: a mistake elsewhere in lisa.yaml (the validator
 * reports it) must not silence every reminder.
 */
export function remindSettings(registry: Registry): RemindSettings {
  const o = org(registry);
  // The country in lisa.yaml decides the default time zone and the holidays; without one, the language does.
  const profile = o.country !== undefined ? profileOf(o) : undefined;
  const zone =
    typeof o.timezone === 'string' && isTimeZone(o.timezone)
      ? o.timezone
      : (profile?.timeZone ?? DEFAULT_TIME_ZONE);
  const r = field(o, 'reminders');
  const channel = field(o, 'slack').securityChannel;
  return {
    locale: registry.locale,
    timeZone: zone,
    country: profile?.iso ?? holidayCountry(registry.locale, zone),
    sendTime: DEFAULT_SEND_TIME,
    catchUpDays: count(r.catchUpDays, 14),
    lead: {
      kpiReview: count(r.kpiReviewLeadDays, 14),
      action: count(r.actionLeadDays, 14),
      review: count(r.reviewLeadDays, 30),
      cycle: CYCLE_LEAD_DAYS,
    },
    ...(typeof channel === 'string' && channel.trim() ? { channel: channel.trim() } : {}),
  };
}
