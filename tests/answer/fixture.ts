// A small municipality for the answerer's tests: a few of each register, aliases, texts in three languages,
// and restricted entries of every kind (flagged, protected identities, top confidentiality).
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';

export const LISA = `name: Testviks kommun
locale: sv
timezone: Europe/Stockholm
repository:
  url: https://github.com/testvik/lis
  branch: main
  path: registry
boards:
  - id: ks
    name: Kommunstyrelsen
    type: executive-board
    dpo: dso
  - id: son
    name: Socialnämnden
    type: committee
    dpo: dso
  - id: bun
    name: Barn- och utbildningsnämnden
    type: committee
    dpo: dso-skola
roles:
  sakerhetssamordnare:
    name: { sv: Informationssäkerhetssamordnare, nb: Informasjonssikkerhetskoordinator, en: Information security coordinator }
    kind: security-coordinator
    people:
      - name: Karin Lund
        slack: UKARIN
        email: karin.lund@testvik.se
  dso:
    name: { sv: Dataskyddsombud, nb: Personvernombud, en: Data protection officer }
    kind: dpo
    people:
      - name: Per Holm
        slack: UPER
  dso-skola:
    name: Dataskyddsombud för skolan
    kind: dpo
    people:
      - name: Lina Berg
  socialchef:
    name: Socialchef
    board: son
    kind: information-owner
    people:
      - name: Eva Ek
        slack: UEVA
  it-chef:
    name: IT-chef
    kind: system-administrator
    people:
      - name: Omar Ali
  skolchef:
    name: Skolchef
    board: bun
    people:
      - name: Sara Nord
  kanslichef:
    name: Kanslichef
    board: ks
slack:
  securityChannel: C0SECURITY
access:
  restricted:
    roles: [sakerhetssamordnare]
    slackUsers: [UALLOWED]
    slackUserGroups: [SSEC]
`;

