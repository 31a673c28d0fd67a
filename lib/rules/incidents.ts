import { instantOf, notificationDeadline, registryTimeZone } from '../derive.js';
import type { Incident } from '../kinds.js';
import type { Localized } from '../locale.js';
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
  description: {
    sv: 'Personuppgiftsincident anmäld senare än 72 timmar efter upptäckten utan angivet skäl.',
    nb: 'Brudd på personopplysningssikkerheten meldt senere enn 72 timer etter oppdagelsen uten oppgitt grunn.',
    en: 'A personal-data breach notified later than 72 hours after discovery without a stated reason.',
  },
  message: {
    sv: '"{title}" anmäldes {hours} timmar efter upptäckten, senare än 72 timmar, och skälet till dröjsmålet saknas.',
    nb: '«{title}» ble meldt {hours} timer etter oppdagelsen, senere enn 72 timer, og grunnen til forsinkelsen mangler.',
    en: '"{title}" was notified {hours} hours after discovery, later than 72 hours, and the reason for the delay is missing.',
  },
  hint: {
    sv: 'Ange notification.reason: varför anmälan dröjde (art. 33.1 GDPR kräver att skälen anges). Kontrollera också discovered och notification.at.',
    nb: 'Angi notification.reason: hvorfor meldingen ble forsinket (art. 33 nr. 1 GDPR krever at grunnen oppgis). Kontroller også discovered og notification.at.',
    en: 'Set notification.reason: why the notification was delayed (GDPR Art. 33(1) requires the reasons). Check discovered and notification.at as well.',
  },
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
  description: {
    sv: 'Personuppgiftsincident som varken anmälts eller har ett dokumenterat skäl att inte anmäla.',
    nb: 'Brudd på personopplysningssikkerheten som verken er meldt eller har en dokumentert grunn til ikke å melde.',
    en: 'A personal-data breach neither notified nor with a documented reason for not notifying.',
  },
  message: {
    sv: '"{title}" är en personuppgiftsincident som inte anmälts till tillsynsmyndigheten, och skälet saknas. De 72 timmarna gick ut {deadline}.',
    nb: '«{title}» er et brudd på personopplysningssikkerheten som ikke er meldt til tilsynsmyndigheten, og grunnen mangler. De 72 timene gikk ut {deadline}.',
    en: '"{title}" is a personal-data breach not notified to the supervisory authority, and no reason is given. The 72 hours ended {deadline}.',
  },
  hint: {
    sv: 'Anmäl till IMY och ange notification: {at: …, reference: …}. Bedömer ni att incidenten sannolikt inte medför risk: ange consequences med risk: unlikely och bedömningen, eller notification.reason.',
    nb: 'Meld til Datatilsynet og angi notification: {at: …, reference: …}. Er det vurdert at bruddet sannsynligvis ikke medfører risiko: angi consequences med risk: unlikely og vurderingen, eller notification.reason.',
    en: 'Notify the supervisory authority and set notification: {at: …, reference: …}. If the breach is unlikely to result in a risk: set consequences with risk: unlikely and the assessment, or notification.reason.',
  },
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
  description: {
    sv: 'Incident som berör skyddade personuppgifter utan dokumenterad riskbedömning.',
    nb: 'Hendelse som berører beskyttede personopplysninger uten dokumentert risikovurdering.',
    en: 'An incident involving protected identities without a recorded risk assessment.',
  },
  message: {
    sv: '"{title}" berör skyddade personuppgifter men saknar en riskbedömning för de registrerade.',
    nb: '«{title}» berører beskyttede personopplysninger, men mangler en risikovurdering for de registrerte.',
    en: '"{title}" involves protected identities but has no risk assessment for the data subjects.',
  },
  hint: {
    sv: 'Röjda skyddade personuppgifter kan sätta liv i fara. Gör och dokumentera bedömningen omedelbart: consequences: {risk: high-risk, assessment: …, date: …}.',
    nb: 'Røpede beskyttede personopplysninger kan sette liv i fare. Gjør og dokumenter vurderingen straks: consequences: {risk: high-risk, assessment: …, date: …}.',
    en: 'A disclosed protected identity can put lives at risk. Make and record the assessment at once: consequences: {risk: high-risk, assessment: …, date: …}.',
  },
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
  description: {
    sv: 'Incident som fortfarande är öppen efter sitt väntade avslut.',
    nb: 'Hendelse som fortsatt er åpen etter forventet avslutning.',
    en: 'An incident still open past its expected closure.',
  },
  message: {
    sv: '"{title}" skulle vara avslutad {date} men är fortfarande öppen.',
    nb: '«{title}» skulle vært avsluttet {date}, men er fortsatt åpen.',
    en: '"{title}" was expected to close on {date} but is still open.',
  },
  hint: {
    sv: 'Ange closed med datum och klockslag när incidenten är avslutad, eller ett nytt expectedClosure.',
    nb: 'Angi closed med dato og klokkeslett når hendelsen er avsluttet, eller en ny expectedClosure.',
    en: 'Set closed with the date and time once the incident is closed, or a new expectedClosure.',
  },
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

const WHAT: Record<'email' | 'phone' | 'name', Localized> = {
  email: { sv: 'en e-postadress', nb: 'en e-postadresse', en: 'an e-mail address' },
  phone: { sv: 'ett telefonnummer', nb: 'et telefonnummer', en: 'a phone number' },
  name: { sv: 'ett personnamn', nb: 'et personnavn', en: "a person's name" },
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
  description: {
    sv: 'Text i en incident som ser ut att innehålla ett namn eller kontaktuppgifter.',
    nb: 'Tekst i en hendelse som ser ut til å inneholde et navn eller kontaktopplysninger.',
    en: "Text in an incident that looks like a person's name or contact details.",
  },
  message: {
    sv: 'Texten i {field} ser ut att innehålla {what}. En incident beskrivs utan personuppgifter.',
    nb: 'Teksten i {field} ser ut til å inneholde {what}. En hendelse beskrives uten personopplysninger.',
    en: 'The text in {field} seems to contain {what}. An incident is recorded without personal data.',
  },
  hint: {
    sv: 'Skriv roller och kategorier i stället (t.ex. en handläggare, en vårdnadshavare). Är det inte en person: tysta varningen med suppress och ett skäl.',
    nb: 'Skriv roller og kategorier i stedet (f.eks. en saksbehandler, en foresatt). Er det ikke en person: demp advarselen med suppress og en grunn.',
    en: 'Write roles and categories instead (e.g. a case officer, a guardian). If it is not a person: suppress the warning with a reason.',
  },
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
          ctx.report(
            this,
            { entity: incident, path },
            { field: path.join('.'), what: WHAT[what][ctx.locale] },
          );
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
