import { describe, expect, it } from 'vitest';
import { asset, at, check, ofRule, single, system } from './fixtures.js';

// One mistake is told once, where it is: not again, in other words, by every file that depends on it.

describe('no misleading cascades', () => {
  it('a YAML error in a system does not make its users say the file does not exist', () => {
    const r = check({
      'system/arx.yaml': 'name: Arx\nboard: [son\nowner: socialchef\n',
      'asset/journal.yaml': asset('Journal', 'systems: [arx]\n'),
    });
    expect(ofRule(r, 'yaml-syntax').map((f) => f.file)).toEqual(['registry/system/arx.yaml']);
    expect(ofRule(r, 'dangling-reference')).toEqual([]);
  });

  it('a system file that is a list is told once, not by the assets using it', () => {
    const r = check({
      'system/arx.yaml': '- name: Arx\n',
      'asset/journal.yaml': asset('Journal', 'systems: [arx]\n'),
    });
    expect(ofRule(r, 'dangling-reference')).toEqual([]);
    expect(r.findings.filter((f) => f.file === 'registry/system/arx.yaml').length).toBeGreaterThan(0);
  });

  it('a reference to a file that truly is not there still dangles', () => {
    const r = check({ 'asset/journal.yaml': asset('Journal', 'systems: [arx]\n') });
    expect(ofRule(r, 'dangling-reference')).toHaveLength(1);
  });

  it('an alias with no anchor is a YAML error at the alias, not an alias bomb', () => {
    const text = `${system('Arx', { confidentiality: 1 })}supplier: *undefined\n`;
    const r = check({ 'system/arx.yaml': text });
    expect(ofRule(r, 'yaml-aliases')).toEqual([]);
    const f = single(r, 'yaml-syntax');
    expect([f.line, f.column]).toEqual([at(text, '*undefined').line, at(text, '*undefined').column]);
    expect(f.message).toBe(
      'YAML-fel: aliaset *undefined hänvisar till ankaret &undefined, men inget sådant ankare står före det',
    );
  });

  it('a real alias bomb is still one', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    expect(ofRule(check({ 'system/arx.yaml': bomb }), 'yaml-aliases')).toHaveLength(1);
  });
});
