import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistryFiles } from '../../lib/io/load.js';
import { buildDocuments } from '../../lib/render/model.js';
import { validateSources } from '../../lib/validate.js';
import { ORG, system } from '../validate/fixtures.js';
import { action } from '../validate/risk-fixtures.js';
import { lisa, registryOnDisk, removeRegistries } from './helpers.js';

// `lisa migrate`: the audit answers' planned actions into plan/, a dry run unless --write, the answers' own
// lines kept byte for byte, and what cannot move said with why.

afterAll(removeRegistries);

const TODAY = '2026-11-23';

const AUDIT = `# Svar beslutat i nämnden. En kommentar som ska stå kvar.
title: Granskning 2026
firm: KPMG
reportDate: 2026-05-01
boards: [son]
status: in-progress
recommendations:
  - id: rek1
    board: son
    text: >-
      Gör riskanalyser av de mest skyddsvärda systemen och följ upp
      åtgärderna.
    plannedActions:
      - id: a1
        text: Riskanalys av Lifecare.
        owner: socialchef # beslutat 2026-06-01
        due: 2026-09-30
        status: in-progress
        history:
          - date: 2026-06-01
            status: in-progress
      - id: a2
        text: Riskanalys av Procapita.
        owner: it-chef
        period: hösten 2027
      - id: a3
        text: Utan ansvarig.
        period: hösten 2027
      - id: a4
        text: Odaterad.
        owner: it-chef
        period: under mandatperioden
`;

const FILES = {
  'lisa.yaml': ORG,
  'system/s.yaml': system('S', { confidentiality: 1 }),
  'plan/logg.yaml': action('kind: audit\nref: granskning\nitem: rek1'),
  'audit/granskning.yaml': AUDIT,
};

async function answers(cwd: string) {
  const dir = path.join(cwd, 'registry');
  const { registry, findings } = validateSources(dir, await readRegistryFiles(dir), { today: TODAY });
  const plan = buildDocuments(registry, { today: TODAY, locale: 'sv' }, new Set(['action-plan']))[0];
  type Row = { title: string; owner: string; dueText: string; statusLabel: string };
  const rows: Row[] = plan ? (plan.context as unknown as { plan: { rows: Row[] } }).plan.rows : [];
  const answer = buildDocuments(
    registry,
    { today: TODAY, locale: 'sv' },
    new Set(['audit-answer-granskning']),
  )[0];
  return {
    answer: JSON.stringify(answer?.context),
    findings: findings.map((f) => `${f.rule} ${f.file.split('/').pop()}:${f.line}`),
    rows: rows.map((r) => [r.title, r.owner, r.dueText, r.statusLabel]).sort(),
  };
}

describe('lisa migrate', () => {
  it('is a dry run by default: says what would move and what cannot, and changes nothing', async () => {
    const cwd = registryOnDisk(FILES);
    const before = readdirSync(path.join(cwd, 'registry', 'plan'));
    const r = await lisa(['migrate', 'registry'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Provkörning – inga filer ändras. 2 planerade åtgärder skulle flyttas');
    expect(r.stdout).toContain('granskning rek1/a1 → plan/granskning-a1.yaml');
    expect(r.stdout).toContain('granskning rek1/a3: ingen ansvarig');
    expect(r.stdout).toContain('perioden "under mandatperioden" går inte att läsa som datum');
    expect(r.stdout).toContain('Kör lisa migrate registry --write');
    expect(readdirSync(path.join(cwd, 'registry', 'plan'))).toEqual(before);
    expect(readFileSync(path.join(cwd, 'registry', 'audit', 'granskning.yaml'), 'utf8')).toBe(AUDIT);
  });

  it('gives a migration finding once the registry keeps a plan, and none without one', async () => {
    const cwd = registryOnDisk(FILES);
    expect((await answers(cwd)).findings.filter((f) => f.startsWith('audit-action-not-in-plan'))).toEqual([
      'audit-action-not-in-plan granskning.yaml:14',
      'audit-action-not-in-plan granskning.yaml:22',
    ]);
    const { 'plan/logg.yaml': _, ...withoutPlan } = FILES;
    const old = registryOnDisk(withoutPlan);
    expect((await answers(old)).findings.some((f) => f.startsWith('audit-action-not-in-plan'))).toBe(false);
  });

  it('--write moves them, keeps every other line of the answer as written, and the plan shows the same', async () => {
    const cwd = registryOnDisk(FILES);
    const before = await answers(cwd);
    const r = await lisa(['migrate', 'registry', '--write'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 planerade åtgärder flyttades till handlingsplanen');
    expect(r.stdout).toContain('Efter flytten: inga fel i registret');
    const audit = readFileSync(path.join(cwd, 'registry', 'audit', 'granskning.yaml'), 'utf8');
    const removed = [
      '        owner: socialchef # beslutat 2026-06-01\n',
      '        due: 2026-09-30\n',
      '        status: in-progress\n',
      '        history:\n          - date: 2026-06-01\n            status: in-progress\n',
      '        owner: it-chef\n        period: hösten 2027\n',
    ];
    let expected = AUDIT.replace(removed[0] as string, '        plan: granskning-a1\n');
    for (const line of removed.slice(1, 4)) expected = expected.replace(line, '');
    expected = expected.replace(removed[4] as string, '        plan: granskning-a2\n');
    expect(audit).toBe(expected);
    const plan = readFileSync(path.join(cwd, 'registry', 'plan', 'granskning-a1.yaml'), 'utf8');
    expect(plan).toContain('source:\n  kind: audit\n  ref: granskning\n  item: rek1\n');
    expect(plan).toContain('history:\n  - date: 2026-06-01\n    status: in-progress\n');
    const after = await answers(cwd);
    expect(after.rows).toEqual(before.rows);
    // The board's answer reads the same: the plan's follow-up stands in for the lines taken out.
    expect(after.answer).toContain('Riskanalys av Lifecare');
    expect(after.answer).toBe(before.answer);
    expect(after.findings.filter((f) => f.startsWith('audit-action-not-in-plan'))).toEqual([]);
    // Again: nothing left to move.
    expect((await lisa(['migrate', 'registry'], { cwd })).stdout).toContain('Inget att flytta');
  });

  it('never overwrites a plan file', async () => {
    const cwd = registryOnDisk({ ...FILES, 'plan/granskning-a1.yaml': FILES['plan/logg.yaml'] });
    const r = await lisa(['migrate', 'registry', '--lang', 'en'], { cwd });
    expect(r.stdout).toContain('plan/granskning-a1.yaml already exists');
    await lisa(['migrate', 'registry', '--write'], { cwd });
    expect(readFileSync(path.join(cwd, 'registry', 'plan', 'granskning-a1.yaml'), 'utf8')).toBe(
      FILES['plan/logg.yaml'],
    );
  });
});
