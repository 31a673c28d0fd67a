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
