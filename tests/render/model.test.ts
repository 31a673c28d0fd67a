import { describe, expect, it } from 'vitest';
import { quarterOf, quartersEnding, reviewQuarter } from '../../lib/facts/quarters.js';
import { buildRegistry } from '../../lib/registry.js';
import { axis, lineChart } from '../../lib/render/charts.js';
import { formatNumber, formatValue, genitive, longDate, shortDate } from '../../lib/render/format.js';
import { documentIds } from '../../lib/render/index.js';
import type { KpiView } from '../../lib/render/kpi-review.js';
import { buildDocuments, type DocumentModel, type ProcessingRow } from '../../lib/render/model.js';
import { FILES, fixtureRegistry, fixtureSources, LISA, TODAY } from './fixture.js';

const input = { today: TODAY, locale: 'sv' as const };

function doc(models: DocumentModel[], id: string): DocumentModel {
  const found = models.find((m) => m.meta.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
}

// biome-ignore lint/suspicious/noExplicitAny: view models are plain data for templates
type Ctx = any;

describe('document ids', () => {
  it('lists an answer per audit, the yearly report, the KPI pack, a register per controller board and the overview', () => {
    expect(documentIds(fixtureRegistry())).toEqual([
      'audit-answer-granskning-2026',
      'audit-answer-granskning-behorigheter',
      'audit-followup-ks',
      'audit-followup-son',
      'yearly-report',
      'yearly-report-son',
      'kpi-review',
      'processing-register-ks',
      'processing-register-son',
      'systems-overview',
    ]);
  });

  it('gives a register to a board named as controller even when lisa.yaml does not mark it', () => {
    const registry = fixtureRegistry({ 'lisa.yaml': LISA.replace(/ {4}controller: true\n/g, '') });
    expect(documentIds(registry).filter((id) => id.startsWith('processing-register-'))).toEqual([
      'processing-register-ks',
      'processing-register-son',
    ]);
  });

  it('builds only the documents asked for', () => {
    const models = buildDocuments(fixtureRegistry(), input, new Set(['kpi-review']));
    expect(models.map((m) => m.meta.id)).toEqual(['kpi-review']);
  });
});

describe('the audit answer', () => {
  const models = buildDocuments(fixtureRegistry(), input);

  it('is final once answered: decision, registration number, chair, numbered recommendations', () => {
    const m = doc(models, 'audit-answer-granskning-2026');
    const a = (m.context as Ctx).audit;
    expect(m.meta.draft).toBe(false);
    expect(m.meta.title).toBe('Svar på revisionsrapport – Granskning av kommunens informationssäkerhet');
    expect(m.meta.registrationNumber).toBe('KS 2026/142');
    expect(m.meta.date).toBe('2026-06-10');
    expect(a.decision.chair).toEqual({
      name: 'Anna Lindqvist',
      party: 'S',
      title: 'Kommunstyrelsens ordförande',
    });
    expect(a.recommendations.map((r: Ctx) => r.number)).toEqual([1, 2, 3]);
    expect(a.groups.map((g: Ctx) => [g.board.name, g.recommendations.length])).toEqual([
      ['Kommunstyrelsen', 2],
      ['Socialnämnden', 1],
    ]);
    // Owners are roles, by name; the decided answer shows each action as it stood on the decision day,
    // so an action past its date since then is not "overdue" in it (the follow-up says so).
    const actions = a.recommendations[0].plannedActions;
    expect(actions[1]).toMatchObject({
      owner: 'Informationssäkerhetssamordnare',
      due: '2026-09-30',
      overdue: false,
      statusLabel: 'Pågår',
    });
    expect(actions[0]).toMatchObject({ overdue: false, done: '2026-04-02', statusLabel: 'Klar' });
  });

  it('is a draft while the answer is in progress, dated today', () => {
    const m = doc(models, 'audit-answer-granskning-behorigheter');
    expect(m.meta.draft).toBe(true);
    expect(m.meta.date).toBe(TODAY);
    expect(m.meta.registrationNumber).toBeUndefined();
    expect((m.context as Ctx).audit.decision).toBeUndefined();
  });

  it('gives each board its own answer when each decides its own (one report, several boards)', () => {
    const text = FILES['audit/granskning-2026.yaml'].replace(
      'attachments:',
      `  - proposal: Socialnämnden godkänner svaret såvitt avser nämndens rekommendation.
    board: son
    meetingDate: 2026-06-17
    registrationNumber: SN 2026/77
attachments:`,
    );
    const registry = fixtureRegistry({ 'audit/granskning-2026.yaml': text });
    expect(documentIds(registry).filter((id) => id.startsWith('audit-answer-granskning-2026'))).toEqual([
      'audit-answer-granskning-2026-ks',
      'audit-answer-granskning-2026-son',
    ]);
    const built = buildDocuments(registry, input);
    const ks = doc(built, 'audit-answer-granskning-2026-ks');
    const son = doc(built, 'audit-answer-granskning-2026-son');
    expect(ks.meta.registrationNumber).toBe('KS 2026/142');
    expect(son.meta.registrationNumber).toBe('SN 2026/77');
    expect(son.meta.board?.name).toBe('Socialnämnden');
    // Each answer holds its own board's recommendations, numbered as in the report.
    expect((ks.context as Ctx).audit.recommendations.map((r: Ctx) => r.number)).toEqual([1, 2]);
    expect((son.context as Ctx).audit.recommendations.map((r: Ctx) => r.number)).toEqual([3]);
    expect((son.context as Ctx).audit.decision.proposal).toContain('Socialnämnden godkänner');
  });

  it('leaves out the findings of a restricted audit', () => {
    const registry = fixtureRegistry({
      'audit/granskning-behorigheter.yaml': `${FILES['audit/granskning-behorigheter.yaml']}restricted: true\n`,
    });
    const a = (doc(buildDocuments(registry, input), 'audit-answer-granskning-behorigheter').context as Ctx)
      .audit;
    expect(a.restricted).toBe(true);
    expect(a.recommendations).toEqual([]);
    expect(a.assessment).toEqual([]);
    expect(JSON.stringify(a)).not.toContain('systembehörigheter');
  });
});

describe('restricted entries in public documents', () => {
  const models = buildDocuments(fixtureRegistry(), input);

  it('shows a protected-identity processing activity by name only', () => {
    const rows = doc(models, 'processing-register-son').csv as ProcessingRow[];
    const row = rows.find((r) => r.id === 'skyddade');
    expect(row).toEqual({
      id: 'skyddade',
      name: 'Handläggning av ärenden med skyddade personuppgifter',
      restricted: true,
      role: 'controller',
      roleLabel: 'Personuppgiftsansvarig',
      controller: { id: 'son', name: 'Socialnämnden', organisation: false },
    });
    expect((doc(models, 'processing-register-son').context as Ctx).register.restrictedCount).toBe(1);
  });

  it('shows a protected-identity system by name only in the overview', () => {
    const groups = (doc(models, 'systems-overview').context as Ctx).overview.systemGroups;
    const rows = groups.flatMap((g: Ctx) => g.rows);
    expect(rows.find((r: Ctx) => r.id === 'skyddat-register')).toEqual({
      id: 'skyddat-register',
      name: 'Skyddsregistret',
      board: { id: 'son', name: 'Socialnämnden' },
      restricted: true,
    });
  });

  it('counts but does not name a restricted system protected below its information', () => {
    // A protection gap is an error the validator refuses to render past; the model still handles it for API users.
    const files = fixtureSources({
      'system/skyddat-register.yaml': `name: Skyddsregistret
board: son
owner: socialchef
hosting: on-premises
protectedIdentities: true
protection: { confidentiality: 1, integrity: 3, availability: 2, traceability: 3 }
`,
      'asset/skydd.yaml':
        'name: Skyddade uppgifter\nboard: son\nowner: socialchef\nsystems: [skyddat-register, office]\n',
      'classification/skydd.yaml':
        'asset: skydd\ndate: 2026-05-01\nparticipants: [socialchef]\nlevels:\n  confidentiality: { level: 3, justification: Skyddade uppgifter. }\n',
    });
    const registry = buildRegistry('registry', files, 'sv');
    const report = (doc(buildDocuments(registry, input), 'yearly-report').context as Ctx).report;
    expect(report.protection.restrictedGaps).toBe(1);
    expect(report.protection.gaps).toEqual([
      {
        system: 'Microsoft 365',
        board: 'Kommunstyrelsen',
        aspect: 'Konfidentialitet',
        have: 2,
        need: 3,
        asset: 'Skyddade uppgifter',
        assetRestricted: false,
      },
    ]);
    expect(report.figures.systemsBelow).toBe(2);
  });
});

describe('KPIs', () => {
  const review = (doc(buildDocuments(fixtureRegistry(), input), 'kpi-review').context as Ctx).review;
  const byId = (id: string) => review.kpis.find((k: KpiView) => k.id === id) as KpiView;

  it('reviews the last ended quarter and the eight before and including it', () => {
    expect(reviewQuarter('2026-11-23')).toBe('2026-Q3');
    expect(reviewQuarter('2026-01-01')).toBe('2025-Q4');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quartersEnding('2026-Q3', 8)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(review.quarterLabel).toBe('kv. 3 2026');
    expect(review.first).toBe('kv. 4 2024');
  });

  it('calls out missing values, but not quarters before the KPI was measured', () => {
    expect(byId('utbildning').missing).toEqual(['kv. 2 2025']);
    const incidents = byId('incidenter');
    expect(incidents.missing).toEqual(['kv. 3 2026']);
    expect(incidents.rows.filter((r) => r.notMeasured).map((r) => r.quarter)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
    ]);
    expect(incidents.status).toBe('missing');
    expect(review.withMissing.map((k: KpiView) => k.id)).toEqual(['utbildning', 'incidenter']);
  });

  it('takes the first quarter in the register as the start when since is not given', () => {
    const registry = fixtureRegistry({
      'kpi/ny.yaml':
        'name: Nytt nyckeltal\nunit: count\ndirection: higher-is-better\ntarget: 3\nowner: it-chef\nvalues:\n  2025-Q4: 1\n  2026-Q2: 2\n',
    });
    const kpi = (
      (doc(buildDocuments(registry, input), 'kpi-review').context as Ctx).review.kpis as KpiView[]
    ).find((k) => k.id === 'ny');
    if (!kpi) throw new Error('no KPI ny');
    expect(kpi.rows.filter((r) => r.notMeasured).map((r) => r.quarter)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
    ]);
    expect(kpi.missing).toEqual(['kv. 1 2026', 'kv. 3 2026']);
  });

  it('judges the target by direction and the change against the quarter before', () => {
    const training = byId('utbildning');
    expect(training.latest).toMatchObject({ value: 91, valueText: '91\u00a0%', onTarget: true });
    expect(training.status).toBe('on-target');
    expect(training.change).toBe('better');
    const incidents = byId('incidenter');
    expect(incidents.rows.find((r) => r.quarter === '2026-Q2')).toMatchObject({
      value: 4,
      onTarget: true,
      valueText: '4\u00a0dagar',
    });
    expect(incidents.rows.find((r) => r.quarter === '2026-Q1')).toMatchObject({ onTarget: false });
  });

  it('draws a chart with the values, the target and the gap, described in words', () => {
    const chart = byId('utbildning').chart ?? '';
    expect(chart).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Andel medarbetare/);
    expect(chart).toContain('stroke-dasharray="8 5"'); // the target
    expect(chart).toContain('stroke-dasharray="1.5 3.5"'); // the missing quarter
    expect(chart).toContain('<desc>Linjediagram för kv. 4 2024–kv. 3 2026. Mål: 90');
    expect(chart).toContain('kv. 2 2025: värde saknas');
    expect(chart).toContain('66,5\u00a0%');
    // The line breaks at the missing value: two path segments.
    expect(chart.match(/<path d="M/g)).toHaveLength(2);
  });
});

