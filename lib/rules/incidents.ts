import { instantOf, notificationDeadline, registryTimeZone } from '../derive.js';
import type { MessageKey } from '../i18n/index.js';
import type { Incident } from '../kinds.js';
import type { PathSegment } from '../parse.js';
import { localDay, localIso } from '../remind/local-time.js';
import { type Rule, valid } from './context.js';

// Incidents: the 72 hours of GDPR Art. 33, protected identities, closure, and no personal data in the record.

/** Whether the record itself gives a reason not to notify: a reason, or an assessment that harm is unlikely. */
export function hasReason(d: Incident): boolean {
  return Boolean(d.notification?.reason) || d.consequences?.risk === 'unlikely';
}

export const breachNotifiedLate: Rule = {
  id: 'breach-notified-late',
  severity: 'error',
  description: 'rule.breach-notified-late.description',
  message: 'rule.breach-notified-late.message',
  hint: 'rule.breach-notified-late.hint',
  check(ctx) {
    const zone = registryTimeZone(ctx.registry);
    for (const incident of valid(ctx.registry, 'incident')) {
      const d = incident.data;
      if (!d.personalDataBreach || !d.notification?.at || d.notification.reason) continue;
      const late = instantOf(d.notification.at, zone).getTime() - notificationDeadline(d, zone).getTime();
      if (late <= 0) continue;
      const hours = Math.floor(
        (instantOf(d.notification.at, zone).getTime() - instantOf(d.discovered, zone).getTime()) / 3_600_000,
      );
      ctx.report(this, { entity: incident, path: ['notification', 'at'] }, { title: d.title, hours });
    }
  },
};

export const breachNotNotified: Rule = {
  id: 'breach-not-notified',
  severity: 'error',
  description: 'rule.breach-not-notified.description',
  message: 'rule.breach-not-notified.message',
  hint: 'rule.breach-not-notified.hint',
  check(ctx) {
    const zone = registryTimeZone(ctx.registry);
    for (const incident of valid(ctx.registry, 'incident')) {
      const d = incident.data;
      if (!d.personalDataBreach || d.notification?.at || hasReason(d)) continue;
      const deadline = notificationDeadline(d, zone);
      // Within the 72 hours the reminder does the work; a rule only knows the day, so it waits for the next one.
      if (localDay(deadline, zone) >= ctx.today && !d.closed) continue;
      ctx.report(
        this,
        { entity: incident, path: d.notification ? ['notification'] : ['personalDataBreach'] },
        { title: d.title, deadline: localIso(deadline, zone).slice(0, 16).replace('T', ' ') },
      );
    }
  },
};

export const protectedIdentitiesWithoutAssessment: Rule = {
  id: 'incident-protected-identities-unassessed',
  severity: 'error',
  description: 'rule.incident-protected-identities-unassessed.description',
  message: 'rule.incident-protected-identities-unassessed.message',
  hint: 'rule.incident-protected-identities-unassessed.hint',
  check(ctx) {
    for (const incident of valid(ctx.registry, 'incident')) {
      const d = incident.data;
      if (d.protectedIdentities && !d.consequences)
        ctx.report(this, { entity: incident, path: ['protectedIdentities'] }, { title: d.title });
    }
  },
};

export const incidentOverdue: Rule = {
  id: 'incident-open-overdue',
  severity: 'warning',
  description: 'rule.incident-open-overdue.description',
  message: 'rule.incident-open-overdue.message',
  hint: 'rule.incident-open-overdue.hint',
  check(ctx) {
    for (const incident of valid(ctx.registry, 'incident')) {
      const d = incident.data;
      if (!d.closed && d.expectedClosure && d.expectedClosure < ctx.today)
        ctx.report(
          this,
          { entity: incident, path: ['expectedClosure'] },
          { title: d.title, date: d.expectedClosure },
        );
    }
  },
};

const WHAT: Record<'email' | 'phone' | 'name', MessageKey> = {
  email: 'finding.incidents.what.email',
  phone: 'finding.incidents.what.phone',
  name: 'finding.incidents.what.name',
};

// Function mailboxes are not about a person; an incident may well say it was reported to one.
const FUNCTION_MAILBOX =
  /^(info|registrator|registrator[a-z-]*|kommun|postmottagning|post|support|servicedesk|kundtjanst|dataskyddsombud|personvernombud|imy|postmottak|noreply|no-reply)$/i;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
