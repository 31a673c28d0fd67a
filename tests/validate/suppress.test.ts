import { describe, expect, it } from 'vitest';
import { asset, at, check, expectAt, ofRule, single } from './fixtures.js';

const REASON = 'Klassas i samband med upphandlingen våren 2027.';
const suppress = (...rules: string[]) =>
  `suppress:\n${rules.map((r) => `  - rule: ${r}\n    reason: ${REASON}\n`).join('')}`;

describe('suppress', () => {
  it('silences a warning on that one entity only', () => {
    const r = check({
      'asset/a.yaml': asset('A', suppress('asset-unclassified')),
      'asset/b.yaml': asset('B'),
    });
    expect(r.findings.map((f) => `${f.entity} ${f.rule}`)).toEqual(['asset/b asset-unclassified']);
    expect(r.warnings).toBe(1);
  });

  it('cannot silence an error: suppress-error, and the error stays', () => {
    const text = asset('A', suppress('asset-unclassified', 'dangling-reference')).replace(
      'board: son\n',
      'board: sn\n',
    );
    const r = check({ 'asset/a.yaml': text });
    const f = single(r, 'suppress-error');
    expectAt(f, 'asset/a.yaml', at(text, 'rule: dangling-reference', 'dangling-reference'));
    expect(f).toMatchObject({ severity: 'error', entity: 'asset/a' });
    expect(f.message).toBe('Regeln "dangling-reference" ger fel, och fel kan inte tystas.');
    expect(ofRule(r, 'dangling-reference')).toHaveLength(1);
  });

  it('names an unknown rule with a did-you-mean', () => {
    const text = asset('A', suppress('asset-unclasified', 'no-such-rule-at-all'));
    const r = check({ 'asset/a.yaml': text });
    const [typo, unknown] = ofRule(r, 'suppress-unknown-rule');
    expectAt(typo, 'asset/a.yaml', at(text, 'asset-unclasified'));
    expect(typo?.message).toBe('Det finns ingen regel "asset-unclasified". Menade du "asset-unclassified"?');
    expect(typo?.hint).toContain('lisa rules');
    expect(unknown?.message).toBe('Det finns ingen regel "no-such-rule-at-all".');
    // The misspelt suppression silences nothing.
    expect(ofRule(r, 'asset-unclassified')).toHaveLength(1);
  });

  it('reports a suppression that silences nothing as suppress-unused, at its rule', () => {
    const text = asset('A', suppress('asset-unclassified', 'dpia-missing'));
    const f = single(check({ 'asset/a.yaml': text }), 'suppress-unused');
    expectAt(f, 'asset/a.yaml', at(text, 'dpia-missing'));
    expect(f).toMatchObject({ severity: 'warning', entity: 'asset/a' });
    expect(f.message).toBe(
      'Regeln "dpia-missing" ger ingen varning för den här posten; undantaget behövs inte.',
    );
  });

  it('requires a reason of some substance', () => {
    const missing = check({ 'asset/a.yaml': asset('A', 'suppress:\n  - rule: asset-unclassified\n') });
    expect(single(missing, 'missing-field').message).toBe('Fältet "reason" saknas.');
    const short = check({
      'asset/a.yaml': asset('A', 'suppress:\n  - rule: asset-unclassified\n    reason: för att\n'),
    });
    const f = single(short, 'invalid-value');
    expect(f.message).toBe('"suppress[0].reason": texten är för kort (minst 10 tecken).');
  });
});
