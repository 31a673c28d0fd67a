import { describe, expect, it } from 'vitest';
import { findingsDelta } from '../../lib/diff.js';
import { validateSources } from '../../lib/validate.js';
import { BASE, patch } from '../action/fixture.js';
import { sources } from '../helpers/sources.js';

const TODAY = '2026-11-23';
const findings = (files: Record<string, string>) =>
  validateSources('registry', sources(files), { today: TODAY }).findings;

describe('findings matched across a change', () => {
  it('a renamed entry keeps its findings: not fixed and new, though the message names it anew', () => {
    const base = patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1');
    const head = patch('system/prorenata.yaml', 'name: ProReNata', 'name: ProReNata Skola', base);
    const before = findings(base);
    const after = findings(head);
    expect(before.some((f) => f.rule === 'protection-below-classification')).toBe(true);
    expect(after.map((f) => f.message)).not.toEqual(before.map((f) => f.message));
    expect(findingsDelta(before, after)).toEqual({ added: [], fixed: [] });
  });

  it('a finding on another entry is new, and the one put right is fixed', () => {
    const base = patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1');
    const delta = findingsDelta(findings(base), findings(BASE));
    expect(delta.fixed.map((f) => f.rule)).toEqual(['protection-below-classification']);
    expect(delta.added).toEqual([]);
  });
});