// Swedish and Norwegian numbers as people write them: +46/+47, a leading 0 and an area code with a
// separator, a mobile number, or Norwegian groups (912 34 567, 22 33 44 55). Dates, times and diary numbers
// (KS 2022/341) have none of these shapes.
const PHONE =
  /(?:\+|00)4[67][\s-]?\d(?:[\s-]?\d){6,10}|(?<![\d/-])0\d{1,3}[-–]\s?\d(?:\s?\d){4,7}(?![\d/-])|(?<![\d/-])07\d[-\s]?\d{3}\s?\d{2}\s?\d{2}(?![\d/-])|(?<![\d/-])[49]\d{2}\s\d{2}\s\d{3}(?![\d/-])|(?<![\d/-])\d{2}\s\d{2}\s\d{2}\s\d{2}(?![\d/-])/;
// Common first names in Sweden and Norway. A name counts only when a capitalised surname follows, so a
// first name used as a word (Per, Bo) or a place (Maria kyrka) rarely trips it.
const FIRST_NAMES = new Set(
  `anna eva maria karin sara kristina lena emma kerstin marie malin ingrid linda hanna elin sofia jenny
  ida johanna camilla annika susanne ulla helena louise nina marit ingeborg kari liv hilde silje ragnhild
  tone randi heidi erik lars karl anders johan per nils jan mikael peter hans bengt olof fredrik daniel
  stefan magnus mats thomas björn ulf sven mattias andreas jonas henrik oskar gustav ole bjørn knut arne
  terje geir kjell odd tor trond rune morten espen jørgen håkan göran leif kent åsa`.split(/\s+/),
);
const CAPITALISED_PAIR = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d])/gu;

/** What in a text looks like a person's details; the text itself is never repeated in a finding. */
export function personalDetailsIn(
  text: string,
  knownNames: readonly string[],
): 'email' | 'phone' | 'name' | undefined {
  for (const m of text.matchAll(EMAIL)) {
    const local = m[0].split('@')[0] ?? '';
    if (!FUNCTION_MAILBOX.test(local)) return 'email';
  }
  if (PHONE.test(text)) return 'phone';
  const lower = text.toLowerCase();
  if (knownNames.some((n) => n.length > 3 && lower.includes(n))) return 'name';
  for (const m of text.matchAll(CAPITALISED_PAIR))
    if (FIRST_NAMES.has((m[1] ?? '').toLowerCase())) return 'name';
  return undefined;
}

/** The free-text fields of an incident, with their paths. */
function textsOf(d: Incident): [PathSegment[], string][] {
  const out: [PathSegment[], string][] = [
    [['title'], d.title],
    [['description'], d.description],
  ];
  if (d.consequences) out.push([['consequences', 'assessment'], d.consequences.assessment]);
  if (d.notification?.reason) out.push([['notification', 'reason'], d.notification.reason]);
  if (d.dataSubjectsInformed?.how) out.push([['dataSubjectsInformed', 'how'], d.dataSubjectsInformed.how]);
  if (d.dataSubjectsInformed?.reason)
    out.push([['dataSubjectsInformed', 'reason'], d.dataSubjectsInformed.reason]);
  for (const [i, l] of (d.lessons ?? []).entries()) out.push([['lessons', i], l]);
  for (const [i, a] of (d.actions ?? []).entries()) out.push([['actions', i, 'text'], a.text]);
  for (const [i, c] of (d.dataCategories ?? []).entries()) out.push([['dataCategories', i], c]);
  return out;
}

export const incidentPersonalDetails: Rule = {
  id: 'incident-personal-details',
  severity: 'warning',
  description: 'rule.incident-personal-details.description',
  message: 'rule.incident-personal-details.message',
  hint: 'rule.incident-personal-details.hint',
  check(ctx) {
    // The people of lisa.yaml are the names most likely to slip into an incident record.
    const known = Object.values(ctx.registry.organisation?.data.roles ?? {})
      .flatMap((r) => (r as { people?: { name?: string }[] }).people ?? [])
      .map((p) => (p.name ?? '').toLowerCase())
      .filter(Boolean);
    for (const incident of valid(ctx.registry, 'incident')) {
      for (const [path, text] of textsOf(incident.data)) {
        const what = personalDetailsIn(text, known);
        if (what)
          ctx.report(this, { entity: incident, path }, { field: path.join('.'), what: { key: WHAT[what] } });
      }
    }
  },
};

export const INCIDENT_RULES = [
  breachNotifiedLate,
  breachNotNotified,
  protectedIdentitiesWithoutAssessment,
  incidentOverdue,
  incidentPersonalDetails,
];