describe('charts', () => {
  it('escapes every text it is given', () => {
    const svg = lineChart({
      id: 'x',
      title: '<script>alert(1)</script>',
      description: 'a "quoted" & <b>bold</b> text',
      categories: ['<i>q1</i> 2025'],
      values: [1],
      target: 2,
      format: (v) => `${v}<u>`,
      words: { values: '<v>', target: '<t>', missing: '<m>' },
    });
    expect(svg).not.toMatch(/<(script|b|i|u|v|t|m)>/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; text');
  });

  it('starts the axis at zero and ends it on a round number, or at 100 for percentages', () => {
    expect(axis([61, 91], 100)).toEqual({ min: 0, max: 100, step: 25 });
    expect(axis([4, 9, 5])).toEqual({ min: 0, max: 10, step: 2.5 });
    expect(axis([-3, 7])).toEqual({ min: -5, max: 7.5, step: 2.5 });
  });
});

describe('formats', () => {
  it('writes dates and numbers the way each language does', () => {
    expect(longDate('2026-11-23', 'sv')).toBe('23 november 2026');
    expect(longDate('2026-11-23', 'nb')).toBe('23. november 2026');
    expect(longDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(shortDate('2026-03-05', 'sv')).toBe('2026-03-05');
    expect(shortDate('2026-03-05', 'nb')).toBe('05.03.2026');
    expect(formatNumber(1234.5, 'sv')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'nb')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatValue(82, 'percent', 'sv')).toBe('82\u00a0%');
    expect(formatValue(82, 'percent', 'en')).toBe('82%');
    expect(formatValue(4.5, 'hours', 'nb')).toBe('4,5\u00a0timer');
    expect(genitive('Kommunstyrelsen', 'sv')).toBe('Kommunstyrelsens');
    expect(genitive('Testviks kommun', 'sv')).toBe('Testviks kommuns');
    expect(genitive('Bodø kommunes', 'nb')).toBe("Bodø kommunes'");
  });
});
