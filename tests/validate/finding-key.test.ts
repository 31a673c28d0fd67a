import { describe, expect, it } from 'vitest';
import { findingsDelta } from '../../lib/diff.js';
import { describeFinding, type Finding, findingKey } from '../../lib/finding.js';
import { asset, check, system } from './fixtures.js';

// Findings are data; what a finding *is* (findingKey: rule, entity, message, parameters other than names)
// does not depend on the language it is told in, on where in the file it stands, or on the entry's name.
// The PR comment compares base and head by it.

const untold = (files: Record<string, string>, locale?: 'sv' | 'nb' | 'en') =>
  check(files, locale ? { locale } : {}).findings.map(({ message: _m, hint: _h, ...f }): Finding => f);

describe('findingKey', () => {
  it('matches a renamed entry’s finding, though its text changed and it moved down the file', () => {
    const base = untold({ 'asset/journaler.yaml': asset('Journaler') });
    const head = untold({ 'asset/journaler.yaml': `# omdöpt\n\n${asset('Journaler inom IFO')}` });
    expect(base.map((f) => f.rule)).toEqual(['asset-unclassified']);
    const [b, h] = [base[0] as Finding, head[0] as Finding];
    expect(describeFinding(h, 'sv').message).not.toBe(describeFinding(b, 'sv').message);
    expect(h.line).not.toBe(b.line);
    expect(findingKey(h)).toBe(findingKey(b));
    expect(findingsDelta(base, head)).toEqual({ added: [], fixed: [] });
  });

  it('is the same in every language: a registry validated once is compared whatever the reader reads', () => {
    const files = { 'system/arx.yaml': system('Arx', {}, 'ownr: x\n') };
    const sv = untold(files, 'sv');
    const en = untold(files, 'en');
    expect(sv.length).toBeGreaterThan(0);
    expect(en.map(findingKey)).toEqual(sv.map(findingKey));
    expect(describeFinding(en[0] as Finding, 'en').message).toBe(
      'Unknown field "ownr". Did you mean "owner"?',
    );
  });

  it('tells a different problem of the same rule on the same entry apart: one fixed, one new', () => {
    const base = untold({ 'system/arx.yaml': system('Arx', {}).replace('board: son', 'board: socn') });
    const head = untold({ 'system/arx.yaml': system('Arx', {}).replace('board: son', 'board: sox') });
    const delta = findingsDelta(base, head);
    expect(delta.added.map((f) => [f.rule, f.data.id])).toEqual([['dangling-reference', 'sox']]);
    expect(delta.fixed.map((f) => [f.rule, f.data.id])).toEqual([['dangling-reference', 'socn']]);
  });

  it('counts twice the same finding twice', () => {
    const one = untold({ 'asset/a.yaml': asset('A') });
    const f = one[0] as Finding;
    expect(findingsDelta([f], [f, { ...f, line: f.line + 5 }]).added).toHaveLength(1);
  });
});
