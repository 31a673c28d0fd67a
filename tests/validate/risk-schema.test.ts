import { describe, expect, it } from 'vitest';
import { asset, check, classification, ofRule, system } from './fixtures.js';
import { action, risk, scenario } from './risk-fixtures.js';

describe('risk, plan and review registers', () => {
  it('reads a sound analysis, action and review without findings', () => {
    const r = check({
      'system/s.yaml': system('S', { confidentiality: 1 }),
      'asset/a.yaml': asset('A', 'systems: [s]\n'),
      'classification/a.yaml': classification('a', '2026-01-10', { confidentiality: 1 }),
      'risk/s.yaml': risk(
        scenario('r1', 1, 2, 'assets: [a]\nsystems: [s]\ntreatment: reduce\nactions: [logg]'),
      ),
      'plan/logg.yaml': action(
        'kind: risk\nref: s\nitem: r1',
        'history:\n  - date: 2026-03-01\n    status: planned\n',
      ),
      'review/lg-2026.yaml': `title: Ledningens genomgång 2026
date: 2026-10-01
participants: [sakerhetssamordnare, it-chef]
inputs:
  risks: En riskanalys, en åtgärd planerad.
decisions:
  - id: b1
    text: Logguppföljning införs.
    actions: [logg]
`,
    });
    expect(r.findings).toEqual([]);
  });

  it('points at dangling references inside scenarios and decisions', () => {
    const r = check({
      'system/s.yaml': system('S', { confidentiality: 1 }),
      'risk/s.yaml': risk(scenario('r1', 1, 2, 'assets: [saknas]\nactions: [ingen]\nacceptedBy: vem')),
    });
    const messages = ofRule(r, 'dangling-reference').map((f) => f.message);
    expect(messages).toEqual([
      'Informationstillgången "saknas" finns inte.',
      'Åtgärden "ingen" finns inte.',
      'Rollen "vem" finns inte.',
    ]);
  });

  it('wants exactly one object, and who accepted an accepted risk', () => {
    const r = check({
      'system/s.yaml': system('S', { confidentiality: 1 }),
      'risk/s.yaml': risk(scenario('r1', 1, 2, 'treatment: accept'), '', 'system: s\n  organisation: true'),
    });
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['invalid-value', 'missing-field', 'missing-field']);
  });

  it('takes a period as due date and refuses an unreadable one', () => {
    const ok = check({ 'plan/a.yaml': action('kind: audit\nref: x', '', 'planned', 'hösten 2027') });
    expect(ofRule(ok, 'invalid-value')).toEqual([]);
    const bad = check({ 'plan/a.yaml': action('kind: audit\nref: x', '', 'planned', 'snart') });
    expect(bad.findings.map((f) => f.rule)).toContain('invalid-value');
  });
});

describe('restriction of risks and actions', () => {
  it('restricts a risk about a restricted entry, and the actions it gives', async () => {
    const { isRestricted } = await import('../../lib/derive.js');
    const r = check({
      'system/s.yaml': system('S', { confidentiality: 1 }, 'protectedIdentities: true\n'),
      'system/t.yaml': system('T', { confidentiality: 1 }),
      'risk/s.yaml': risk(scenario('r1', 1, 1)),
      'risk/t.yaml': risk(scenario('r1', 1, 1), '', 'system: t'),
      'plan/a.yaml': action('kind: risk\nref: s\nitem: r1'),
      'plan/b.yaml': action('kind: risk\nref: t\nitem: r1'),
    });
    const e = r.registry.entities;
    expect(isRestricted(r.registry, e.risk.get('s') as never)).toBe(true);
    expect(isRestricted(r.registry, e.plan.get('a') as never)).toBe(true);
    expect(isRestricted(r.registry, e.risk.get('t') as never)).toBe(false);
    expect(isRestricted(r.registry, e.plan.get('b') as never)).toBe(false);
  });
});