export const FILES: Record<string, string> = {
  'lisa.yaml': LISA,
  'system/procapita.yaml': `name: Procapita
aliases: [verksamhetssystemet, VoO]
description: Verksamhetssystem för socialtjänsten och hemtjänsten.
board: son
owner: socialchef
administrator: it-chef
supplier: CGI
hosting: on-premises
status: active
protection:
  confidentiality: 3
  integrity: 3
  availability: 2
  traceability: 3
protectionAssessed: 2026-02-01
`,
  'system/elevregister.yaml': `name: Elevregister
aliases: [Extens, elevregistret]
description: Register över elever i grundskolan.
board: bun
owner: skolchef
administrator: it-chef
hosting: swedish-cloud
protection:
  confidentiality: 2
  integrity: 2
  availability: 2
  traceability: 2
`,
  'system/skyddat-boende.yaml': `name: Skyddsnätet
aliases: [boendesystemet]
description: Adresser till skyddade boenden.
board: son
owner: socialchef
hosting: on-premises
protection:
  confidentiality: 4
  integrity: 3
  availability: 2
  traceability: 3
restricted: true
`,
  'system/office.yaml': `name: Microsoft 365
aliases: [Office, Teams, Outlook]
board: ks
owner: kanslichef
administrator: it-chef
hosting: eu-cloud
protection:
  confidentiality: 2
  integrity: 2
  availability: 2
  traceability: 2
`,
  'asset/elevakter.yaml': `name: Elevakter
aliases: [elevdokumentation]
description: Dokumentation om elever i grundskolan.
board: bun
owner: skolchef
systems: [elevregister]
personalData:
  dataSubjects: [elever, vårdnadshavare]
  categories: [kontaktuppgifter, betyg]
processing: [elevadministration]
`,
  'asset/socialakter.yaml': `name: Socialtjänstens akter
description: Utredningar och beslut inom socialtjänsten.
board: son
owner: socialchef
systems: [procapita]
personalData:
  dataSubjects: [brukare, barn]
  categories: [hälsa, sociala förhållanden]
  sensitive: true
`,
  'asset/skyddade-adresser.yaml': `name: Adresser för personer med skyddad identitet
description: Var personer med sekretessmarkering bor.
board: son
owner: socialchef
systems: [skyddat-boende, procapita]
personalData:
  dataSubjects: [brukare, barn]
  categories: [adress]
protectedIdentities: true
`,
  'asset/hemliga-planer.yaml': `name: Krisledningsplaner
description: Planer för krisledning.
board: ks
owner: kanslichef
`,
  'classification/elevakter-2026.yaml': `asset: elevakter
date: 2026-03-01
method: KLASSA 4.0
participants: [skolchef, sakerhetssamordnare]
levels:
  confidentiality: { level: 2, justification: Uppgifter om enskilda elever. }
  integrity: { level: 2, justification: Felaktiga uppgifter ger fel beslut. }
  availability: { level: 1, justification: Kortare avbrott går att hantera. }
  traceability: { level: 2, justification: Åtkomst ska kunna följas upp. }
nextReview: 2027-03-01
`,
  'classification/socialakter-2026.yaml': `asset: socialakter
date: 2026-01-15
method: KLASSA 4.0
participants: [socialchef, sakerhetssamordnare]
levels:
  confidentiality: { level: 3, justification: Känsliga uppgifter om enskilda. }
  integrity: { level: 3, justification: Felaktiga beslut kan skada. }
  availability: { level: 2, justification: Verksamheten klarar ett dygn. }
  traceability: { level: 3, justification: All åtkomst loggas. }
nextReview: 2027-01-15
`,
  'classification/hemliga-planer-2026.yaml': `asset: hemliga-planer
date: 2026-05-01
participants: [kanslichef, sakerhetssamordnare]
levels:
  confidentiality: { level: 4, justification: Planerna får inte spridas. }
  integrity: { level: 2, justification: Ska vara korrekta. }
  availability: { level: 2, justification: Behövs vid kris. }
  traceability: { level: 2, justification: Loggas. }
nextReview: 2027-05-01
`,
  'processing/elevadministration.yaml': `name: Elevadministration
controller: bun
purposes: [Administrera elevernas skolgång]
legalBasis:
  - basis: legal-obligation
    reference: Skollagen (2010:800) 26 kap.
dataSubjects: [elever, vårdnadshavare]
personalData: [kontaktuppgifter, betyg, frånvaro]
identityNumbers: true
retention:
  period: 5 år efter avslutad skolgång
  basis: Dokumenthanteringsplan för barn- och utbildningsnämnden
securityMeasures: [Behörighetsstyrning]
systems: [elevregister]
`,
  'processing/rekrytering.yaml': `name: Rekrytering
controller: ks
purposes: [Anställa medarbetare]
legalBasis:
  - basis: contract
dataSubjects: [arbetssökande]
personalData: [kontaktuppgifter, cv]
retention:
  period: 2 år efter avslutad rekrytering
securityMeasures: [Behörighetsstyrning]
systems: [office]
`,
  'document/losenord.yaml': `title: Riktlinje för lösenord
type: guideline
status: decided
decidedBy: ks
decision: { date: 2025-04-10, paragraph: § 44 }
owner: sakerhetssamordnare
nextReview: 2026-04-10
summary: { sv: Lösenord ska vara minst 14 tecken och får inte återanvändas., en: Passwords must be at least 14 characters and never reused. }
topics: [lösenord, inloggning, tvåfaktorsautentisering]
`,
  'document/informationssakerhetspolicy.yaml': `title: Informationssäkerhetspolicy
type: policy
status: decided
decidedBy: ks
decision: { date: 2025-06-12, paragraph: § 101 }
owner: sakerhetssamordnare
nextReview: 2027-06-12
topics: [informationssäkerhet]
url: https://testvik.se/policy
`,
  'document/molntjanster.yaml': `title: Riktlinje för molntjänster
type: guideline
status: decided
decidedBy: ks
decision: { date: 2025-09-01 }
owner: it-chef
nextReview: 2026-12-01
topics: [molntjänster, Google Drive, Dropbox]
`,
  'document/sakerhetsskyddsplan.yaml': `title: Säkerhetsskyddsplan för ledningscentralen
type: plan
status: decided
decidedBy: ks
decision: { date: 2025-12-10 }
owner: kanslichef
nextReview: 2026-12-10
topics: [säkerhetsskydd, ledningscentral]
restricted: true
`,
  'kpi/utbildning.yaml': `name: Andel medarbetare som genomfört utbildningen i informationssäkerhet
unit: percent
direction: higher-is-better
target: 90
owner: sakerhetssamordnare
values:
  2026-Q1: 71
  2026-Q2: 78
  2026-Q3: 84.5
comments:
  2026-Q3: Förskolan ligger efter.
`,
  'kpi/incidenter.yaml': `name: Tid till rapporterad incident
unit: hours
direction: lower-is-better
target: 24
owner: sakerhetssamordnare
values:
  2026-Q2: 30
  2026-Q3: 20
`,
  'cycle/kpi-uppfoljning.yaml': `name: Kvartalsuppföljning av nyckeltal
kind: kpi-review
months: [2, 5, 8, 11]
day: 15
owner: sakerhetssamordnare
`,
  'cycle/infosakkollen.yaml': `name: Infosäkkollen
kind: survey
description: MSB:s årliga enkät om informationssäkerhet.
months: [9]
day: 30
owner: sakerhetssamordnare
`,
  'cycle/sakerhetsmanad.yaml': `name: Säkerhetsmånaden
kind: awareness-month
months: [10]
owner: sakerhetssamordnare
`,
  'cycle/arsrapport.yaml': `name: Årsrapport till kommunstyrelsen
kind: board-report
months: [11]
day: 30
owner: sakerhetssamordnare
boards: [ks]
`,
  'audit/revision-2026.yaml': `title: Granskning av informationssäkerhetsarbetet
firm: KPMG
reportDate: 2026-02-10
boards: [ks]
answerDue: 2026-05-31
status: in-progress
recommendations:
  - id: r1
    board: ks
    text: Säkerställ att styrdokumenten revideras årligen.
    answer: Kommunstyrelsen instämmer.
    plannedActions:
      - id: a1
        text: Inför en årlig revideringsplan
        owner: sakerhetssamordnare
        due: 2026-06-30
        status: done
        done: 2026-06-20
  - id: r2
    board: ks
    text: Säkerställ att förtroendevalda får utbildning i informationssäkerhet.
    plannedActions:
      - id: a2
        text: Utbildning för förtroendevalda
        owner: kanslichef
        due: 2026-09-30
        status: in-progress
`,
  'faq/incident.yaml': `questions:
  - Hur rapporterar jag en incident?
  - Hur anmäler jag en personuppgiftsincident?
  - Hvordan melder jeg et avvik?
  - How do I report a personal data breach?
answer:
  sv: Rapportera direkt i incidentportalen och ring IT-servicedesk på 1234. Personuppgiftsincidenter ska anmälas till IMY inom 72 timmar.
  nb: Meld straks i avviksportalen og ring IT-servicedesk på 1234. Brudd på personopplysningssikkerheten meldes til Datatilsynet innen 72 timer.
  en: Report it at once in the incident portal and call the IT service desk on 1234. Personal data breaches go to the authority within 72 hours.
owner: sakerhetssamordnare
topics: [incident, personuppgiftsincident]
`,
  'faq/elevbilder.yaml': `questions:
  - Får jag spara bilder på elever i Google Drive?
  - Får jeg lagre bilder av elever i Google Drive?
  - May I store photos of pupils in Google Drive?
answer:
  sv: Nej. Bilder på elever sparas i Microsoft 365 (Teams), aldrig i privata molntjänster som Google Drive.
  nb: Nei. Bilder av elever lagres i Microsoft 365 (Teams), aldri i private skytjenester som Google Drive.
  en: No. Photos of pupils are stored in Microsoft 365 (Teams), never in private cloud services like Google Drive.
owner: it-chef
documents: [molntjanster]
topics: [molntjänster, bilder]
`,
  'faq/skyddad-identitet.yaml': `questions:
  - Hur hanterar vi personer med skyddad identitet?
  - What do we do for people with a protected identity?
answer: Kontakta socialchefen; adresserna finns i Skyddsnätet och lämnas aldrig ut.
owner: socialchef
restricted: true
`,
  'faq/vpn.yaml': `questions:
  - Hur kopplar jag upp mig med VPN hemifrån?
  - How do I connect with VPN from home?
answer:
  sv: Starta appen Anslut och logga in med BankID.
  en: Start the Connect app and sign in with BankID.
owner: it-chef
`,
};

/** Words that appear only in restricted entries: none of them may reach anyone not allowed. */
export const RESTRICTED_MARKERS = [
  'Skyddsnätet',
  'boendesystemet',
  'skyddat-boende',
  'skyddade-adresser',
  'Adresser för personer',
  'sekretessmarkering',
  'Krisledningsplaner',
  'hemliga-planer',
  'Planerna får inte',
  'adresserna finns',
  'Säkerhetsskyddsplan',
  'sakerhetsskyddsplan',
  'ledningscentral',
  'Synnerligen',
];

export function fixtureSources(files: Record<string, string> = FILES) {
  return sources(files, 'registry');
}

export function fixtureIndex(files: Record<string, string> = FILES): AnswerIndex {
  const result = validateSources('registry', fixtureSources(files), { today: '2026-11-23' });
  return buildAnswerIndex(result.registry);
}
