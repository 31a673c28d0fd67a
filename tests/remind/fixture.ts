import { buildRegistry, type Registry, registryLocale, type SourceFile } from '../../lib/registry.js';
import { sources } from '../helpers/sources.js';

/** A small municipality with one of everything reminders look at. */
export const ORG_YAML = `name: Testviks kommun
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
  - id: son
    name: Socialnämnden
    type: committee
roles:
  sakerhetssamordnare:
    name: Informationssäkerhetssamordnare
    kind: security-coordinator
    people:
      - name: Sara Samordnare
        slack: U0SAMORD
  socialchef:
    name: Socialchef
    board: son
    people:
      - slack: U0SOCIAL
  it-chef:
    name: IT-chef
    people:
      - slack: U0ITCHEF
  hr-chef:
    name: HR-chef
slack:
  securityChannel: C0SAKERHET
reminders:
  kpiReviewLeadDays: 14
  actionLeadDays: 14
  reviewLeadDays: 30
  catchUpDays: 14
`;

export const FILES: Record<string, string> = {
  'lisa.yaml': ORG_YAML,
  'cycle/kvartalsuppfoljning.yaml': `name: Kvartalsuppföljning av nyckeltal
kind: kpi-review
months: [2, 5, 8, 11]
day: 15
owner: sakerhetssamordnare
`,
  'cycle/infosakkollen.yaml': `name: Infosäkkollen
kind: survey
description: MSB:s nationella undersökning, senast 6 september.
months: [9]
day: 6
leadDays: 21
owner: sakerhetssamordnare
`,
  'cycle/ovning.yaml': `name: Krisövning <!channel>
kind: exercise
months: [11]
day: 20
owner: it-chef
boards: [ks, son]
`,
  'kpi/utbildning.yaml': `name: Andel som genomfört Säkert beteende
unit: percent
direction: higher-is-better
target: 90
owner: hr-chef
values:
  2025-Q4: 81
`,
  'kpi/patchning.yaml': `name: Dagar till kritisk patch
unit: days
direction: lower-is-better
target: 14
owner: it-chef
values:
  2025-Q3: 20
`,
  'kpi/skyddade-adresser.yaml': `name: Röjda skyddade adresser
unit: count
direction: lower-is-better
target: 0
owner: socialchef
restricted: true
values:
  2025-Q3: 0
`,
  'audit/granskning-2025.yaml': `title: Granskning av informationssäkerheten
firm: KPMG
reportDate: 2025-12-01
boards: [ks]
answerDue: 2026-02-16
status: in-progress
recommendations:
  - id: r1
    board: ks
    text: Säkerställ att riktlinjerna är kända.
    plannedActions:
      - id: kommunikationsplan
        text: Ta fram en kommunikationsplan
        owner: sakerhetssamordnare
        due: 2026-04-30
        status: planned
      - id: utbildning
        text: Gör utbildningen obligatorisk
        owner: hr-chef
        due: 2026-03-31
        status: in-progress
      - id: klar
        text: Redan klar
        owner: it-chef
        due: 2026-01-31
        status: done
        done: 2026-01-20
`,
  'document/policy.yaml': `title: Informationssäkerhetspolicy
type: policy
status: decided
decidedBy: ks
decision:
  date: 2025-06-10
owner: sakerhetssamordnare
nextReview: 2026-06-15
communicated: 2025-06-20
`,
  'asset/elevhalsa.yaml': `name: Elevhälsans journaler
board: son
owner: socialchef
`,
  'classification/elevhalsa-2025.yaml': `asset: elevhalsa
date: 2025-10-01
participants: [socialchef, sakerhetssamordnare]
levels:
  confidentiality: { level: 3, justification: Känsliga uppgifter om elever. }
  integrity: { level: 2, justification: Fel uppgifter kan skada. }
  availability: { level: 2, justification: Behövs under skoldagen. }
  traceability: { level: 3, justification: Åtkomst ska kunna följas. }
`,
  'asset/skyddat-boende.yaml': `name: Adresser till skyddat boende
board: son
owner: socialchef
protectedIdentities: true
`,
  'classification/skyddat-boende-2025.yaml': `asset: skyddat-boende
date: 2025-09-01
participants: [socialchef]
levels:
  confidentiality: { level: 3, justification: Kan röja var personer bor. }
`,
};

export function fixtureSources(changes: Record<string, string | null> = {}, root = 'registry'): SourceFile[] {
  const files: Record<string, string> = { ...FILES };
  for (const [rel, text] of Object.entries(changes)) {
    if (text === null) delete files[rel];
    else files[rel] = text;
  }
  return sources(files, root);
}

export function fixtureRegistry(changes: Record<string, string | null> = {}): Registry {
  const s = fixtureSources(changes);
  return buildRegistry('registry', s, registryLocale(s));
}

/** lisa.yaml with some lines replaced: `org({ 'locale: sv': 'locale: nb' })`. */
export function org(replace: Record<string, string>): string {
  let text = ORG_YAML;
  for (const [from, to] of Object.entries(replace)) {
    if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}
