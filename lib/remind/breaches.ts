import { profileOf } from '../country.js';
import { instantOf, NOTIFICATION_WINDOW_MS, notificationDeadline } from '../derive.js';
import { hasReason } from '../rules/incidents.js';
import { esc } from './blocks.js';
import { localDay, localIso } from './calendar.js';
import type { Planner } from './planner.js';

// The 72 hours of GDPR Art. 33 run through weekends and holidays, so these reminders do not wait for 08:00 on
// a working day: they go out at fixed points after the discovery, each saying how many hours are left.

/** Hours after discovery at which the DPO and the security coordinator are reminded. */
export const BREACH_REMINDER_HOURS = [0, 24, 48, 60, 69] as const;

/** Reminder kinds that go out at their moment, not on a working day at 08:00 (see `deliverReminders`). */
export const BY_THE_CLOCK: ReadonlySet<string> = new Set(['breach-notification']);

/** Direct messages about every personal-data breach recorded with neither notification nor reason. */
export function breachNotifications(p: Planner): void {
  const zone = p.s.timeZone;
  const owners = [...p.rolesOfKind('dpo'), ...p.rolesOfKind('security-coordinator')];
  const time = (at: Date) => localIso(at, zone).slice(0, 16).replace('T', ' ');
  for (const incident of p.registry.entities.incident.values()) {
    const d = incident.data;
    if (!incident.valid || !d.personalDataBreach || d.notification?.at || d.closed || hasReason(d)) continue;
    const discovered = instantOf(d.discovered, zone);
    const deadline = notificationDeadline(d, zone);
    for (const hours of BREACH_REMINDER_HOURS) {
      const at = new Date(discovered.getTime() + hours * 3_600_000);
      if (at < p.from || at >= p.until) continue;
      const left = Math.round((NOTIFICATION_WINDOW_MS - hours * 3_600_000) / 3_600_000);
      const draft = {
        kind: 'breach-notification' as const,
        ref: `incident/${incident.id}`,
        entity: incident,
        occurrence: `${localDay(discovered, zone)}+${hours}h`,
        deadline: localDay(deadline, zone),
        day: localDay(at, zone),
        at,
        restricted: p.restricted(incident),
      };
      p.route(
        draft,
        {
          header: p.t('remind.breach.header', { hours: left }),
          paragraphs: [
            p.t('remind.breach.intro', {
              title: esc(d.title),
              discovered: time(discovered),
              deadline: time(deadline),
              // The authority is the country's (lisa.yaml `country`), not the language's.
              authority: profileOf(p.registry.organisation?.data).names.authority[p.locale],
              owner: p.owner(owners),
            }),
            p.t('remind.breach.hint'),
          ],
          footer: p.footer(incident),
        },
        owners,
        true,
      );
    }
  }
}
