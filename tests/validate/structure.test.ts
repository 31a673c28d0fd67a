import { describe, expect, it } from 'vitest';
import { validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { asset, check, ORG, ofRule, single, system, TODAY, told } from './fixtures.js';

describe('duplicate-id', () => {
  it('flags a second file with the same id in a subfolder, pointing at the first', () => {
    const r = check({ 'system/a.yaml': system('A', {}), 'system/sub/a.yaml': system('A igen', {}) });
    const f = single(r, 'duplicate-id');
    expect(f).toMatchObject({ file: 'registry/system/sub/a.yaml', line: 1, column: 1, severity: 'error' });
    expect(f.message).toBe('Id "a" finns redan i registry/system/a.yaml; varje post behöver ett eget id.');
    expect(f.hint).toContain('Byt namn');
  });

  it('treats .yml and .yaml of the same name as the same id', () => {
    const r = check({ 'asset/a.yml': asset('A'), 'asset/a.yaml': asset('A') });
    expect(single(r, 'duplicate-id').file).toBe('registry/asset/a.yml');
  });

  it('does not flag the same id in two different registers', () => {
    const r = check({ 'system/journal.yaml': system('Journal', {}), 'asset/journal.yaml': asset('Journal') });
    expect(ofRule(r, 'duplicate-id')).toEqual([]);
  });
});

describe('invalid-file-name', () => {
  it('flags Swedish letters, spaces and capitals and suggests an id', () => {
    const r = check({ 'asset/Elevhälsans Journaler.yaml': asset('Elevhälsans journaler') });
    const f = single(r, 'invalid-file-name');
    expect(f).toMatchObject({
      file: 'registry/asset/Elevhälsans Journaler.yaml',
      line: 1,
      column: 1,
      severity: 'error',
    });
    expect(f.message).toBe('Filnamnet "Elevhälsans Journaler" kan inte användas som id.');
    expect(f.hint).toContain('elevhalsans-journaler.yaml');
  });

  it('suggests ö → o and strips punctuation', () => {
    const r = check({ 'system/Lönesystem (nytt).yaml': system('Lön', {}) });
    expect(single(r, 'invalid-file-name').hint).toContain('t.ex. lonesystem-nytt.yaml');
  });

  it('accepts lower-case letters, digits and hyphens', () => {
    const r = check({ 'system/hr-2024.yaml': system('HR', {}) });
    expect(ofRule(r, 'invalid-file-name')).toEqual([]);
  });
});

describe('unknown-file', () => {
  it('warns about YAML outside the register folders, wherever it lies', () => {
    const r = check({ 'anteckningar.yaml': 'a: 1\n', 'systems/x.yaml': 'a: 1\n' });
    const found = ofRule(r, 'unknown-file');
    expect(found.map((f) => f.file).sort()).toEqual([
      'registry/anteckningar.yaml',
      'registry/systems/x.yaml',
    ]);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(found[0]?.hint).toContain('system/');
    expect(r.errors).toBe(0);
  });

  it('ignores files that are not YAML, and lisa.yml is the organisation', () => {
    const r = validateSources('registry', sources({ 'README.md': '# x', 'lisa.yml': ORG }), { today: TODAY });
    expect(r.findings).toEqual([]);
  });
});

describe('missing-organisation', () => {
  it('is an error at registry/lisa.yaml when there is none', () => {
    const r = told(
      validateSources('registry/', sources({ 'system/a.yaml': system('A', {}) }), { today: TODAY }),
    );
    const f = single(r, 'missing-organisation');
    expect(f).toMatchObject({ file: 'registry/lisa.yaml', line: 1, column: 1, severity: 'error' });
    expect(f.message).toContain('saknar lisa.yaml');
    // Boards and roles cannot be checked without it, and are not reported one by one.
    expect(ofRule(r, 'dangling-reference')).toEqual([]);
  });

  it('is not silenced by an entry that happens to be called lisa', () => {
    const r = told(
      validateSources('registry', sources({ 'system/lisa.yaml': system('Lisa', {}) }), { today: TODAY }),
    );
    expect(single(r, 'missing-organisation').file).toBe('registry/lisa.yaml');
    expect(r.errors).toBeGreaterThan(0);
  });

  it('is silent when lisa.yaml is present, even if it is broken', () => {
    const r = check({ 'lisa.yaml': 'name: [\n' });
    expect(ofRule(r, 'missing-organisation')).toEqual([]);
    expect(single(r, 'yaml-syntax').file).toBe('registry/lisa.yaml');
  });

  it('a clean minimal registry has no findings at all', () => {
    expect(check({}).findings).toEqual([]);
  });
});

describe('duplicate-entry-id', () => {
  const audit = (actionB: string) => `title: Granskning
reportDate: 2026-03-01
boards: [ks]
status: in-progress
recommendations:
  - id: r1
    board: ks
    text: Fastställ styrdokument
    plannedActions:
      - {id: a1, text: Ta fram policy, owner: sakerhetssamordnare, due: 2027-03-01, status: planned}
  - id: r1
    board: ks
    text: Utbilda
    plannedActions:
      - {id: ${actionB}, text: Utbilda chefer, owner: sakerhetssamordnare, due: 2027-03-01, status: planned}
`;

  it('fires for a recommendation id and an action id used twice in one audit', () => {
    const r = check({ 'audit/a.yaml': audit('a1') });
    const found = ofRule(r, 'duplicate-entry-id');
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [11, 'Id "r1" används redan av en annan rekommendation i samma fil.'],
      [15, 'Id "a1" används redan av en annan åtgärd i samma fil.'],
    ]);
  });

  it('is silent when every id is its own', () => {
    const r = check({
      'audit/a.yaml': audit('a2').replace(/- id: r1\n(\s+board: ks\n\s+text: Utbilda)/, '- id: r2\n$1'),
    });
    expect(ofRule(r, 'duplicate-entry-id')).toEqual([]);
  });

  it('fires for a board listed twice in lisa.yaml', () => {
    const org = ORG.replace('  - id: son\n', '  - id: ks\n');
    const r = told(validateSources('registry', sources({ 'lisa.yaml': org }), { today: TODAY }));
    expect(ofRule(r, 'duplicate-entry-id').map((f) => f.file)).toEqual(['registry/lisa.yaml']);
  });
});
