import type { InitLocale } from './options.js';
import { ROLES } from './options.js';

// The examples of the registers that came after the first ones (examples.ts): incidents, agreements, training,
// risk analyses, the action plan and the management review. Same rules: commented, in the registry's language,
// validating clean with the rest of what `lisa init` writes (the agreement is the example processor's, and
// the plan action is the risk analysis's), and no person named anywhere: roles only.

export interface RegisterDates {
  today: string;
  in6: string;
  in12: string;
}

interface Example {
  path: string;
  content: string;
}

/** The example system's supplier, which the example processing activity names as its processor. */
export const EXAMPLE_SUPPLIER: Record<InitLocale, string> = { sv: 'Leverantören AB', nb: 'Leverandøren AS' };

function sv(board: string, d: RegisterDates, no: boolean, cover: string): Example[] {
  return [...svOperations(board, d, no, cover), ...svRisk(board, d, cover)];
}

/** Incidents, agreements and training. */
function svOperations(board: string, d: RegisterDates, no: boolean, cover: string): Example[] {
  const r = ROLES.sv;
  const authority = no ? 'Datatilsynet' : 'IMY';
  return [
    {
      path: 'incident/exempel-incident.yaml',
      content: `${cover}
# En incident eller personuppgiftsincident. Inga namn och inga personuppgifter: roller och kategorier.
# Incidenter är begränsade uppgifter (syns bara för behöriga) om ni inte anger restricted: false.
title: E-post med en bilaga skickad till fel mottagare
description: >-
  En handläggare skickade ett e-postmeddelande med en bilaga till en extern mottagare med liknande
  adress. Mottagaren hörde av sig samma dag och raderade meddelandet.
board: ${board}
owner: ${r.coordinator.id}
discovered: ${d.today} 09:00     # de 72 timmarna till anmälan räknas härifrån (art. 33)
closed: ${d.today} 16:00
type: [confidentiality]         # confidentiality, integrity, availability
personalDataBreach: true
systems: [exempel-system]
dataCategories: [kontaktuppgifter]
dataSubjects: 1
consequences:
  risk: risk                    # unlikely (ingen anmälan), risk (anmäls), high-risk (de registrerade informeras också)
  assessment: Begränsad risk för den registrerade; mottagaren har bekräftat att meddelandet raderats.
  by: ${r.dpo.id}
notification:                   # anmälan till ${authority}, eller reason: varför ingen anmälan gjordes
  at: ${d.today} 15:00
  reference: Ärendenumret hos ${authority}
actions:
  - id: a1
    text: Påminnelse om att kontrollera mottagaren innan bilagor skickas.
    owner: ${r.coordinator.id}
    due: ${d.in6}
    status: planned
lessons:
  - Adressfältet fylls i automatiskt med liknande adresser.
`,
    },
    {
      path: 'agreement/exempel-bitradesavtal.yaml',
      content: `${cover}
# Ett avtal: personuppgiftsbiträdesavtal, leverantörsavtal, gemensamt ansvar eller utlämnande.
counterparty: ${EXAMPLE_SUPPLIER.sv}        # samma namn som under processors i behandlingen
type: processor-agreement       # processor-agreement, supplier-contract, joint-controllership, data-sharing
board: ${board}
owner: ${r.coordinator.id}
reference: Diarienumret
systems: [exempel-system]
processing: [exempel-behandling]
start: ${d.today}
end: ${d.in12.slice(0, 4)}-12-31
noticePeriod: 3                 # månader före slutdatum; lisa påminner i tid
renewal: none                   # none, automatic eller option
subProcessors:
  - name: Driftleverantören AB
    country: ${no ? 'NO' : 'SE'}                 # utanför EU/EES krävs safeguard
    purpose: Drift i datacenter
signedCopy:                     # var det undertecknade avtalet finns – en länk, aldrig själva dokumentet
  title: Avtalet i diariet
  url: https://diarium.example.org/arende/1
`,
    },
    {
      path: 'training/exempel-utbildning.yaml',
      content: `${cover}
# En genomförd utbildning eller övning. Deltagande som antal eller andel, aldrig namn.
name: Grundutbildning i informationssäkerhet
kind: training                  # training eller exercise (då också scenario)
audience:
  group: staff                  # staff, managers, elected-members, crisis-management, specialists
date: ${d.today}
owner: ${r.coordinator.id}
participation:
  invited: 100
  participants: 80
# fulfils: id för aktiviteten i årshjulet som detta genomför (cycle/)
`,
    },
  ];
}

