import { describe, expect, it } from 'vitest';
import { diffRegistries } from '../../lib/diff.js';
import { formatMarkdown } from '../../lib/format/markdown.js';
import type { Registry } from '../../lib/registry.js';
import { riskDelta } from '../../lib/risk-delta.js';
import { Validator, validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { ORG, system } from '../validate/fixtures.js';
import { action, risk, scenario } from '../validate/risk-fixtures.js';

// The PR comment's risk delta: "risk r1 för S: 12 → 6 efter åtgärd logg".

const TODAY = '2026-11-23';

const BASE: Record<string, string> = {
  'lisa.yaml': ORG,
  'system/s.yaml': system('Procapita', { confidentiality: 1 }),
  'system/hemlig.yaml': system('Hemlig', { confidentiality: 1 }, 'protectedIdentities: true\n'),
  'risk/s.yaml': risk(
    scenario('r1', 3, 4, 'treatment: reduce\nactions: [logg]') + scenario('r2', 2, 2, 'treatment: reduce'),
  ),
  'risk/hemlig.yaml': risk(scenario('r1', 4, 4, 'treatment: reduce'), '', 'system: hemlig'),
  'plan/logg.yaml': action('kind: risk\nref: s\nitem: r1'),
};

function reg(files: Record<string, string>, locale?: 'sv' | 'nb' | 'en'): Registry {
  return validateSources('registry', sources(files), { today: TODAY, ...(locale ? { locale } : {}) })
    .registry;
}

const HEAD: Record<string, string> = {
  ...BASE,
  'plan/logg.yaml': action('kind: risk\nref: s\nitem: r1', 'done: 2026-11-01\n', 'done'),
  'risk/s.yaml': (BASE['risk/s.yaml'] as string)
    .replace(
      'actions: [logg]\n',
      'actions: [logg]\n    residual:\n      likelihood: 2\n      consequence: 3\n      assessed: 2026-11-10\n',
    )
    .replace('nextReview: 2027-03-01', `${scenario('r3', 3, 3).trimEnd()}\nnextReview: 2027-03-01`),
  'risk/hemlig.yaml': risk(scenario('r1', 2, 2, 'treatment: reduce'), '', 'system: hemlig'),
};

describe('riskDelta', () => {
  it('tells each scenario whose level moved, with the action that became done, and counts restricted ones', () => {
    const d = riskDelta(reg(BASE), reg(HEAD), 'sv');
    expect(d.lines.map((l) => l.text)).toEqual([
      'risk r1 för Procapita: 12 → 6 efter åtgärd logg (över acceptansnivån 4)',
      'ny risk r3 för Procapita: nivå 9 (över acceptansnivån 4)',
    ]);
    expect(d.restricted).toBe(1);
    expect(d.restrictedText).toBe('1 ändrad risk rör begränsade uppgifter och visas inte här.');
    expect(JSON.stringify(d)).not.toContain('Hemlig');
  });

  it('says the same of a base patched from the head (sharing its unchanged entries) as of one built apart', () => {
    // The action's base: the head's registry with the pull request's files put back (Validator.update).
    const validator = new Validator('registry', { today: TODAY });
    const head = validator.validate(sources(HEAD)).registry;
    const changed = sources(BASE).filter((s) => BASE[s.rel] !== HEAD[s.rel]);
    const base = validator.update(changed).registry;
    expect(base.entities.risk.get('hemlig')).not.toBe(head.entities.risk.get('hemlig'));
    expect(base.entities.system.get('s')).toBe(head.entities.system.get('s'));
    expect(riskDelta(base, head, 'sv')).toEqual(riskDelta(reg(BASE), reg(HEAD), 'sv'));
    expect(riskDelta(base, head, 'sv').lines).toHaveLength(2);
  });

  it('says nothing when no level moved', () => {
    expect(riskDelta(reg(BASE), reg(BASE), 'sv')).toEqual({ lines: [], restricted: 0 });
  });

  it('tells a removed scenario, in English', () => {
    const head = { ...BASE, 'risk/s.yaml': risk(scenario('r1', 3, 4, 'treatment: reduce\nactions: [logg]')) };
    expect(riskDelta(reg(BASE), reg(head), 'en').lines.map((l) => l.text)).toEqual([
      'risk r2 for Procapita was removed (was level 4)',
    ]);
  });
});

describe('the PR comment', () => {
  it('puts the delta next to the analysis’s change and names the risk documents it touches', () => {
    const base = reg(BASE);
    const head = reg(HEAD);
    const diff = diffRegistries(base, head, { today: TODAY });
    const change = diff.changes.find((c) => c.kind === 'risk' && c.id === 's');
    expect(change?.details.map((x) => x.code)).toContain('risk-level');
    expect(diff.effects.map((e) => e.code)).toEqual(['risk-level-restricted']);
    expect(diff.documents.map((x) => x.id)).toEqual([
      'yearly-report',
      'action-plan',
      'action-plan-son',
      'risk-report-son',
    ]);
    const md = formatMarkdown({ locale: 'sv', findings: [], files: 5, failOn: 'error', diff });
    expect(md).toContain('risk r1 för Procapita: 12 → 6 efter åtgärd logg');
    expect(md).not.toContain('Hemlig');
  });
});
