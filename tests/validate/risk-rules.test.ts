import { describe, expect, it } from 'vitest';
import { asset, at, check, classification, expectAt, ORG, ofRule, single, system } from './fixtures.js';
import { action, risk, scenario } from './risk-fixtures.js';

// TODAY is 2026-11-23. The default risk model: 1–4 × 1–4, level = likelihood × consequence, acceptance 4.

const S = system('S', { confidentiality: 1 });

describe('risk-untreated', () => {
  it('warns on a risk above acceptance with no treatment, in the registry language', () => {
    const text = risk(scenario('r1', 3, 2) + scenario('r2', 2, 2));
    const f = single(check({ 'system/s.yaml': S, 'risk/s.yaml': text }), 'risk-untreated');
    expectAt(f, 'risk/s.yaml', at(text, '- id: r1', 'r1'));
    expect(f.message).toBe(
      'Risken "Obehörig läser akter." har nivå 6, över acceptansnivån 4, men ingen hantering.',
    );
    const nb = check({
      'lisa.yaml': ORG.replace('locale: sv', 'locale: nb'),
      'system/s.yaml': S,
      'risk/s.yaml': text,
    });
    expect(single(nb, 'risk-untreated').message).toContain('over akseptansnivået 4');
  });

  it('follows a configured matrix and acceptance level', () => {
    const org = `${ORG}risk:\n  matrix: [[1, 1, 2, 2], [1, 2, 2, 3], [2, 2, 3, 3], [2, 3, 3, 3]]\n  acceptance: 2\n`;
    const r = check({
      'lisa.yaml': org,
      'system/s.yaml': S,
      'risk/s.yaml': risk(scenario('r1', 3, 2) + scenario('r2', 4, 4)),
    });
    expect(ofRule(r, 'risk-untreated').map((f) => f.message)).toEqual([
      expect.stringContaining('har nivå 3, över acceptansnivån 2'),
    ]);
  });
});

describe('risk-rating-off-scale and risk-level-mismatch', () => {
  it('flags a rating off the scale and a stated level the matrix does not give', () => {
    const text = risk(scenario('r1', 5, 2) + scenario('r2', 2, 3, 'level: 5'));
    const r = check({ 'system/s.yaml': S, 'risk/s.yaml': text });
    expect(single(r, 'risk-rating-off-scale').message).toBe(
      'Nivån 5 finns inte på skalan för sannolikhet (1, 2, 3, 4).',
    );
    const m = single(r, 'risk-level-mismatch');
    expect(m.message).toContain('anger nivå 5, men riskmatrisen ger 6');
    expectAt(m, 'risk/s.yaml', at(text, 'level: 5', '5'));
  });
});

describe('risk-accepted-without-authority', () => {
  const org = `${ORG}risk:\n  mayAccept:\n    - { role: socialchef, upTo: 4 }\n    - { role: it-chef, upTo: 9 }\n`;
  it('warns when the accepting role may not accept that level, naming who may', () => {
    const text = risk(
      scenario('r1', 3, 2, 'treatment: accept\nacceptedBy: socialchef\nacceptedOn: 2026-03-01'),
    );
    const f = single(
      check({ 'lisa.yaml': org, 'system/s.yaml': S, 'risk/s.yaml': text }),
      'risk-accepted-without-authority',
    );
    expect(f.message).toContain('(nivå 6) är accepterad av socialchef, som får acceptera upp till 4');
    expect(f.hint).toContain('it-chef');
  });
  it('uses the residual level once assessed, and is silent without mayAccept', () => {
    const text = risk(
      scenario(
        'r1',
        3,
        2,
        'treatment: accept\nacceptedBy: socialchef\nacceptedOn: 2026-03-01\nresidual: { likelihood: 2, consequence: 2 }',
      ),
    );
    expect(
      ofRule(
        check({ 'lisa.yaml': org, 'system/s.yaml': S, 'risk/s.yaml': text }),
        'risk-accepted-without-authority',
      ),
    ).toEqual([]);
    const high = risk(
      scenario('r1', 4, 4, 'treatment: accept\nacceptedBy: socialchef\nacceptedOn: 2026-03-01'),
    );
    expect(
      ofRule(check({ 'system/s.yaml': S, 'risk/s.yaml': high }), 'risk-accepted-without-authority'),
    ).toEqual([]);
  });
});

describe('risk-residual-not-reassessed', () => {
  const done = action('kind: risk\nref: s\nitem: r1', 'done: 2026-09-01\n', 'done');
  it('warns when every action is done and no residual was assessed since', () => {
    const text = risk(scenario('r1', 3, 3, 'treatment: reduce\nactions: [logg]'));
    const f = single(
      check({ 'system/s.yaml': S, 'risk/s.yaml': text, 'plan/logg.yaml': done }),
      'risk-residual-not-reassessed',
    );
    expect(f.message).toContain('är klara (senast 2026-09-01)');
    const old = risk(
      scenario(
        'r1',
        3,
        3,
        'treatment: reduce\nactions: [logg]\nresidual: { likelihood: 1, consequence: 3, assessed: 2026-03-01 }',
      ),
    );
    expect(
      ofRule(
        check({ 'system/s.yaml': S, 'risk/s.yaml': old, 'plan/logg.yaml': done }),
        'risk-residual-not-reassessed',
      ),
    ).toHaveLength(1);
  });
  it('is silent once re-assessed, or while an action is open', () => {
    const fresh = risk(
      scenario(
        'r1',
        3,
        3,
        'treatment: reduce\nactions: [logg]\nresidual: { likelihood: 1, consequence: 3, assessed: 2026-09-02 }',
      ),
    );
    expect(
      ofRule(
        check({ 'system/s.yaml': S, 'risk/s.yaml': fresh, 'plan/logg.yaml': done }),
        'risk-residual-not-reassessed',
      ),
    ).toEqual([]);
    const open = risk(scenario('r1', 3, 3, 'treatment: reduce\nactions: [logg]'));
    const planned = action('kind: risk\nref: s\nitem: r1');
    expect(
      ofRule(
        check({ 'system/s.yaml': S, 'risk/s.yaml': open, 'plan/logg.yaml': planned }),
        'risk-residual-not-reassessed',
      ),
    ).toEqual([]);
  });
});

