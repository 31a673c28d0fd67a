import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../lib/suggest.js';
import { check, system } from './fixtures.js';

describe('did you mean', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(distance('slakc', 'slack')).toBe(1);
    expect(closest('ulr', ['url', 'title'])).toBe('url');
    expect(closest('hostnig', ['hosting', 'hostingCountry'])).toBe('hosting');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closest('zzz', ['name', 'board'])).toBeUndefined();
  });
});

describe('wrong-type hints', () => {
  it('tells to quote a text that YAML read as a mapping because of an unquoted comma', () => {
    const text = system('Procapita', { confidentiality: 2 }).replace(
      /^name: .*$/m,
      'name: { sv: Procapita, socialtjänst }',
    );
    const f = check({ 'system/p.yaml': text }).findings.find((x) => x.rule === 'wrong-type');
    expect(f?.hint).toContain('Sätt citattecken');
  });

  it('shows how to write a list when one value was given', () => {
    const text = `${system('Procapita', { confidentiality: 2 })}aliases: VoO\n`;
    const f = check({ 'system/p.yaml': text }).findings.find((x) => x.rule === 'wrong-type');
    expect(f?.message).toContain('"aliases" ska vara en lista');
    expect(f?.hint).toContain('- första');
  });
});
