import { describe, expect, it } from 'vitest';
import { asset, at, check, classification, DECIDED, doc, expectAt, ORG, ofRule, single } from './fixtures.js';

// TODAY is 2026-11-23: a deadline of 2026-11-22 has passed, one of 2026-11-23 has not.

describe('classification-review-overdue', () => {
  it('warns at nextReview when it has passed', () => {
    const text = classification('a', '2026-01-10', { confidentiality: 1 }, 'nextReview: 2026-11-22\n');
    const f = single(
      check({ 'asset/a.yaml': asset('Journaler'), 'classification/a.yaml': text }),
      'classification-review-overdue',
    );
    expectAt(f, 'classification/a.yaml', at(text, 'nextReview: 2026-11-22', '2026-11-22'));
    expect(f).toMatchObject({ severity: 'warning', entity: 'classification/a' });
    expect(f.message).toBe('Klassningen av "Journaler" skulle ha setts över senast 2026-11-22.');
    expect(f.hint).toContain('nextReview');
  });

  it('is silent on the review day itself, and nextReview wins over the date', () => {
    const r = check({
      'asset/a.yaml': asset('A'),
      'asset/b.yaml': asset('B'),
      'classification/a.yaml': classification(
        'a',
        '2026-01-10',
        { confidentiality: 1 },
        'nextReview: 2026-11-23\n',
      ),
      'classification/b.yaml': classification(
        'b',
        '2019-01-10',
        { confidentiality: 1 },
        'nextReview: 2027-01-01\n',
      ),
    });
    expect(r.findings).toEqual([]);
  });

  it('falls back to the date plus twelve months, pointing at the date', () => {
    const text = classification('a', '2025-11-22', { confidentiality: 1 });
    const r = check({
      'asset/a.yaml': asset('A'),
      'classification/a.yaml': text,
      'asset/b.yaml': asset('B'),
      'classification/b.yaml': classification('b', '2025-11-23', { confidentiality: 1 }),
    });
    const f = single(r, 'classification-review-overdue');
    expectAt(f, 'classification/a.yaml', at(text, 'date: 2025-11-22', '2025-11-22'));
    expect(f.message).toContain('senast 2026-11-22');
  });

  it('uses reviewMonths from lisa.yaml', () => {
    const org = `${ORG}reviewMonths:\n  classification: 6\n`;
    const r = check({
      'lisa.yaml': org,
      'asset/a.yaml': asset('A'),
      'classification/a.yaml': classification('a', '2026-05-22', { confidentiality: 1 }),
      'asset/b.yaml': asset('B'),
      'classification/b.yaml': classification('b', '2026-05-23', { confidentiality: 1 }),
    });
    expect(single(r, 'classification-review-overdue').message).toBe(
      'Klassningen av "A" skulle ha setts över senast 2026-11-22.',
    );
  });

  it('still warns when reviewMonths in lisa.yaml is not a number (falls back to twelve months)', () => {
    const org = `${ORG}reviewMonths:\n  classification: tolv\n`;
    const r = check({
      'lisa.yaml': org,
      'asset/a.yaml': asset('A'),
      'classification/a.yaml': classification('a', '2020-01-10', { confidentiality: 1 }),
    });
    expect(single(r, 'wrong-type').file).toBe('registry/lisa.yaml');
    expect(single(r, 'classification-review-overdue').message).toContain('senast 2021-01-10');
  });

  it('judges only the classification in force, not superseded ones', () => {
    const r = check({
      'asset/a.yaml': asset('A'),
      'classification/a-2019.yaml': classification('a', '2019-01-10', { confidentiality: 1 }),
      'classification/a-2026.yaml': classification('a', '2026-01-10', { confidentiality: 1 }),
    });
    expect(ofRule(r, 'classification-review-overdue')).toEqual([]);
  });
});

describe('document-review-overdue', () => {
  it('warns at nextReview of a decided document that has passed', () => {
    const text = doc(
      'Informationssäkerhetspolicy',
      `${DECIDED}nextReview: 2026-11-22\ncommunicated: 2025-04-01\n`,
    );
    const f = single(check({ 'document/policy.yaml': text }), 'document-review-overdue');
    expectAt(f, 'document/policy.yaml', at(text, 'nextReview: 2026-11-22', '2026-11-22'));
    expect(f).toMatchObject({ severity: 'warning', entity: 'document/policy' });
    expect(f.message).toBe('"Informationssäkerhetspolicy" skulle ha setts över senast 2026-11-22.');
  });

  it('is silent on the day, for drafts and for repealed documents', () => {
    const r = check({
      'document/a.yaml': doc('A', `${DECIDED}nextReview: 2026-11-23\ncommunicated: 2025-04-01\n`),
      'document/b.yaml': doc('B', 'status: draft\nnextReview: 2020-01-01\n'),
      'document/c.yaml': doc('C', 'status: repealed\nnextReview: 2020-01-01\n'),
    });
    expect(r.findings).toEqual([]);
  });
});

