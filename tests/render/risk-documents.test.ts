import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFinding } from '../../lib/finding.js';
import { readRegistryFiles as readRegistryFilesFor } from '../../lib/io/load.js';
import type { Registry } from '../../lib/registry.js';
import { documentIds, renderDocuments } from '../../lib/render/index.js';
import { buildDocuments, type DocumentModel } from '../../lib/render/model.js';
import { validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { asset, classification, ORG, system } from '../validate/fixtures.js';
import { action, risk, scenario } from '../validate/risk-fixtures.js';

// The risk report, the action plan and the management review minutes: what they show, what they count and
// withhold for restricted entries, and the order of the plan. TODAY is 2026-11-23.

const TODAY = '2026-11-23';
const HOSTILE = '<script>alert(1)</script>';

const FILES: Record<string, string> = {
  'system/s.yaml': system('S', { confidentiality: 1 }),
  'system/hemlig.yaml': system('Hemlig', { confidentiality: 1 }, 'protectedIdentities: true\n'),
  'risk/s.yaml': risk(
    scenario(
      'r1',
      3,
      4,
      'treatment: reduce\nactions: [logg]\nresidual:\n  likelihood: 1\n  consequence: 3\n  assessed: 2026-10-01',
    ) +
      scenario('r2', 2, 2, 'treatment: accept\nacceptedBy: socialchef\nacceptedOn: 2026-03-01') +
      scenario('r3', 3, 3),
  ),
  'risk/hemlig.yaml': risk(
    scenario('r1', 4, 4, 'treatment: reduce\nactions: [hemlig-atgard]'),
    '',
    'system: hemlig',
  ),
  'plan/logg.yaml': action(
    'kind: risk\nref: s\nitem: r1',
    'history:\n  - date: 2026-03-01\n    status: planned\n  - date: 2026-09-15\n    status: done\ndone: 2026-09-15\n',
    'done',
    '2026-09-30',
  ),
  'plan/sen.yaml': action('kind: risk\nref: s\nitem: r3', '', 'in-progress', '2026-06-30').replace(
    'Inför logguppföljning',
    `Sen åtgärd ${HOSTILE}`,
  ),
  'plan/senare.yaml': action('kind: review\nref: lg\nitem: b1', '', 'planned', '2027-Q2').replace(
    'Inför logguppföljning',
    'Riskanalyser för alla nämnder',
  ),
  'plan/hemlig-atgard.yaml': action('kind: risk\nref: hemlig\nitem: r1').replace(
    'Inför logguppföljning',
    'Hemlig åtgärd',
  ),
  'review/lg.yaml': `title: Ledningens genomgång 2026
date: 2026-10-14
board: ks
participants: [it-chef, sakerhetssamordnare]
inputs:
  changes: NIS2 genomförs.
  risks: Två risker över acceptansnivån.
decisions:
  - id: b1
    text: Riskanalyser för alla nämnder.
    actions: [senare, finns-inte]
nextReview: 2027-10-31
`,
  'audit/g.yaml': `title: Granskning 2026
firm: KPMG
reportDate: 2026-05-01
boards: [son]
status: in-progress
recommendations:
  - id: rek1
    board: son
    text: Gör riskanalyser.
    plannedActions:
      - id: a1
        text: Odaterad åtgärd i svaret.
      - id: a2
        text: Daterad åtgärd i svaret.
        owner: socialchef
        due: 2026-01-31
`,
};

function registry(files: Record<string, string> = FILES, org = ORG): Registry {
  const result = validateSources('registry', sources({ 'lisa.yaml': org, ...files }), { today: TODAY });
  // The review names an action the plan does not have on purpose: the minutes must say so.
  const errors = result.findings.filter(
    (f) => f.severity === 'error' && !describeFinding(f, 'sv').message.includes('finns-inte'),
  );
  expect(errors.map((f) => `${f.file}:${f.line} ${describeFinding(f, 'sv').message}`)).toEqual([]);
  return result.registry;
}

// biome-ignore lint/suspicious/noExplicitAny: view models are plain data for templates
type Ctx = any;

function model(id: string, locale: 'sv' | 'nb' | 'en' = 'sv', reg = registry()): DocumentModel {
  const found = buildDocuments(reg, { today: TODAY, locale }, new Set([id]))[0];
  if (!found) throw new Error(`no document ${id}`);
  return found;
}

describe('document ids', () => {
  it('adds a risk report per board with analyses, the plan in total and per board, and each review', () => {
    const ids = documentIds(registry());
    expect(ids.filter((id) => /^(risk-report|action-plan|management-review)/.test(id))).toEqual([
      'risk-report-son',
      'action-plan',
      'action-plan-ks',
      'action-plan-son',
      'management-review-lg',
    ]);
  });

  it('adds none of them to a registry without risk analyses, plan or reviews', () => {
    const files = { 'system/s.yaml': FILES['system/s.yaml'] as string };
    expect(
      documentIds(registry(files)).some((id) => /^(risk-report|action-plan|management-review)/.test(id)),
    ).toBe(false);
  });
});

describe('the risk report', () => {
  const ctx = () => model('risk-report-son').context as Ctx;

  it('counts a restricted analysis in the matrix and the totals but shows nothing of it', () => {
    const r = ctx().risk;
    expect(r.lead).toBe(
      '2 riskanalyser med 4 riskscenarier. 2 risker ligger över acceptansnivån 4 efter de åtgärder som bedömts; 1 risk är accepterad.',
    );
    expect(r.restrictedCount).toBe(1);
    expect(r.analyses.map((a: Ctx) => a.id)).toEqual(['s']);
    // One analysis is still shown, so the report does not say they are all restricted.
    expect(r.allRestricted).toBe(false);
    const before = r.matrices[0];
    // Highest likelihood first; the restricted 4 × 4 is counted.
    expect(before.rows[0].cells[3]).toEqual({ level: 16, count: 1, above: true });
    expect(before.svg).not.toContain('Hemlig');
    expect(JSON.stringify(r.above)).not.toContain('Hemlig');
  });

  it('says the analyses are restricted, not missing, when every one of them is', async () => {
    const example = validateSources('registry', await readRegistryFilesFor('registry'), {
      today: '2026-12-01',
    });
    const ids = documentIds(example.registry).filter((id) => id.startsWith('risk-report-'));
    const doc = buildDocuments(example.registry, { locale: 'sv', today: '2026-12-01' }, new Set(ids)).find(
      (d) => (d.context as Ctx).risk.allRestricted,
    );
    expect(doc, 'the example has a board whose every analysis is restricted').toBeDefined();
    expect(((doc as DocumentModel).context as Ctx).risk.analyses).toEqual([]);
  });

  it('moves a reassessed risk to its residual cell in the matrix of now', () => {
    const [before, now] = ctx().risk.matrices;
    const cell = (m: Ctx, l: number, c: number) => m.rows[4 - l].cells[c - 1].count;
    expect(cell(before, 3, 4)).toBe(1);
    expect(cell(now, 3, 4)).toBe(0);
    expect(cell(now, 1, 3)).toBe(1);
    expect(now.svg).toContain('<desc>Riskmatris, Nu, med bedömd kvarvarande risk: sannolikhet uppåt');
    expect(now.svg).toContain('sannolikhet 1, konsekvens 3: nivå 3, 1 risk');
  });

  it('lists the risks above acceptance with treatment and actions, and the accepted ones with who and when', () => {
    const r = ctx().risk;
    expect(r.above.map((s: Ctx) => [s.ref, s.before, s.reassessed ? s.current : null, s.treatment])).toEqual([
      ['s/r3', 9, null, 'Ingen hantering beslutad'],
      ['s/r1', 12, 3, 'Reducera'],
    ]);
    expect(r.above[1].actions.map((a: Ctx) => [a.title, a.statusLabel])).toEqual([
      ['Inför logguppföljning', 'Klar'],
    ]);
    expect(r.accepted.map((s: Ctx) => [s.ref, s.acceptedBy, s.acceptedOn, s.notEntitled])).toEqual([
      ['s/r2', 'Socialchef', '2026-03-01', undefined],
    ]);
  });

  it('flags an acceptance by a role without the mandate for the level', () => {
    const org = `${ORG}risk:\n  mayAccept:\n    - { role: it-chef, upTo: 16 }\n`;
    const r = (model('risk-report-son', 'sv', registry(FILES, org)).context as Ctx).risk;
    expect(r.accepted[0].notEntitled).toBe('rollen får inte acceptera nivå 4');
  });

  it('speaks Norwegian ROS in nb', () => {
    const r = (model('risk-report-son', 'nb').context as Ctx).risk;
    expect(r.lead).toContain('2 ROS-analyser med 4 uønskede hendelser');
    expect(r.lead).toContain('over akseptkriteriet 4');
  });
});

describe('the action plan', () => {
  it('puts overdue first, then open by date, undated open, then closed; counts restricted ones only', () => {
    const p = (model('action-plan').context as Ctx).plan;
    expect(p.rows.map((a: Ctx) => [a.title, a.overdue, a.undated, a.status])).toEqual([
      ['Daterad åtgärd i svaret.', true, false, 'planned'],
      [`Sen åtgärd ${HOSTILE}`, true, false, 'in-progress'],
      ['Riskanalyser för alla nämnder', false, false, 'planned'],
      ['Odaterad åtgärd i svaret.', false, true, 'planned'],
      ['Inför logguppföljning', false, false, 'done'],
    ]);
    expect(p.counts).toEqual({ total: 6, open: 5, overdue: 2, done: 1, undatedOpen: 1 });
    expect(p.restrictedCount).toBe(1);
    expect(p.auditOnly).toBe(2);
    expect(p.rows[3].dueText).toBe('');
    expect(p.rows[4].since).toBe('2026-09-15');
    expect(p.bySource.map((s: Ctx) => [s.name, s.open, s.overdue])).toEqual([
      ['Granskning', 2, 1],
      ['Riskanalys', 2, 1],
      ['Ledningens genomgång', 1, 0],
    ]);
  });

  it('per board holds only the board’s actions', () => {
    const ks = (model('action-plan-ks').context as Ctx).plan;
    expect(ks.rows.map((a: Ctx) => a.title)).toEqual(['Riskanalyser för alla nämnder']);
    expect(model('action-plan-ks').meta.title).toBe('Handlingsplan – Kommunstyrelsen');
  });
});

describe('the management review minutes', () => {
  it('gives the 9.3.2 inputs in order, the decisions with their actions, and the registers on the day', () => {
    const v = (model('management-review-lg').context as Ctx).review;
    expect(v.inputs.map((i: Ctx) => i.key)).toEqual([
      'actions',
      'changes',
      'nonconformities',
      'monitoring',
      'audits',
      'risks',
      'feedback',
      'improvements',
    ]);
    expect(v.inputs[1].text).toBe('NIS2 genomförs.');
    expect(v.inputs[0].text).toBeUndefined();
    expect(v.decisions[0].actions[0].title).toBe('Riskanalyser för alla nämnder');
    expect(v.decisions[0].actions[1]).toEqual({
      missing: 'åtgärden finns-inte finns inte i handlingsplanen',
    });
    // On 2026-10-14 the log action was done (history), the late one open and overdue.
    expect(v.facts[0]).toBe('Handlingsplanen: 3 öppna åtgärder, varav 1 försenad; 1 klar.');
  });
});

describe('rendered HTML', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders the three documents in every language, escaped, with the heat map and its table', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lisa-riskdocs-'));
    for (const locale of ['sv', 'nb', 'en'] as const) {
      const out = path.join(dir, locale);
      const result = await renderDocuments(registry(), {
        outDir: out,
        today: TODAY,
        formats: ['html'],
        locale,
        only: ['risk-report-son', 'action-plan', 'management-review-lg'],
      });
      expect(result.problems).toEqual([]);
      const html = async (id: string) =>
        (await readFile(path.join(out, `${id}.html`), 'utf8')).replace(/\u00ad/g, '');
      const report = await html('risk-report-son');
      expect(report).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chart risk-matrix"');
      expect(report).toContain('<caption>');
      expect(report).not.toContain('Hemlig');
      const plan = await html('action-plan');
      expect(plan).not.toContain('<script>alert');
      expect(plan).toContain('&lt;script&gt;');
      const minutes = await html('management-review-lg');
      expect(minutes).toContain({ sv: '§ 4', nb: 'Sak 4', en: '§ 4' }[locale]);
      expect(minutes).toContain({ sv: 'Närvarande', nb: 'Til stede', en: 'Present' }[locale]);
    }
  });
});