describe('risk-review-overdue', () => {
  it('warns the day after nextReview, not on it', () => {
    const late = risk(scenario('r1', 1, 1)).replace('nextReview: 2027-03-01', 'nextReview: 2026-11-22');
    const f = single(check({ 'system/s.yaml': S, 'risk/s.yaml': late }), 'risk-review-overdue');
    expect(f.message).toBe('"Riskanalys S" skulle ha setts över senast 2026-11-22.');
    const today = late.replace('2026-11-22', '2026-11-23');
    expect(ofRule(check({ 'system/s.yaml': S, 'risk/s.yaml': today }), 'risk-review-overdue')).toEqual([]);
  });
});

describe('plan-action-overdue', () => {
  it('reads periods as their last day', () => {
    const r = check({
      'plan/a.yaml': action('kind: incident\nref: i1', '', 'planned', '2026-Q3'),
      'plan/b.yaml': action('kind: incident\nref: i1', '', 'in-progress', 'hösten 2026'),
      'plan/c.yaml': action('kind: incident\nref: i1', '', 'planned', '2025'),
      'plan/d.yaml': action('kind: incident\nref: i1', 'done: 2025-01-01\n', 'done', '2024'),
    });
    expect(ofRule(r, 'plan-action-overdue').map((f) => [f.file, f.message])).toEqual([
      [
        'registry/plan/a.yaml',
        'Åtgärden "Inför logguppföljning" skulle vara klar 2026-Q3 men har status planned.',
      ],
      [
        'registry/plan/c.yaml',
        'Åtgärden "Inför logguppföljning" skulle vara klar 2025 men har status planned.',
      ],
    ]);
  });
});

describe('plan-source-missing', () => {
  it('flags a source or source item that does not exist', () => {
    const text = action('kind: risk\nref: s\nitem: r9');
    const r = check({
      'system/s.yaml': S,
      'risk/s.yaml': risk(scenario('r1', 1, 1)),
      'plan/a.yaml': text,
      'plan/b.yaml': action('kind: review\nref: lg-2020'),
      'plan/c.yaml': action('kind: classification\nref: s'),
    });
    const found = ofRule(r, 'plan-source-missing');
    expect(found.map((f) => f.message)).toEqual([
      'Åtgärden "Inför logguppföljning" kommer från riskanalysen "s/r9", som inte finns.',
      'Åtgärden "Inför logguppföljning" kommer från ledningens genomgång "lg-2020", som inte finns.',
    ]);
    expectAt(found[0], 'plan/a.yaml', at(text, 'item: r9', 'r9'));
  });
});

describe('protection-gap-unplanned', () => {
  const files = {
    'system/s.yaml': system('S', { confidentiality: 1 }),
    'asset/a.yaml': asset('A', 'systems: [s]\n'),
    'classification/a.yaml': classification('a', '2026-01-10', { confidentiality: 3 }),
    'plan/annan.yaml': action('kind: incident\nref: i1'),
  };
  it('warns on a gap with no open action, beside the gap itself', () => {
    const r = check(files);
    expect(ofRule(r, 'protection-below-classification')).toHaveLength(1);
    expect(single(r, 'protection-gap-unplanned').message).toBe(
      'S har lägre skydd än klassningen kräver, och handlingsplanen har ingen öppen åtgärd för det.',
    );
    const { 'plan/annan.yaml': _, ...withoutPlan } = files;
    expect(ofRule(check(withoutPlan), 'protection-gap-unplanned')).toEqual([]);
    const cancelled = check({
      ...files,
      'plan/k.yaml': action('kind: classification\nref: s', '', 'cancelled'),
    });
    expect(ofRule(cancelled, 'protection-gap-unplanned')).toHaveLength(1);
  });
  it('is silent once the plan has an open action for the system', () => {
    const r = check({ ...files, 'plan/k.yaml': action('kind: classification\nref: s') });
    expect(ofRule(r, 'protection-gap-unplanned')).toEqual([]);
  });
});

describe('top-classification-without-analysis', () => {
  it('asks for an analysis of information at the top confidentiality level', () => {
    const files = {
      'asset/a.yaml': asset('Skyddade', 'restricted: true\n'),
      'classification/a.yaml': classification(
        'a',
        '2026-01-10',
        { confidentiality: 4 },
        'restricted: true\n',
      ),
      'system/s.yaml': S,
      'risk/s.yaml': risk(scenario('r1', 1, 1)),
    };
    expect(single(check(files), 'top-classification-without-analysis').message).toContain(
      '"Skyddade" är klassad på högsta konfidentialitetsnivån (4)',
    );
    const { 'risk/s.yaml': _, ...none } = files;
    expect(ofRule(check(none), 'top-classification-without-analysis')).toEqual([]);
    const analysed = check({
      ...files,
      'risk/a.yaml': risk(scenario('r1', 1, 1), 'restricted: true\n', 'asset: a'),
    });
    expect(ofRule(analysed, 'top-classification-without-analysis')).toEqual([]);
  });
});
