// Generates a region-scale registry in memory, for benchmarks: thousands of systems, assets with
// classifications, processing activities and audits that reference each other as a real region's would.
import type { SourceFile } from '../lib/registry.js';

export interface RegionSize {
  boards: number;
  systems: number;
  assets: number;
  processing: number;
  audits: number;
  documents: number;
  kpis: number;
  faq: number;
  /** Risk analyses, each of a system with `scenariosPerRisk` scenarios (issue 14: ≥ 2,000 and ≥ 20,000). */
  risks?: number;
  scenariosPerRisk?: number;
  /** Management reviews, each with ten decisions. */
  reviews?: number;
  /** Actions in the plan, from risk treatments, classification gaps, audits and reviews (issue 14: ≥ 30,000). */
  actions?: number;
}

export const REGION: RegionSize = {
  boards: 24,
  systems: 5000,
  assets: 20000,
  processing: 8000,
  audits: 200,
  documents: 400,
  kpis: 60,
  faq: 300,
  risks: 2000,
  scenariosPerRisk: 10,
  reviews: 10,
  actions: 30000,
};

const WORDS = [
  'journal',
  'elev',
  'patient',
  'vård',
  'omsorg',
  'bygglov',
  'lön',
  'ekonomi',
  'arkiv',
  'diarie',
  'karta',
  'kund',
  'faktura',
  'schema',
  'närvaro',
  'betyg',
  'recept',
  'tolk',
  'färdtjänst',
  'bostad',
  'miljö',
  'livsmedel',
  'tillsyn',
  'parkering',
  'avfall',
  'vatten',
  'bibliotek',
  'kultur',
  'förening',
  'bidrag',
  'personal',
  'rekrytering',
  'larm',
];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

function name(prefix: string, i: number): string {
  return `${prefix} ${pick(WORDS, i)}${pick(WORDS, i * 7 + 3)} ${i}`;
}