/** Risk analysis, the action plan and the management review. */
function svRisk(board: string, d: RegisterDates, cover: string): Example[] {
  const r = ROLES.sv;
  return [
    {
      path: 'risk/exempel-riskanalys.yaml',
      content: `${cover}
# En riskanalys av ett system, en informationstillgång, en behandling eller hela organisationen.
title: Riskanalys av exempelsystemet
object:
  system: exempel-system
date: ${d.today}
method: MSB:s metodstöd för LIS
participants: [${r.systemOwner.id}, ${r.informationOwner.id}, ${r.coordinator.id}]
scenarios:
  - id: r1
    threat: Obehöriga får åtkomst till uppgifterna.
    vulnerability: Behörigheter tas inte bort när någon byter tjänst.
    systems: [exempel-system]
    likelihood: 2               # 1–4
    consequence: 3              # 1–4
    level: 6                    # sannolikhet × konsekvens
    treatment: reduce           # reduce, accept, avoid eller share
    actions: [exempel-atgard]   # åtgärder i handlingsplanen (plan/)
nextReview: ${d.in12}
`,
    },
    {
      path: 'plan/exempel-atgard.yaml',
      content: `${cover}
# En åtgärd i handlingsplanen, med varifrån den kommer: granskning, riskanalys, klassning, incident eller genomgång.
title: Kvartalsvis översyn av behörigheterna i exempelsystemet
source:
  kind: risk
  ref: exempel-riskanalys
  item: r1
owner: ${r.systemOwner.id}
due: ${d.in6}
status: planned                 # planned, in-progress, done eller cancelled
`,
    },
    {
      path: 'review/exempel-ledningens-genomgang.yaml',
      content: `${cover}
# Ledningens genomgång (ISO/IEC 27001 9.3): underlaget och besluten.
title: Ledningens genomgång av informationssäkerheten
date: ${d.today}
board: ${board}
participants: [${r.coordinator.id}, ${r.dpo.id}]
inputs:
  actions: Status för åtgärderna från förra genomgången.
  nonconformities: Årets incidenter och avvikelser.
  risks: Läget i riskanalyserna.
decisions:
  - id: b1
    text: Handlingsplanen fastställs.
    actions: [exempel-atgard]
nextReview: ${d.in12}
`,
    },
  ];
}

function nb(board: string, d: RegisterDates, no: boolean, cover: string): Example[] {
  return [...nbOperations(board, d, no, cover), ...nbRisk(board, d, cover)];
}

/** Incidents, agreements and training. */
function nbOperations(board: string, d: RegisterDates, no: boolean, cover: string): Example[] {
  const r = ROLES.nb;
  const authority = no ? 'Datatilsynet' : 'IMY';
  return [
    {
      path: 'incident/eksempel-avvik.yaml',
      content: `${cover}
# Et avvik eller brudd på personopplysningssikkerheten. Ingen navn og ingen personopplysninger: roller og kategorier.
# Avvik er skjermede opplysninger (vises bare for dem med tilgang) hvis dere ikke angir restricted: false.
title: E-post med vedlegg sendt til feil mottaker
description: >-
  En saksbehandler sendte en e-post med vedlegg til en ekstern mottaker med lignende adresse.
  Mottakeren tok kontakt samme dag og slettet meldingen.
${board ? `board: ${board}\n` : ''}owner: ${r.coordinator.id}
discovered: ${d.today} 09:00     # de 72 timene til melding regnes herfra (art. 33)
closed: ${d.today} 16:00
type: [confidentiality]         # confidentiality, integrity, availability
personalDataBreach: true
systems: [eksempel-system]
dataCategories: [kontaktopplysninger]
dataSubjects: 1
consequences:
  risk: risk                    # unlikely (ingen melding), risk (meldes), high-risk (de registrerte informeres også)
  assessment: Lav risiko for den registrerte; mottakeren har bekreftet at meldingen er slettet.
  by: ${r.dpo.id}
notification:                   # melding til ${authority}, eller reason: hvorfor det ikke ble meldt
  at: ${d.today} 15:00
  reference: Saksnummeret hos ${authority}
actions:
  - id: a1
    text: Påminnelse om å kontrollere mottakeren før vedlegg sendes.
    owner: ${r.coordinator.id}
    due: ${d.in6}
    status: planned
lessons:
  - Adressefeltet fylles ut automatisk med lignende adresser.
`,
    },
    {
      path: 'agreement/eksempel-databehandleravtale.yaml',
      content: `${cover}
# En avtale: databehandleravtale, leverandøravtale, felles behandlingsansvar eller deling.
counterparty: ${EXAMPLE_SUPPLIER.nb}        # samme navn som under processors i behandlingen
type: processor-agreement       # processor-agreement, supplier-contract, joint-controllership, data-sharing
${board ? `board: ${board}\n` : ''}owner: ${r.coordinator.id}
reference: Saksnummeret
systems: [eksempel-system]
processing: [eksempel-behandling]
start: ${d.today}
end: ${d.in12.slice(0, 4)}-12-31
noticePeriod: 3                 # måneder før sluttdato; lisa minner om det i tide
renewal: none                   # none, automatic eller option
subProcessors:
  - name: Driftsleverandøren AS
    country: ${no ? 'NO' : 'SE'}                 # utenfor EØS kreves safeguard
    purpose: Drift i datasenter
signedCopy:                     # hvor den signerte avtalen ligger – en lenke, aldri selve dokumentet
  title: Avtalen i arkivet
  url: https://arkiv.example.org/sak/1
`,
    },
    {
      path: 'training/eksempel-opplaering.yaml',
      content: `${cover}
# En gjennomført opplæring eller øvelse. Deltakelse som antall eller andel, aldri navn.
name: Grunnopplæring i informasjonssikkerhet
kind: training                  # training eller exercise (da også scenario)
audience:
  group: staff                  # staff, managers, elected-members, crisis-management, specialists
date: ${d.today}
owner: ${r.coordinator.id}
participation:
  invited: 100
  participants: 80
# fulfils: id for aktiviteten i årshjulet som dette gjennomfører (cycle/)
`,
    },
  ];
}

