import { instantOf, NOTIFICATION_WINDOW_MS, notificationDeadline } from '../derive.js';
import type { Localized } from '../locale.js';
import { hasReason } from '../rules/incidents.js';
import { esc } from './blocks.js';
import { localDay, localIso } from './calendar.js';
import type { Planner } from './planner.js';

// The 72 hours of GDPR Art. 33 run through weekends and holidays, so these reminders do not wait for 08:00 on
// a working day: they go out at fixed points after the discovery, each saying how many hours are left.

/** Hours after discovery at which the DPO and the security coordinator are reminded. */
export const BREACH_REMINDER_HOURS = [0, 24, 48, 60, 69] as const;

const T = {
  header: {
    sv: 'Personuppgiftsincident: {hours} timmar kvar att anmäla',
    nb: 'Brudd på personopplysningssikkerheten: {hours} timer igjen til melding',
    en: 'Personal-data breach: {hours} hours left to notify',
  },
  intro: {
    sv: '*{title}* upptäcktes {discovered}. Anmälan till {authority} ska göras senast {deadline} (72 timmar, art. 33 GDPR). Ansvariga: {owner}.',
    nb: '*{title}* ble oppdaget {discovered}. Melding til {authority} skal sendes senest {deadline} (72 timer, art. 33 GDPR). Ansvarlige: {owner}.',
    en: '*{title}* was discovered {discovered}. It must be notified to {authority} by {deadline} (72 hours, GDPR Art. 33). Responsible: {owner}.',
  },
  hint: {
    sv: 'När anmälan är gjord: ange notification.at och reference. Bedöms incidenten sannolikt inte medföra risk: ange consequences med risk: unlikely, eller notification.reason.',
    nb: 'Når meldingen er sendt: angi notification.at og reference. Er det vurdert at bruddet sannsynligvis ikke medfører risiko: angi consequences med risk: unlikely, eller notification.reason.',
    en: 'Once notified: set notification.at and reference. If the breach is unlikely to result in a risk: set consequences with risk: unlikely, or notification.reason.',
  },
  authority: { sv: 'IMY', nb: 'Datatilsynet', en: 'the supervisory authority' },
} satisfies Record<string, Localized>;

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
          header: p.t(T.header, { hours: left }),
          paragraphs: [
            p.t(T.intro, {
              title: esc(d.title),
              discovered: time(discovered),
              deadline: time(deadline),
              authority: p.t(T.authority),
              owner: p.owner(owners),
            }),
            p.t(T.hint),
          ],
          footer: p.footer(incident),
        },
        owners,
        true,
      );
    }
  }
}
