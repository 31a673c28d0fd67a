import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_NODES, MAX_SEPARATORS } from '../../lib/limits.js';
import { check, ofRule, single, system } from './fixtures.js';

// A pathological file fails fast with one finding, before the expensive work (the position-keeping parse,
// the schema check over every item). How fast is measured in `npm run bench`, not here.

const SYSTEM = system('Arx', { confidentiality: 1 });

describe('bounds on one file', () => {
  it('a huge flow sequence is refused from its text, at the line where the bound is passed', () => {
    const text = `${SYSTEM}aliases: [${Array(MAX_SEPARATORS + 10)
      .fill('a')
      .join(', ')}]\n`;
    const r = check({ 'system/arx.yaml': text });
    const f = single(r, 'file-too-complex');
    expect(f.line).toBe(SYSTEM.split('\n').length);
    expect(f.message).toBe(
      'Filen har fler än 10\u00a0000 värden (nycklar, värden och listrader); lisa läser den inte vidare.',
    );
    // Nothing else is said about the file: its content was not used.
    expect(r.findings.map((x) => x.rule)).toEqual(['file-too-complex']);
  });

  it('many values with few separators are refused after the fast parse', () => {
    const text = `${SYSTEM}aliases:\n${Array(MAX_NODES + 5)
      .fill(0)
      .map((_, i) => `  - a${i}`)
      .join('\n')}\n`;
    expect(single(check({ 'system/arx.yaml': text }), 'file-too-complex').line).toBe(1);
  });

  it('deep flow nesting is refused from its text; deep block nesting after the parse', () => {
    // Deep enough to exhaust a recursive parser's stack; a short file nested a little too deep is harmless.
    const flow = `${SYSTEM}supplier: ${'['.repeat(12_000)}${']'.repeat(12_000)}\n`;
    expect(single(check({ 'system/arx.yaml': flow }), 'file-too-complex').message).toContain(
      `nästlad djupare än ${MAX_DEPTH} nivåer`,
    );
    let block = SYSTEM;
    for (let d = 0; d <= MAX_DEPTH; d++) block += `${'  '.repeat(d)}n${d}:\n`;
    block += `${'  '.repeat(MAX_DEPTH + 1)}x: 1\n`;
    expect(single(check({ 'system/arx.yaml': block }), 'file-too-complex').message).toContain('nästlad');
  });

  it('also with anchors, read by the careful parser', () => {
    const text = `${SYSTEM}x: &a 1\naliases: [${Array(MAX_NODES + 5)
      .fill('*a')
      .join(', ')}]\n`;
    // More aliases than allowed is an alias bomb first; a file within the alias count but over the node
    // count is too complex. Either way: one finding, no hang.
    const rules = check({ 'system/arx.yaml': text }).findings.map((f) => f.rule);
    expect(rules).toHaveLength(1);
    expect(['yaml-aliases', 'file-too-complex']).toContain(rules[0]);
  });

  it('an identity number in a refused file is still found', () => {
    const text = `# 121212-1212\n${SYSTEM}aliases: [${Array(MAX_SEPARATORS + 10)
      .fill('a')
      .join(', ')}]\n`;
    expect(ofRule(check({ 'system/arx.yaml': text }), 'identity-number')).toHaveLength(1);
  });

  it('a large but ordinary register file is read as usual', () => {
    const text = `${SYSTEM}aliases:\n${Array(2000)
      .fill(0)
      .map((_, i) => `  - alias-${i}`)
      .join('\n')}\n`;
    expect(ofRule(check({ 'system/arx.yaml': text }), 'file-too-complex')).toEqual([]);
  });
});
