import { describeFinding } from '../../lib/finding.js';
import type { Registry, SourceFile } from '../../lib/registry.js';
import { validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';

// A small registry that gives every document something to show: an answered and an in-progress audit, a
// restricted system, a system protected below its information, a protected-identity processing activity,
// a processor role, a third-country transfer, KPIs with missing values and an overdue review.

export const TODAY = '2026-11-23';

export const HOSTILE = '<img src=http://127.0.0.1:9/x.png><script>alert(1)</script>';

export const LISA = `name: Testviks kommun
locale: sv
registrationPrefix: KS
boards:
  - id: ks
    name: Kommunstyrelsen
    type: executive-board
    controller: true
    contact: kommunstyrelsen@testvik.se
    chair: ks-ordforande
    dpo: dso
  - id: son
    name: Socialnämnden
    type: committee
    controller: true
    contact: socialnamnden@testvik.se
    dpo: dso
roles:
  sakerhetssamordnare:
    name: Informationssäkerhetssamordnare
    kind: security-coordinator
  dso:
    name: Dataskyddsombud
    kind: dpo
    people:
      - email: dataskyddsombud@testvik.se
  socialchef:
    name: Socialchef
    board: son
  it-chef:
    name: IT-chef
  ks-ordforande:
    name: Kommunstyrelsens ordförande
    kind: chair
    board: ks
  kommundirektor:
    name: Kommundirektör
`;

export const FILES = {
  'lisa.yaml': LISA,
  'system/procapita.yaml': `name: Procapita
board: son
owner: socialchef
administrator: it-chef
supplier: CGI
hosting: on-premises
status: active
protection: { confidentiality: 3, integrity: 3, availability: 3, traceability: 3 }
`,
  'system/office.yaml': `name: Microsoft 365
board: ks
owner: it-chef
supplier: Microsoft
hosting: eu-cloud
protection: { confidentiality: 2, integrity: 2, availability: 2, traceability: 2 }
`,
  'system/skyddat-register.yaml': `name: Skyddsregistret
board: son
owner: socialchef
hosting: on-premises
protectedIdentities: true
protection: { confidentiality: 3, integrity: 3, availability: 2, traceability: 3 }
`,
  'asset/socialakter.yaml': `name: Socialakter
board: son
owner: socialchef
systems: [procapita]
personalData: { dataSubjects: [brukare], categories: [hälsa, sociala förhållanden], sensitive: true }
processing: [handlaggning]
`,
  'asset/styrdokument.yaml': `name: Kommunens styrdokument
board: ks
owner: kommundirektor
systems: [office]
`,
  'asset/personalakter.yaml': `name: Personalakter
board: ks
owner: kommundirektor
systems: [office]
`,
  'classification/socialakter-2026.yaml': `asset: socialakter
date: 2026-03-01
participants: [socialchef, sakerhetssamordnare]
levels:
  confidentiality: { level: 3, justification: Uppgifter om enskildas hälsa och sociala förhållanden. }
  integrity: { level: 3, justification: Felaktiga uppgifter kan leda till felaktiga beslut. }
  availability: { level: 2, justification: Handläggningen kan vänta några timmar. }
  traceability: { level: 3, justification: Åtkomst till akter ska kunna följas upp. }
`,
  'classification/styrdokument-2024.yaml': `asset: styrdokument
date: 2024-09-01
participants: [kommundirektor, sakerhetssamordnare]
levels:
  confidentiality: { level: 0, justification: Allmänna handlingar som publiceras. }
  integrity: { level: 2, justification: Gällande version måste vara rätt. }
  availability: { level: 1, justification: Kan vänta en dag. }
  traceability: { level: 1, justification: Ändringar beslutas och protokollförs. }
`,
  'processing/handlaggning.yaml': `name: Handläggning av ärenden om bistånd
controller: son
purposes: [Utreda och besluta om bistånd enligt socialtjänstlagen, Dokumentera insatser]
legalBasis:
  - basis: official-authority
    reference: Socialtjänstlagen (2001:453)
dataSubjects: [Sökande, brukare, anhöriga]
dataSubjectsCount: 4200
personalData: [Kontaktuppgifter, hälsa, sociala förhållanden]
specialCategories: [health]
identityNumbers: true
recipients:
  - name: Inspektionen för vård och omsorg
processors:
  - name: CGI Sverige AB
    agreement: 2023-05-04
    agreementReference: SN 2023/88
retention: { period: 5 år efter sista anteckning, basis: Dokumenthanteringsplan, archived: false }
securityMeasures: [Behörighetsstyrning efter roll, Loggning och logguppföljning, "=HYPERLINK(\\"http://x\\")"]
systems: [procapita]
dpia: { status: done, date: 2025-02-10, criteria: [sensitive-data, vulnerable-data-subjects] }
`,
  'processing/skyddade.yaml': `name: Handläggning av ärenden med skyddade personuppgifter
controller: son
purposes: [Handlägga ärenden för personer med skyddade personuppgifter]
legalBasis: [{ basis: official-authority }]
dataSubjects: [Personer med skyddade personuppgifter]
personalData: [Skyddad adress]
protectedIdentities: true
retention: { period: Enligt dokumenthanteringsplan }
securityMeasures: [Särskild behörighet]
dpia: { status: in-progress, criteria: [sensitive-data, vulnerable-data-subjects] }
`,
  'processing/e-tjanster.yaml': `name: E-tjänster och molnlagring
controller: ks
purposes: [Ta emot ansökningar via e-tjänster]
legalBasis: [{ basis: public-interest, reference: Kommunallagen (2017:725) }]
dataSubjects: [Invånare]
personalData: [Kontaktuppgifter]
recipients:
  - name: Microsoft Corporation
    country: US
thirdCountryTransfers:
  - country: US
    recipient: Microsoft Corporation
    safeguard: adequacy-decision
    reference: EU–US Data Privacy Framework
retention: { period: 2 år }
securityMeasures: [Kryptering, Tvåfaktorsinloggning]
systems: [office]
`,
  'processing/lonebitrade.yaml': `name: Löneadministration åt kommunalförbundet
role: processor
controller: ks
controllersServed:
  - name: Räddningstjänstförbundet Väst
    contact: info@rtjv.se
purposes: [Löneutbetalning]
legalBasis: [{ basis: contract }]
dataSubjects: [Anställda i förbundet]
personalData: [Lön, kontonummer]
retention: { period: Enligt avtal }
securityMeasures: [Behörighetsstyrning]
`,
  'document/informationssakerhetspolicy.yaml': `title: Informationssäkerhetspolicy
type: policy
status: decided
decidedBy: ks
decision: { date: 2025-02-12, paragraph: § 14, registrationNumber: KS 2024/311 }
owner: kommundirektor
nextReview: 2026-02-12
communicated: 2025-03-01
`,
  'document/riktlinje-klassning.yaml': `title: Riktlinje för informationsklassning
type: guideline
status: decided
decidedBy: ks
decision: { date: 2026-04-02, paragraph: § 41 }
owner: sakerhetssamordnare
nextReview: 2027-04-02
`,
  'document/incidentrutin.yaml': `title: Rutin för informationssäkerhetsincidenter
type: routine
status: draft
owner: sakerhetssamordnare
`,
  'kpi/utbildning.yaml': `name: Andel medarbetare som genomfört utbildningen Säkert beteende
definition: Andel av tillsvidareanställda som slutfört kursen i kompetensportalen.
unit: percent
direction: higher-is-better
target: 90
owner: sakerhetssamordnare
source: Kompetensportalen
values:
  2024-Q4: 61
  2025-Q1: 66.5
  2025-Q2: null
  2025-Q3: 74
  2025-Q4: 79
  2026-Q1: 83
  2026-Q2: 86
  2026-Q3: 91
comments:
  2025-Q2: Kompetensportalen byttes ut; ingen mätning.
`,
  'kpi/incidenter.yaml': `name: Tid till åtgärd för allvarliga incidenter
unit: days
direction: lower-is-better
target: 5
owner: it-chef
since: 2025-Q3
values:
  2025-Q3: 9
  2025-Q4: 7
  2026-Q1: 6.5
  2026-Q2: 4
`,
  'cycle/kvartalsuppfoljning.yaml': `name: Kvartalsuppföljning av nyckeltal
kind: kpi-review
months: [2, 5, 8, 11]
owner: sakerhetssamordnare
`,
  'cycle/arsrapport.yaml': `name: Årlig rapport till kommunstyrelsen
kind: board-report
months: [12]
owner: sakerhetssamordnare
`,
  'audit/granskning-2026.yaml': `title: Granskning av kommunens informationssäkerhet
firm: KPMG
auditors: Kommunens förtroendevalda revisorer
reportDate: 2026-03-20
boards: [ks, son]
answerDue: 2026-06-30
status: answered
assessment:
  - Kommunstyrelsen har inte fullt ut etablerat en tillräcklig styrning av informationssäkerhetsarbetet.
  - Informationsklassning har till stor del genomförts, men uppföljningen av skyddsåtgärder behöver stärkas.
summary: |
  Kommunstyrelsen delar revisorernas bedömning och har redan påbörjat flera åtgärder.

  Arbetet följs upp i den årliga rapporten till kommunstyrelsen.
recommendations:
  - id: r1
    board: ks
    text: Fastställa styrande dokument för informationssäkerhetsarbetet.
    answer: |
      Kommunstyrelsen har beslutat en ny informationssäkerhetspolicy. Detta har skett genom att:
      - en arbetsgrupp har tagit fram policyn
      - policyn har remitterats till alla förvaltningar
    actionsTaken:
      - Informationssäkerhetspolicyn beslutades 12 februari 2025.
    plannedActions:
      - id: riktlinjer
        text: Besluta riktlinjer för informationsklassning och incidenthantering.
        owner: sakerhetssamordnare
        due: 2026-04-30
        status: done
        done: 2026-04-02
      - id: rutiner
        text: Ta fram rutin för informationssäkerhetsincidenter.
        owner: sakerhetssamordnare
        due: 2026-09-30
        status: in-progress
        history:
          - date: 2026-05-15
            status: in-progress
    timeline: Riktlinjerna beslutas under våren 2026 och rutinerna under hösten 2026.
  - id: r2
    board: ks
    text: Etablera en årlig uppföljning av det samlade informationssäkerhetsarbetet.
    answer: En årlig rapport lämnas till kommunstyrelsen i december varje år.
    plannedActions:
      - id: arsrapport
        text: Första årliga rapporten till kommunstyrelsen.
        owner: sakerhetssamordnare
        due: 2026-12-15
        status: planned
  - id: r3
    board: son
    text: Säkerställa att informationssäkerhetsutbildningar genomförs regelbundet och att deltagandet följs upp.
    answer: Socialnämnden gör utbildningen Säkert beteende obligatorisk.
    comments: Nämnden vill särskilt framhålla vikten av att även förtroendevalda utbildas.
decisions:
  - proposal: Kommunstyrelsen godkänner svaret på revisionsrapporten Granskning av kommunens informationssäkerhet och överlämnar det till kommunfullmäktiges revisorer.
    board: ks
    meetingDate: 2026-06-10
    paragraph: § 87
    registrationNumber: KS 2026/142
    date: 2026-06-10
    chair:
      name: Anna Lindqvist
      party: S
      title: Kommunstyrelsens ordförande
attachments:
  - Revisionsrapport Granskning av kommunens informationssäkerhet
  - Tjänsteskrivelse 2026-05-20
`,
  'audit/granskning-behorigheter.yaml': `title: Granskning av behörighetshantering
firm: PwC
reportDate: 2026-10-01
boards: [ks]
answerDue: 2026-12-31
status: in-progress
assessment:
  - Rutinerna för behörighetskontroll är delvis ändamålsenliga.
recommendations:
  - id: r1
    board: ks
    text: Inför regelbunden kontroll av systembehörigheter.
    plannedActions:
      - id: kontroll
        text: Halvårsvis kontroll av behörigheter i verksamhetssystemen.
        owner: it-chef
        due: 2026-11-01
        status: planned
`,
} satisfies Record<string, string>;

export function fixtureSources(
  overrides: Record<string, string | null> = {},
  root = 'registry',
): SourceFile[] {
  const files: Record<string, string> = { ...FILES };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  return sources(files, root);
}

/** The fixture as a validated registry; fails loudly if a fixture edit introduced an error. */
export function fixtureRegistry(overrides: Record<string, string | null> = {}, root = 'registry'): Registry {
  const result = validateSources(root, fixtureSources(overrides, root), { today: TODAY });
  if (result.errors > 0) {
    const errors = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.file}:${f.line} ${f.rule} ${describeFinding(f, 'en').message}`);
    throw new Error(`fixture has errors:\n${errors.join('\n')}`);
  }
  return result.registry;
}

/** YAML single-quoted scalar. */
export function yamlQuote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * The fixture with markup in the places documents show: the organisation's name (every header), an audit's
 * title (heading, footer, PDF title), a KPI's name (chart text), a purpose (table and CSV), an answer.
 */
export function hostileOverrides(markup: string): Record<string, string> {
  const q = yamlQuote(markup);
  return {
    'lisa.yaml': LISA.replace('name: Testviks kommun', `name: ${yamlQuote(`Testviks kommun ${markup}`)}`),
    'audit/granskning-behorigheter.yaml': FILES['audit/granskning-behorigheter.yaml']
      .replace(
        'title: Granskning av behörighetshantering',
        `title: ${yamlQuote(`Granskning av behörighetshantering ${markup}`)}`,
      )
      .replace('text: Inför regelbunden kontroll av systembehörigheter.', `text: ${q}`),
    'kpi/incidenter.yaml': FILES['kpi/incidenter.yaml'].replace(
      'name: Tid till åtgärd för allvarliga incidenter',
      `name: ${yamlQuote(`Tid till åtgärd ${markup}`)}`,
    ),
    'processing/e-tjanster.yaml': FILES['processing/e-tjanster.yaml'].replace(
      'purposes: [Ta emot ansökningar via e-tjänster]',
      `purposes: [${q}]`,
    ),
  };
}
