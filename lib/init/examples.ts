import { EXAMPLE_SUPPLIER, registerExamples } from './examples-registers.js';
import type { Board } from './files.js';
import { type InitOptions, ROLES } from './options.js';

// One commented example of each register, in the registry's language, that validates clean together with
// the new lisa.yaml. Each says what it is for and that it is to be replaced: an adopter learns the shape from
// it and deletes it. The fields are the ones the schemas require, plus the few that make the example useful.

interface Dates {
  today: string;
  in3: string;
  in6: string;
  in12: string;
  in24: string;
}

interface Example {
  path: string;
  content: string;
}

const COVER = {
  sv: '# EXEMPEL skapat av lisa init – ersätt med era egna uppgifter eller ta bort filen.',
  nb: '# EKSEMPEL laget av lisa init – erstatt med egne opplysninger eller slett filen.',
};

function quarter(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

function sv(b: Board[], d: Dates, no: boolean): Example[] {
  return [...svCore(b, d, no), ...svGovernance(b, d)];
}

/** What a classification rests on: a system, an information asset, its classification, a processing activity. */
function svCore(b: Board[], d: Dates, no: boolean): Example[] {
  const r = ROLES.sv;
  const board = b[0]?.id ?? 'kommunstyrelsen';
  const cover = COVER.sv;
  return [
    {
      path: 'system/exempel-system.yaml',
      content: `${cover}
# Ett IT-system. Filnamnet är systemets id (små bokstäver, siffror, bindestreck).
name: Exempelsystemet
aliases: [exempel]              # andra namn som folk använder; boten känner igen dem
description: Vad systemet används till, i en mening.
board: ${board}               # nämnden som äger systemet (id ur lisa.yaml)
owner: ${r.systemOwner.id}                # systemägare: en roll, aldrig ett personnamn
supplier: Leverantören AB
hosting: on-premises            # on-premises, swedish-cloud, norwegian-cloud, eu-cloud eller third-country-cloud
hostingCountry: ${no ? 'NO' : 'SE'}
# Skyddsnivån systemet har per aspekt. Den måste vara minst lika hög som klassningen av den mest
# skyddsvärda informationen i systemet (se classification/).
${protection(no)}
protectionAssessed: ${d.today}
`,
    },
    {
      path: 'asset/exempel-informationstillgang.yaml',
      content: `${cover}
# En informationstillgång: en informationsmängd som en nämnd ansvarar för.
name: Exempel på informationstillgång
board: ${board}
owner: ${r.informationOwner.id}           # informationsägare (roll)
systems: [exempel-system]       # system som hanterar informationen (id ur system/)
personalData:
  dataSubjects: [anställda]
  categories: [namn, kontaktuppgifter]
  sensitive: false
processing: [exempel-behandling] # behandlingar i registerförteckningen (id ur processing/)
`,
    },
    {
      path: 'classification/exempel-informationstillgang.yaml',
      content: `${cover}
# En informationsklassning ${no ? 'enligt kommunens modell: nivå 1–4' : 'enligt KLASSA: nivå 0–4'} och motivering per aspekt.
asset: exempel-informationstillgang
date: ${d.today}
method: ${no ? 'Kommunens klassifiseringsmodell' : 'KLASSA 4.0'}
participants: [${r.informationOwner.id}, ${r.systemOwner.id}, ${r.coordinator.id}]
${levels(no, {
  c: 'Varför nivån valts – värsta tänkbara konsekvens om uppgifterna röjs.',
  i: 'Vad som händer om uppgifterna är felaktiga.',
  a: 'Hur länge verksamheten klarar sig utan informationen.',
  t: 'Hur viktigt det är att se vem som gjort vad.',
})}
nextReview: ${d.in12}
`,
    },
    {
      path: 'processing/exempel-behandling.yaml',
      content: `${cover}
# En behandling i registerförteckningen (art. 30 dataskyddsförordningen).
name: Exempel på behandling
${no ? '# Ingen controller: kommunen själv är personuppgiftsansvarig (country: no).\n' : `controller: ${board}          # den personuppgiftsansvariga nämnden\n`}purposes:
  - Ändamålet med behandlingen, konkret.
legalBasis:
  - basis: public-interest      # art. 6.1: consent, contract, legal-obligation, public-interest, official-authority …
    reference: Lagrummet, t.ex. kommunallagen (2017:725)
dataSubjects: [anställda]
personalData: [namn, kontaktuppgifter]
retention:
  period: Två år efter avslutat ärende
  basis: Dokumenthanteringsplanen
securityMeasures:
  - Behörighetsstyrning efter roll
systems: [exempel-system]
processors:                     # biträden; avtalet finns i agreement/
  - name: ${EXAMPLE_SUPPLIER.sv}
`,
    },
  ];
}

/** The governance registers: a policy, a KPI, the yearly cycle, an audit and a FAQ entry. */
function svGovernance(b: Board[], d: Dates): Example[] {
  const r = ROLES.sv;
  const board = b[0]?.id ?? 'kommunstyrelsen';
  const cover = COVER.sv;
  return [
    {
      path: 'document/exempel-informationssakerhetspolicy.yaml',
      content: `${cover}
# Ett styrdokument. När det beslutats: status: decided, decidedBy, decision och communicated.
title: Informationssäkerhetspolicy
type: policy                    # policy, guideline, routine, instruction eller plan
status: draft
owner: ${r.coordinator.id}
nextReview: ${d.in24}
`,
    },
    {
      path: 'kpi/exempel-andel-klassade.yaml',
      content: `${cover}
# Ett nyckeltal med ett värde per kvartal.
name: Andel klassade informationstillgångar
unit: percent
direction: higher-is-better
target: 90
owner: ${r.coordinator.id}
since: ${quarter(d.today)}
values: {}                      # t.ex. ${quarter(d.today)}: 40 (null när värdet saknas)
`,
    },
    {
      path: 'cycle/exempel-kvartalsuppfoljning.yaml',
      content: `${cover}
# En aktivitet i årshjulet: lisa påminner ägaren i tid.
name: Kvartalsuppföljning av nyckeltalen
kind: kpi-review
months: [1, 4, 7, 10]
day: 15
owner: ${r.coordinator.id}
leadDays: 14
`,
    },
    {
      path: 'audit/exempel-granskning.yaml',
      content: `${cover}
# En granskning av revisorerna och nämndens svar, rekommendation för rekommendation.
title: Granskning av informationssäkerheten
reportDate: ${d.today}
boards: [${board}]
answerDue: ${d.in3}
status: received                # received, in-progress, answered eller closed
recommendations:
  - id: r1
    board: ${board}
    text: Rekommendationen som den står i rapporten.
    plannedActions:
      - id: a1
        text: Vad som ska göras.
        owner: ${r.coordinator.id}
        due: ${d.in6}
        status: planned
`,
    },
    {
      path: 'faq/exempel-vem-ager-informationen.yaml',
      content: `${cover}
# Vägledning för medarbetare: boten svarar med texten när någon frågar något liknande.
questions:
  - Vem äger informationen?
  - Vem bestämmer över informationen i vårt system?
answer: >-
  Informationsägaren, normalt chefen för verksamheten, bestämmer hur informationen ska skyddas.
owner: ${r.coordinator.id}
`,
    },
  ];
}

function nb(b: Board[], d: Dates, no: boolean): Example[] {
  return [...nbCore(b, d, no), ...nbGovernance(b, d)];
}

/** What a classification rests on: a system, an information asset, its classification, a processing activity. */
function nbCore(b: Board[], d: Dates, no: boolean): Example[] {
  const r = ROLES.nb;
  const board = b[0]?.id ?? 'kommunen';
  const cover = COVER.nb;
  return [
    {
      path: 'system/eksempel-system.yaml',
      content: `${cover}
# Et IT-system. Filnavnet er systemets id (små bokstaver, sifre, bindestrek).
name: Eksempelsystemet
aliases: [eksempel]             # andre navn folk bruker; boten kjenner dem igjen
description: Hva systemet brukes til, i én setning.
board: ${board}              # virksomheten som eier systemet (id fra lisa.yaml)
owner: ${r.systemOwner.id}                 # systemeier: en rolle, aldri et personnavn
supplier: Leverandøren AS
hosting: on-premises            # on-premises, norwegian-cloud, swedish-cloud, eu-cloud eller third-country-cloud
hostingCountry: ${no ? 'NO' : 'SE'}
# Beskyttelsesnivået systemet har per aspekt. Det må være minst like høyt som klassifiseringen av den mest
# beskyttelsesverdige informasjonen i systemet (se classification/).
${protection(no)}
protectionAssessed: ${d.today}
`,
    },
    {
      path: 'asset/eksempel-informasjonsressurs.yaml',
      content: `${cover}
# En informasjonsressurs: en informasjonsmengde som virksomheten har ansvar for.
name: Eksempel på informasjonsressurs
board: ${board}
owner: ${r.informationOwner.id}            # informasjonseier (rolle)
systems: [eksempel-system]      # systemer som behandler informasjonen (id fra system/)
personalData:
  dataSubjects: [ansatte]
  categories: [navn, kontaktopplysninger]
  sensitive: false
processing: [eksempel-behandling] # behandlinger i protokollen (id fra processing/)
`,
    },
    {
      path: 'classification/eksempel-informasjonsressurs.yaml',
      content: `${cover}
# En klassifisering ${no ? 'etter kommunens modell: nivå 1–4' : 'etter KLASSA: nivå 0–4'} og begrunnelse per aspekt.
asset: eksempel-informasjonsressurs
date: ${d.today}
method: ${no ? 'Kommunens klassifiseringsmodell' : 'KLASSA 4.0'}
participants: [${r.informationOwner.id}, ${r.systemOwner.id}, ${r.coordinator.id}]
${levels(no, {
  c: 'Hvorfor nivået er valgt – verste tenkelige konsekvens om opplysningene blir kjent.',
  i: 'Hva som skjer om opplysningene er feil.',
  a: 'Hvor lenge virksomheten klarer seg uten informasjonen.',
  t: 'Hvor viktig det er å se hvem som har gjort hva.',
})}
nextReview: ${d.in12}
`,
    },
    {
      path: 'processing/eksempel-behandling.yaml',
      content: `${cover}
# En behandling i protokollen over behandlingsaktiviteter (personvernforordningen artikkel 30).
name: Eksempel på behandling
${no ? '# Ingen controller: kommunen selv er behandlingsansvarlig (country: no).\n' : `controller: ${board}         # den behandlingsansvarlige\n`}purposes:
  - Formålet med behandlingen, konkret.
legalBasis:
  - basis: legal-obligation     # art. 6 nr. 1: consent, contract, legal-obligation, public-interest …
    reference: Hjemmelen, f.eks. arbeidsmiljøloven
dataSubjects: [ansatte]
personalData: [navn, kontaktopplysninger]
retention:
  period: To år etter avsluttet sak
  basis: Arkivplanen
securityMeasures:
  - Tilgangsstyring etter rolle
systems: [eksempel-system]
processors:                     # databehandlere; avtalen ligger i agreement/
  - name: ${EXAMPLE_SUPPLIER.nb}
`,
    },
  ];
}

/** The governance registers: a policy, a KPI, the yearly cycle, an audit and a FAQ entry. */
function nbGovernance(b: Board[], d: Dates): Example[] {
  const r = ROLES.nb;
  const board = b[0]?.id ?? 'kommunen';
  const cover = COVER.nb;
  return [
    {
      path: 'document/eksempel-informasjonssikkerhetspolicy.yaml',
      content: `${cover}
# Et styrende dokument. Når det er vedtatt: status: decided, decidedBy, decision og communicated.
title: Informasjonssikkerhetspolicy
type: policy                    # policy, guideline, routine, instruction eller plan
status: draft
owner: ${r.coordinator.id}
nextReview: ${d.in24}
`,
    },
    {
      path: 'kpi/eksempel-andel-klassifiserte.yaml',
      content: `${cover}
# Et nøkkeltall med en verdi per kvartal.
name: Andel klassifiserte informasjonsressurser
unit: percent
direction: higher-is-better
target: 90
owner: ${r.coordinator.id}
since: ${quarter(d.today)}
values: {}                      # f.eks. ${quarter(d.today)}: 40 (null når verdien mangler)
`,
    },
    {
      path: 'cycle/eksempel-kvartalsoppfolging.yaml',
      content: `${cover}
# En aktivitet i årshjulet: lisa minner eieren på i tide.
name: Kvartalsvis oppfølging av nøkkeltallene
kind: kpi-review
months: [1, 4, 7, 10]
day: 15
owner: ${r.coordinator.id}
leadDays: 14
`,
    },
    {
      path: 'audit/eksempel-revisjon.yaml',
      content: `${cover}
# En forvaltningsrevisjon og svaret, anbefaling for anbefaling.
title: Forvaltningsrevisjon av informasjonssikkerheten
reportDate: ${d.today}
boards: [${board}]
answerDue: ${d.in3}
status: received                # received, in-progress, answered eller closed
recommendations:
  - id: r1
    board: ${board}
    text: Anbefalingen slik den står i rapporten.
    plannedActions:
      - id: a1
        text: Hva som skal gjøres.
        owner: ${r.coordinator.id}
        due: ${d.in6}
        status: planned
`,
    },
    {
      path: 'faq/eksempel-hvem-eier-informasjonen.yaml',
      content: `${cover}
# Veiledning for ansatte: boten svarer med teksten når noen spør om noe lignende.
questions:
  - Hvem eier informasjonen?
  - Hvem bestemmer over informasjonen i systemet vårt?
answer: >-
  Informasjonseieren, normalt lederen for virksomheten, bestemmer hvordan informasjonen skal beskyttes.
owner: ${r.coordinator.id}
`,
    },
  ];
}

export function examples(options: InitOptions, boards: Board[], dates: Dates): Example[] {
  const no = options.country === 'no';
  const lang = options.lang === 'nb' ? 'nb' : 'sv';
  const first = lang === 'nb' ? nb(boards, dates, no) : sv(boards, dates, no);
  const board = boards[0]?.id ?? (lang === 'nb' ? 'kommunen' : 'kommunstyrelsen');
  return [...first, ...registerExamples(lang, board, dates, no, COVER[lang])];
}

// Where the kommune is controller (country: no) the examples follow its model: three aspects on 1–4 (lisa.yaml
// has the Norwegian model), and a processing activity that names no controller board.
function protection(no: boolean): string {
  return no
    ? 'protection:\n  confidentiality: 2\n  integrity: 2\n  availability: 2'
    : 'protection:\n  confidentiality: 2\n  integrity: 2\n  availability: 2\n  traceability: 2';
}

function levels(no: boolean, why: Record<'c' | 'i' | 'a' | 't', string>): string {
  const lines = [
    `  confidentiality:\n    level: 2\n    justification: ${why.c}`,
    `  integrity:\n    level: 2\n    justification: ${why.i}`,
    `  availability:\n    level: ${no ? 2 : 1}\n    justification: ${why.a}`,
  ];
  if (!no) lines.push(`  traceability:\n    level: 1\n    justification: ${why.t}`);
  return `levels:\n${lines.join('\n')}`;
}