/** Risk analysis, the action plan and the management review. */
function nbRisk(board: string, d: RegisterDates, cover: string): Example[] {
  const r = ROLES.nb;
  return [
    {
      path: 'risk/eksempel-ros-analyse.yaml',
      content: `${cover}
# En ROS-analyse av et system, en informasjonsressurs, en behandling eller hele virksomheten.
title: ROS-analyse av eksempelsystemet
object:
  system: eksempel-system
date: ${d.today}
method: Digitaliseringsdirektoratets veiledning for internkontroll
participants: [${r.systemOwner.id}, ${r.informationOwner.id}, ${r.coordinator.id}]
scenarios:
  - id: r1
    threat: Uvedkommende får tilgang til opplysningene.
    vulnerability: Tilganger fjernes ikke når noen bytter stilling.
    systems: [eksempel-system]
    likelihood: 2               # 1–4
    consequence: 3              # 1–4
    level: 6                    # sannsynlighet × konsekvens
    treatment: reduce           # reduce, accept, avoid eller share
    actions: [eksempel-tiltak]  # tiltak i handlingsplanen (plan/)
nextReview: ${d.in12}
`,
    },
    {
      path: 'plan/eksempel-tiltak.yaml',
      content: `${cover}
# Et tiltak i handlingsplanen, med hvor det kommer fra: revisjon, ROS-analyse, klassifisering, avvik eller gjennomgang.
title: Kvartalsvis gjennomgang av tilgangene i eksempelsystemet
source:
  kind: risk
  ref: eksempel-ros-analyse
  item: r1
owner: ${r.systemOwner.id}
due: ${d.in6}
status: planned                 # planned, in-progress, done eller cancelled
`,
    },
    {
      path: 'review/eksempel-ledelsens-gjennomgang.yaml',
      content: `${cover}
# Ledelsens gjennomgang (ISO/IEC 27001 9.3): grunnlaget og beslutningene.
title: Ledelsens gjennomgang av informasjonssikkerheten
date: ${d.today}
${board ? `board: ${board}\n` : ''}participants: [${r.coordinator.id}, ${r.dpo.id}]
inputs:
  actions: Status for tiltakene fra forrige gjennomgang.
  nonconformities: Årets avvik.
  risks: Status i ROS-analysene.
decisions:
  - id: b1
    text: Handlingsplanen fastsettes.
    actions: [eksempel-tiltak]
nextReview: ${d.in12}
`,
    },
  ];
}

export function registerExamples(
  lang: InitLocale,
  board: string,
  dates: RegisterDates,
  no: boolean,
  cover: string,
): Example[] {
  return lang === 'nb' ? nb(board, dates, no, cover) : sv(board, dates, no, cover);
}
