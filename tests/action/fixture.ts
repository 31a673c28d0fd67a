// A small, clean registry for the action's tests: one board document of each kind can be derived from it,
// and every change the semantic diff knows how to tell can be made to it with one edit.
import { ORG } from '../helpers/sources.js';

export const BASE: Record<string, string> = {
  'lisa.yaml': ORG,
  'system/prorenata.yaml': `name: ProReNata
board: son
owner: socialchef
hosting: swedish-cloud
protection:
  confidentiality: 2
  integrity: 2
  availability: 2
  traceability: 2
`,
  'system/procapita.yaml': `name: Procapita
board: son
owner: socialchef
hosting: on-premises
protection:
  confidentiality: 3
  integrity: 3
  availability: 2
  traceability: 3
`,
  'asset/elevhalsans-journaler.yaml': `name: Elevhälsans journaler
board: son
owner: socialchef
systems:
  - prorenata
`,
  'classification/elevhalsans-journaler.yaml': `asset: elevhalsans-journaler
date: 2026-03-01
participants: [socialchef, sakerhetssamordnare]
nextReview: 2030-03-01
levels:
  confidentiality:
    level: 2
    justification: Uppgifter om elevers hälsa.
  integrity:
    level: 2
    justification: Fel uppgifter kan leda till fel insatser.
  availability:
    level: 1
    justification: Verksamheten klarar ett kortare avbrott.
  traceability:
    level: 2
    justification: Åtkomst ska kunna följas upp.
`,
  'processing/elevhalsans-journalforing.yaml': `name: Elevhälsans journalföring
controller: son
purposes:
  - Dokumentation av elevhälsans insatser
legalBasis:
  - basis: legal-obligation
    reference: Patientdatalagen (2008:355)
dataSubjects: [elever]
personalData: [kontaktuppgifter]
retention:
  period: 10 år
securityMeasures:
  - Behörighetsstyrning
systems:
  - prorenata
`,
  'kpi/utbildade.yaml': `name: Andel utbildade medarbetare
unit: percent
direction: higher-is-better
target: 90
owner: sakerhetssamordnare
values:
  2026-Q2: 74
  2026-Q3: 78
`,
  'document/informationssakerhetspolicy.yaml': `title: Informationssäkerhetspolicy
type: policy
status: draft
owner: sakerhetssamordnare
`,
  'audit/kpmg-2026.yaml': `title: Granskning av informationssäkerhet
firm: KPMG
reportDate: 2026-05-01
boards: [ks]
status: in-progress
recommendations:
  - id: r1
    board: ks
    text: Säkerställ att styrdokumenten är aktuella.
    plannedActions:
      - id: a1
        text: Revidera policyn
        owner: sakerhetssamordnare
        due: 2027-02-28
        status: planned
  - id: r2
    board: son
    text: Säkerställ att informationen klassas.
    plannedActions:
      - id: a2
        text: Klassa socialtjänstens information
        owner: socialchef
        due: 2027-09-30
        status: planned
`,
};

/** The base registry with some files replaced (a string) or removed (null). */
export function edit(
  changes: Record<string, string | null>,
  base: Record<string, string> = BASE,
): Record<string, string> {
  const out = { ...base };
  for (const [rel, content] of Object.entries(changes)) {
    if (content === null) delete out[rel];
    else out[rel] = content;
  }
  return out;
}

/** Replaces the first occurrence of `from` in one file of the base registry. */
export function patch(
  rel: string,
  from: string | RegExp,
  to: string,
  base: Record<string, string> = BASE,
): Record<string, string> {
  const text = base[rel];
  if (text === undefined) throw new Error(`no ${rel} in the fixture`);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} not found in ${rel}`);
  return { ...base, [rel]: next };
}

/** One file of the base registry. */
export function file(rel: string, base: Record<string, string> = BASE): string {
  const text = base[rel];
  if (text === undefined) throw new Error(`no ${rel} in the fixture`);
  return text;
}
