import { describe, expect, it } from 'vitest';
import { createEnvironment, renderTemplate } from '../../lib/render/html.js';
import { buildDocuments, type DocumentModel } from '../../lib/render/model.js';
import { fixtureRegistry } from './fixture.js';

// The yearly report's sections on incidents, agreements, training and exercises (partials of their own).

const TODAY = '2026-11-30';

const agreement = (counterparty: string, extra: string) => `counterparty: ${counterparty}
type: processor-agreement
board: son
start: 2020-01-01
${extra}`;

const FILES = {
  'incident/a.yaml': `title: Hemlig incident
description: Hemligt.
board: son
discovered: 2026-03-02 08:00
type: [confidentiality]
personalDataBreach: true
notification: { at: 2026-03-06 09:00, reason: Utredningen om vad som röjts tog fyra dygn. }
`,
  'incident/b.yaml': `title: Avbrott
description: Nere en förmiddag.
board: ks
discovered: 2026-06-09 06:45
type: [availability]
personalDataBreach: false
`,
  // Ends within the year, notice not yet due.
  'agreement/snart.yaml': agreement('Snart AB', 'end: 2027-06-30\nnoticePeriod: 3\nowner: it-chef\n'),
  // Inside its notice period now.
  'agreement/uppsagning.yaml': agreement('Uppsägning AB', 'end: 2027-02-28\nnoticePeriod: 6\n'),
  // Ended.
  'agreement/slut.yaml': agreement('Slut AB', 'end: 2026-10-31\n'),
  // Far off, and renewed automatically: not listed.
  'agreement/lang.yaml': agreement('Lång AB', 'end: 2029-12-31\n'),
  'agreement/auto.yaml': agreement(
    'Auto AB',
    'end: 2024-12-31\nrenewal: automatic\nrenewalMonths: 36\nnoticePeriod: 3\n',
  ),
  'agreement/hemlig.yaml': agreement('Hemlig Leverantör AB', 'end: 2027-01-31\nrestricted: true\n'),
  'agreement/ks.yaml': `counterparty: KS Leverantör AB
type: supplier-contract
board: ks
start: 2020-01-01
end: 2027-03-31
`,
  'training/personal-1.yaml': `name: Grundkurs
kind: training
audience: { group: staff }
date: 2026-02-01
participation: { invited: 200, participants: 100 }
`,
  'training/personal-2.yaml': `name: Repetition
kind: training
audience: { group: staff }
date: 2026-09-01
participation: { invited: 200, participants: 150 }
`,
  'training/ledamoter.yaml': `name: Förtroendevalda
kind: training
audience: { group: elected-members, boards: [ks] }
date: 2026-03-01
participation: { share: 0.5 }
`,
  'training/ovning.yaml': `name: Krisövning
kind: exercise
audience: { group: crisis-management, boards: [ks] }
date: 2026-10-10
participation: { invited: 20, participants: 18 }
scenario: Hemligt scenario om svagheter.
lessons: [Hemlig lärdom, En till]
`,
};

// biome-ignore lint/suspicious/noExplicitAny: view models are plain data for templates
type Ctx = any;

function yearly(files: Record<string, string | null>, id = 'yearly-report') {
  const registry = fixtureRegistry(files);
  return buildDocuments(registry, { today: TODAY, locale: 'sv' }, new Set([id]))[0] as DocumentModel;
}

const html = (m: DocumentModel, locale: 'sv' | 'nb' | 'en' = 'sv') =>
  renderTemplate(createEnvironment({ locale }), m.meta.template, m.context);

describe('the yearly report’s incidents', () => {
  it('counts the year’s incidents and breaches for the whole organisation, or the board’s own', () => {
    const all = (yearly(FILES).context as Ctx).report.incidentSummary;
    expect(all).toMatchObject({
      kept: true,
      total: 2,
      breaches: 1,
      notified: 1,
      late: 1,
      within72: 0,
      open: 2,
    });
    const son = (yearly(FILES, 'yearly-report-son').context as Ctx).report.incidentSummary;
    expect(son).toMatchObject({ total: 1, breaches: 1 });
    const out = html(yearly(FILES));
    expect(out).not.toContain('Hemlig incident');
    expect(out).not.toContain('Utredningen');
    expect(out).toContain('anmälda senare än 72 timmar');
  });
});

describe('the yearly report’s agreements', () => {
  it('lists those ending within a year, in their notice period or ended, a restricted one undescribed', () => {
    const a = (yearly(FILES).context as Ctx).report.agreements;
    expect(a.horizon).toBe('2027-11-30');
    expect(a.rows.map((r: Ctx) => [r.counterparty, r.state, r.end, r.notice])).toEqual([
      ['Slut AB', 'expired', '2026-10-31', undefined],
      ['', 'expiring', '2027-01-31', undefined],
      ['Uppsägning AB', 'notice', '2027-02-28', '2026-08-28'],
      ['KS Leverantör AB', 'expiring', '2027-03-31', undefined],
      ['Snart AB', 'expiring', '2027-06-30', '2027-03-30'],
    ]);
    expect(a).toMatchObject({ total: 7, processorAgreements: 6, expired: 1, notice: 1, expiring: 3 });
    const out = html(yearly(FILES));
    expect(out).not.toContain('Hemlig Leverantör');
    expect(out).toContain('Inom uppsägningstiden');
    expect(out).toContain('Personuppgiftsbiträdesavtal');
  });

  it('keeps a board’s report to the board’s own agreements', () => {
    const a = (yearly(FILES, 'yearly-report-son').context as Ctx).report.agreements;
    expect(a.rows.map((r: Ctx) => r.counterparty)).not.toContain('KS Leverantör AB');
    expect(a.total).toBe(6);
  });
});

describe('the yearly report’s training and exercises', () => {
  it('gives the coverage of staff and elected members from each group’s latest training', () => {
    const t = (yearly(FILES).context as Ctx).report.training;
    expect(t.coverage).toEqual([
      { group: 'Medarbetare', held: true, name: 'Repetition', date: '2026-09-01', share: 75 },
      { group: 'Förtroendevalda', held: true, name: 'Förtroendevalda', date: '2026-03-01', share: 50 },
    ]);
    expect(t.trainings).toHaveLength(3);
    expect(t.exercises).toEqual([
      expect.objectContaining({ name: 'Krisövning', participants: 18, lessons: 2 }),
    ]);
    const out = html(yearly(FILES));
    expect(out).toContain('150 av 200');
    expect(out).not.toContain('Hemligt scenario');
    expect(out).not.toContain('Hemlig lärdom');
  });

  it('flags a board whose elected members had no training and no exercise this year', () => {
    const t = (yearly(FILES, 'yearly-report-son').context as Ctx).report.training;
    expect(t.coverage[1]).toMatchObject({ group: 'Förtroendevalda', held: false });
    expect(t.exercises).toEqual([]);
    const out = html(yearly(FILES, 'yearly-report-son'));
    expect(out).toContain('Ingen utbildning registrerad i år');
    expect(out).toContain('Ingen övning har registrerats i år.');
  });
});

describe('a registry without the new registers', () => {
  it('says so in each section, in every language', () => {
    const model = yearly({});
    const r = (model.context as Ctx).report;
    expect([r.incidentSummary.kept, r.agreements.kept, r.training.kept]).toEqual([false, false, false]);
    expect(html(model)).toContain('Registret har ännu inga incidenter (incident/).');
    expect(html(model, 'nb')).toContain('Registeret har ennå ingen avtaler (agreement/).');
    expect(html(model, 'en')).toContain('The registry keeps no training or exercises yet (training/).');
  });
});