describe('document-not-communicated', () => {
  it('warns at the status of a decided document never communicated', () => {
    const text = doc('Riktlinje för lösenord', `${DECIDED}nextReview: 2027-03-10\n`);
    const f = single(check({ 'document/losenord.yaml': text }), 'document-not-communicated');
    expectAt(f, 'document/losenord.yaml', at(text, 'status: decided', 'decided'));
    expect(f.severity).toBe('warning');
    expect(f.message).toBe(
      '"Riktlinje för lösenord" beslutades 2025-03-10 men har inte kommunicerats till medarbetarna sedan dess.',
    );
    expect(f.hint).toContain('communicated');
  });

  it('warns at communicated when it was before the latest decision, not on the decision day', () => {
    const text = doc('Policy', `${DECIDED}nextReview: 2027-03-10\ncommunicated: 2025-03-09\n`);
    const f = single(check({ 'document/policy.yaml': text }), 'document-not-communicated');
    expectAt(f, 'document/policy.yaml', at(text, 'communicated: 2025-03-09', '2025-03-09'));
    const sameDay = doc('Policy', `${DECIDED}nextReview: 2027-03-10\ncommunicated: 2025-03-10\n`);
    expect(check({ 'document/policy.yaml': sameDay }).findings).toEqual([]);
  });

  it('does not apply to drafts', () => {
    expect(check({ 'document/a.yaml': doc('A', 'status: draft\n') }).findings).toEqual([]);
  });
});

const audit = (
  status: string,
  answerDue: string,
  actions: string,
  extra = '',
) => `title: Granskning av informationssäkerhet
firm: KPMG
reportDate: 2026-03-01
boards: [ks]
answerDue: ${answerDue}
status: ${status}
recommendations:
  - id: r1
    board: ks
    text: Säkerställ att styrdokumenten hålls aktuella.
    plannedActions:
${actions}${extra}`;
const action = (id: string, due: string, status: string, text = `Åtgärd ${id}`) =>
  `      - id: ${id}\n        text: ${text}\n        owner: sakerhetssamordnare\n        due: ${due}\n        status: ${status}\n`;

describe('action-overdue', () => {
  it('warns at the due date of each planned action past due and not done', () => {
    const text = audit(
      'in-progress',
      '2027-01-01',
      action('a1', '2026-11-22', 'planned') +
        action('a2', '2026-06-01', 'in-progress') +
        action('a3', '2026-11-23', 'planned'),
    );
    const r = check({ 'audit/granskning-2026.yaml': text });
    const found = ofRule(r, 'action-overdue');
    expect(found.map((f) => [f.line, f.column])).toEqual([
      [at(text, 'due: 2026-11-22', '2026-11-22').line, 14],
      [at(text, 'due: 2026-06-01', '2026-06-01').line, 14],
    ]);
    expect(found[0]?.message).toBe(
      'Åtgärden "Åtgärd a1" skulle vara klar 2026-11-22 men har status planned.',
    );
    expect(found[1]).toMatchObject({ severity: 'warning', entity: 'audit/granskning-2026' });
  });

  it('shortens a long action text in the message', () => {
    const long = `Ta fram ${'en mycket utförlig rutin '.repeat(6)}`.trim();
    const f = single(
      check({
        'audit/a.yaml': audit('in-progress', '2027-01-01', action('a1', '2026-01-01', 'planned', long)),
      }),
      'action-overdue',
    );
    expect(f.message).toMatch(/"Ta fram en mycket [^"]{50,}\S…" skulle/);
    expect(f.message.length).toBeLessThan(long.length + 60);
  });

  it('does not flag done or cancelled actions', () => {
    const text = audit(
      'in-progress',
      '2027-01-01',
      action('a1', '2025-01-01', 'done') + action('a2', '2025-01-01', 'cancelled'),
    );
    expect(check({ 'audit/a.yaml': text }).findings).toEqual([]);
  });
});

describe('audit-answer-overdue', () => {
  it('warns at answerDue when the answer is late and not given', () => {
    const text = audit('received', '2026-11-22', action('a1', '2027-06-01', 'planned'));
    const f = single(check({ 'audit/a.yaml': text }), 'audit-answer-overdue');
    expectAt(f, 'audit/a.yaml', at(text, 'answerDue: 2026-11-22', '2026-11-22'));
    expect(f.message).toBe(
      'Svaret på "Granskning av informationssäkerhet" skulle ha lämnats senast 2026-11-22.',
    );
  });

  it('is silent once answered, and on the day', () => {
    const answered = audit(
      'answered',
      '2026-01-01',
      action('a1', '2027-06-01', 'planned'),
      'decisions:\n  - proposal: Kommunstyrelsen antar svaret.\n    board: ks\n    date: 2026-01-20\n',
    );
    expect(check({ 'audit/a.yaml': answered }).findings).toEqual([]);
    expect(
      check({ 'audit/a.yaml': audit('in-progress', '2026-11-23', action('a1', '2027-06-01', 'planned')) })
        .findings,
    ).toEqual([]);
  });
});