function date(i: number, year = 2026): string {
  const month = (i % 12) + 1;
  const day = (i % 27) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function file(rel: string, text: string, root: string): SourceFile {
  return { file: `${root}/${rel}`, rel, bytes: Buffer.from(text, 'utf8') };
}

export function generateRegion(size: RegionSize = REGION, root = 'region'): SourceFile[] {
  const out: SourceFile[] = [];
  const boards = Array.from({ length: size.boards }, (_, i) => `namnd-${i}`);
  const roles = Array.from({ length: 400 }, (_, i) => `roll-${i}`);
  let org = `name: Region Norrmark\nlocale: sv\ntimezone: Europe/Stockholm\nboards:\n`;
  for (const [i, b] of boards.entries()) {
    org += `  - id: ${b}\n    name: ${name('Nämnd', i)}\n    type: ${i === 0 ? 'executive-board' : 'committee'}\n    dpo: roll-1\n`;
  }
  org += 'roles:\n';
  for (const [i, r] of roles.entries()) {
    org += `  ${r}:\n    name: ${name('Roll', i)}\n    board: ${pick(boards, i)}\n    people:\n      - slack: U${String(100000 + i)}\n`;
  }
  org += 'access:\n  restricted:\n    roles: [roll-0, roll-1]\n';
  out.push(file('lisa.yaml', org, root));

  for (let i = 0; i < size.systems; i++) {
    out.push(
      file(
        `system/system-${i}.yaml`,
        `name: ${name('System', i)}
aliases:
  - ${pick(WORDS, i)}systemet ${i}
description: Verksamhetssystem för ${pick(WORDS, i)} och ${pick(WORDS, i + 5)}.
board: ${pick(boards, i)}
owner: ${pick(roles, i)}
administrator: ${pick(roles, i + 1)}
supplier: Leverantör ${i % 90}
hosting: ${pick(['on-premises', 'swedish-cloud', 'eu-cloud'], i)}
status: active
protection:
  confidentiality: 3
  integrity: 3
  availability: 3
  traceability: 3
`,
        root,
      ),
    );
  }
  for (let i = 0; i < size.assets; i++) {
    const personal = i % 3 === 0;
    out.push(
      file(
        `asset/asset-${i}.yaml`,
        `name: ${name('Information', i)}
description: Uppgifter om ${pick(WORDS, i)} som hanteras i verksamheten.
board: ${pick(boards, i)}
owner: ${pick(roles, i + 2)}
systems:
  - system-${i % size.systems}
  - system-${(i * 13 + 7) % size.systems}
${
  personal
    ? `personalData:
  dataSubjects: [invånare, patienter]
  categories: [kontaktuppgifter, ärendeuppgifter]
processing:
  - processing-${i % size.processing}
`
    : ''
}`,
        root,
      ),
    );
    const level = (k: number) => (i + k) % 4;
    out.push(
      file(
        `classification/asset-${i}.yaml`,
        `asset: asset-${i}
date: ${date(i)}
method: KLASSA 4.0
participants: [${pick(roles, i + 2)}, roll-0]
levels:
  confidentiality:
    level: ${level(0)}
    justification: Obehörig åtkomst kan skada enskilda.
  integrity:
    level: ${level(1)}
    justification: Felaktiga uppgifter kan leda till felaktiga beslut.
  availability:
    level: ${level(2)}
    justification: Verksamheten klarar ett kortare avbrott.
  traceability:
    level: ${level(3)}
    justification: Åtkomst ska kunna följas upp i efterhand.
nextReview: ${date(i, 2027)}
`,
        root,
      ),
    );
  }
  for (let i = 0; i < size.processing; i++) {
    out.push(
      file(
        `processing/processing-${i}.yaml`,
        `name: ${name('Behandling', i)}
controller: ${pick(boards, i)}
purposes:
  - Handläggning av ärenden om ${pick(WORDS, i)}
legalBasis:
  - basis: official-authority
    reference: Förvaltningslagen (2017:900)
dataSubjects: [invånare]
personalData: [kontaktuppgifter, ärendeuppgifter]
identityNumbers: true
recipients:
  - name: Försäkringskassan
processors:
  - name: Leverantör ${i % 90}
    agreement: ${date(i, 2024)}
retention:
  period: 5 år efter avslutat ärende
  basis: Dokumenthanteringsplan
securityMeasures:
  - Behörighetsstyrning och loggning
systems:
  - system-${i % size.systems}
dpia:
  status: not-needed
`,
        root,
      ),
    );
  }
  for (let i = 0; i < size.documents; i++) {
    out.push(
      file(
        `document/document-${i}.yaml`,
        `title: ${name('Riktlinje', i)}
type: guideline
status: decided
decidedBy: ${pick(boards, i)}
decision:
  date: ${date(i, 2025)}
  paragraph: § ${i % 200}
owner: ${pick(roles, i)}
nextReview: ${date(i, 2027)}
communicated: ${date(i, 2025)}
topics: [${pick(WORDS, i)}, ${pick(WORDS, i + 9)}]
`,
        root,
      ),
    );
  }
  for (let i = 0; i < size.kpis; i++) {
    out.push(
      file(
        `kpi/kpi-${i}.yaml`,
        `name: ${name('Nyckeltal', i)}
unit: percent
direction: higher-is-better
target: 90
owner: ${pick(roles, i)}
values:
  2025-Q2: ${60 + (i % 20)}
  2025-Q3: ${62 + (i % 20)}
  2025-Q4: ${65 + (i % 20)}
  2026-Q1: ${70 + (i % 20)}
  2026-Q2: ${72 + (i % 20)}
  2026-Q3: ${75 + (i % 20)}
`,
        root,
      ),
    );
  }
  for (let i = 0; i < size.faq; i++) {
    out.push(
      file(
        `faq/faq-${i}.yaml`,
        `questions:
  - Hur hanterar jag ${pick(WORDS, i)}uppgifter?
  - Får jag spara ${pick(WORDS, i + 4)} i molnet?
answer: Följ riktlinjen för ${pick(WORDS, i)} och fråga informationssäkerhetssamordnaren vid tveksamhet.
owner: roll-0
`,
        root,
      ),
    );
  }
  for (let i = 0; i < size.audits; i++) {
    const recs = [0, 1, 2]
      .map(
        (r) => `  - id: r${r + 1}
    board: ${pick(boards, i + r)}
    text: Säkerställ att ${pick(WORDS, i + r)} följs upp regelbundet.
    answer: Nämnden instämmer och har påbörjat arbetet.
    actionsTaken:
      - Rutin framtagen
    plannedActions:
      - id: a${r + 1}
        text: Utbilda berörda medarbetare
${
  size.actions
    ? `        plan: audit-${i}-a${r + 1}\n`
    : `        owner: ${pick(roles, i + r)}\n        due: ${date(i + r, 2027)}\n        status: planned\n`
}`,
      )
      .join('');
    out.push(
      file(
        `audit/audit-${i}.yaml`,
        `title: Granskning av ${pick(WORDS, i)} ${i}
firm: Revisionsbyrå ${i % 5}
reportDate: ${date(i, 2026)}
boards: [${pick(boards, i)}]
answerDue: ${date(i, 2027)}
status: in-progress
recommendations:
${recs}`,
        root,
      ),
    );
  }
  // A loop, not push(...): at 4× the region that is 120,000 arguments, past the call stack.
  for (const f of generateRiskAndPlan(size, boards, roles, root)) out.push(f);
  return out;
}

// All after the day the benchmark validates on (2026-11-23): the region's plan is on time, as its other
// registers are clean, so the figures measure validation and not the writing of thousands of findings.
const DUE = (i: number) =>
  [`2027-${String((i % 12) + 1).padStart(2, '0')}-28`, `2027-Q${(i % 4) + 1}`, 'hösten 2027', '2028'][
    i % 4
  ] as string;

/** One plan action's file: the source, an owner, a due in one of the four shapes, a status with its history. */
function planAction(id: string, source: string, i: number, roles: string[], root: string): SourceFile {
  const status = ['planned', 'in-progress', 'done', 'planned'][i % 4] as string;
  const history =
    status === 'planned'
      ? ''
      : `history:\n  - date: ${date(i, 2026)}\n    status: planned\n  - date: ${date(i + 40, 2026)}\n    status: ${status}\n`;
  return file(
    `plan/${id}.yaml`,
    `title: Åtgärd ${i} för ${pick(WORDS, i)}
source:
${source}owner: ${pick(roles, i + 3)}
due: ${DUE(i)}
status: ${status}
${status === 'done' ? `done: ${date(i + 40, 2026)}\n` : ''}${history}`,
    root,
  );
}

/**
 * Risk analyses of systems (each with its scenarios, those above acceptance reduced by actions in the plan),
 * management reviews whose decisions create actions, and the rest of the plan's actions from audit
 * recommendations and classification gaps of systems — as many as `size.actions` in all.
 */
function generateRiskAndPlan(
  size: RegionSize,
  boards: string[],
  roles: string[],
  root: string,
): SourceFile[] {
  const out: SourceFile[] = [];
  const risks = size.risks ?? 0;
  const perRisk = size.scenariosPerRisk ?? 10;
  const target = size.actions ?? 0;
  let actions = 0;
  for (let i = 0; i < risks; i++) {
    const scenarios: string[] = [];
    for (let s = 0; s < perRisk; s++) {
      const likelihood = ((i + s) % 4) + 1;
      const consequence = ((i * 3 + s * 7) % 4) + 1;
      const above = likelihood * consequence > 4;
      const ids = above && actions < target ? [`risk-${i}-${s}-a`, `risk-${i}-${s}-b`] : [];
      for (const id of ids) {
        out.push(planAction(id, `  kind: risk\n  ref: risk-${i}\n  item: r${s + 1}\n`, actions, roles, root));
        actions++;
      }
      scenarios.push(`  - id: r${s + 1}
    threat: ${pick(WORDS, i + s)} röjs för obehöriga.
    vulnerability: Behörigheterna följs inte upp.
    systems: [system-${i % size.systems}]
    likelihood: ${likelihood}
    consequence: ${consequence}
${
  above
    ? `    treatment: reduce\n${ids.length ? `    actions: [${ids.join(', ')}]\n` : ''}`
    : `    treatment: accept\n    acceptedBy: ${pick(roles, i)}\n    acceptedOn: ${date(i, 2026)}\n`
}`);
    }
    out.push(
      file(
        `risk/risk-${i}.yaml`,
        `title: Riskanalys ${name('System', i % size.systems)}
object:
  system: system-${i % size.systems}
date: ${date(i, 2026)}
method: MSB:s metodstöd
participants: [${pick(roles, i)}, roll-0]
scope: Systemet och dess integrationer.
scenarios:
${scenarios.join('')}nextReview: ${date(i, 2027)}
`,
        root,
      ),
    );
  }
  for (let i = 0; i < (size.reviews ?? 0); i++) {
    const decisions: string[] = [];
    for (let d = 0; d < 10; d++) {
      const ids = Array.from({ length: 20 }, (_, k) => `review-${i}-${d}-${k}`).filter(
        () => actions < target,
      );
      for (const id of ids) {
        out.push(
          planAction(id, `  kind: review\n  ref: review-${i}\n  item: b${d + 1}\n`, actions, roles, root),
        );
        actions++;
      }
      decisions.push(
        `  - id: b${d + 1}\n    text: Beslut ${d + 1}.\n${ids.length ? `    actions: [${ids.join(', ')}]\n` : ''}`,
      );
    }
    out.push(
      file(
        `review/review-${i}.yaml`,
        `title: Ledningens genomgång ${2017 + i}
date: ${2017 + i}-10-14
board: ${boards[0]}
participants: [roll-0, roll-1]
inputs:
  actions: Status för tidigare åtgärder.
  risks: Riskerna över acceptansnivån behandlas.
decisions:
${decisions.join('')}`,
        root,
      ),
    );
  }
  // The audits' planned actions, followed up in the plan (as `lisa migrate` leaves them: plan: in the answer).
  for (let i = 0; i < size.audits && target; i++)
    for (let r = 0; r < 3; r++) {
      out.push(
        planAction(
          `audit-${i}-a${r + 1}`,
          `  kind: audit\n  ref: audit-${i}\n  item: r${r + 1}\n`,
          actions,
          roles,
          root,
        ),
      );
      actions++;
    }
  // The rest: classification gaps of systems (KLASSA's action plan per system).
  for (let i = 0; actions < target; i++) {
    out.push(
      planAction(
        `plan-${i}`,
        `  kind: classification\n  ref: system-${i % size.systems}\n`,
        actions,
        roles,
        root,
      ),
    );
    actions++;
  }
  return out;
}

export function countFiles(files: SourceFile[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files) {
    const kind = f.rel.includes('/') ? (f.rel.split('/')[0] as string) : 'organisation';
    out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}