describe('the yearly report’s risk and action section', () => {
  it('answers the auditors’ question from the registers, with the gaps counted', () => {
    const r = (model('yearly-report').context as Ctx).report.risk;
    expect(r.answer).toBe('Delvis: 2 riskanalyser finns, men 3 brister återstår (se tabellen nedan).');
    expect(r.boards).toEqual([
      {
        board: { id: 'son', name: 'Socialnämnden' },
        analyses: 2,
        thisYear: 2,
        reviewOverdue: 0,
        missingTop: 0,
      },
    ]);
    expect(r.treatment).toEqual({
      aboveBefore: 3,
      reducedBelow: 1,
      accepted: 0,
      inProgress: 1,
      untreated: 1,
    });
    expect(r.plan).toEqual({ open: 5, overdue: 2, doneYear: 1, total: 6 });
    expect(r.restricted).toBe(true);
  });

  it('says yes once nothing is missing, and counts top-classified information without an analysis', () => {
    const clean: Record<string, string> = {
      'system/s.yaml': FILES['system/s.yaml'] as string,
      'risk/s.yaml': risk(scenario('r1', 3, 4, 'treatment: reduce\nactions: [logg]')),
      'plan/logg.yaml': FILES['plan/logg.yaml'] as string,
    };
    const yes = (model('yearly-report', 'en', registry(clean)).context as Ctx).report.risk;
    expect(yes.answer).toBe(
      'Yes: all information at the top confidentiality level has its own risk analysis, no analysis is past its review, and for 1 risk above the acceptance level actions are done or in progress.',
    );
    const top = {
      ...clean,
      'asset/akter.yaml': asset('Akter'),
      'classification/akter.yaml': classification('akter', '2026-02-01', {
        confidentiality: 4,
        integrity: 2,
        availability: 2,
        traceability: 2,
      }),
    };
    const partly = (model('yearly-report', 'sv', registry(top)).context as Ctx).report.risk;
    expect(partly.boards.map((b: Ctx) => [b.board.id, b.missingTop])).toEqual([['son', 1]]);
    expect(partly.answer).toContain('1 brist återstår');
  });

  it('answers no for a registry without risk analyses', () => {
    const none = { 'system/s.yaml': FILES['system/s.yaml'] as string };
    expect((model('yearly-report', 'nb', registry(none)).context as Ctx).report.risk.answer).toBe(
      'Nei: registeret har ingen ROS-analyser.',
    );
  });
});
