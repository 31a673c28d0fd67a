import { describe, expect, it } from 'vitest';
import { buildAnswerIndex } from '../../lib/answer/index.js';
import { compactData } from '../../lib/compact.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { parseFile } from '../../lib/parse.js';
import { Validator, validateSources } from '../../lib/validate.js';

const parse = (text: string) => parseFile('x.yaml', new TextEncoder().encode(text)).data;

describe('compact parsed data', () => {
  it('keeps every value, in its order', () => {
    const text = [
      'name: Elevregister',
      'aliases: [elevreg, "2027", elever]',
      'nested:',
      '  - {a: 1, b: [true, null, 2.5]}',
      '  - []',
      '  - status: planned',
      'zeta: 1',
      'alpha: 2',
    ].join('\n');
    const fresh = parse(text);
    const compacted = compactData(parse(text));
    expect(compacted).toEqual(fresh);
    expect(Object.keys(compacted as object)).toEqual(Object.keys(fresh as object));
    expect(JSON.stringify(compacted)).toBe(JSON.stringify(fresh));
  });

  it('copies lists rather than sharing them with the parse', () => {
    const data = { list: ['a', 'b'], deep: [{ more: [1, 2, 3] }] };
    const { list } = data;
    const deepList = data.deep[0]?.more;
    const out = compactData(data);
    expect(out.list).not.toBe(list);
    expect(out.deep[0]?.more).not.toBe(deepList);
    expect(out).toEqual({ list: ['a', 'b'], deep: [{ more: [1, 2, 3] }] });
  });

  it('leaves a `__proto__` key as data, and dates and binary data as they are', () => {
    const data = parse('__proto__: [1, 2]\nwhen: 2026-11-23\nplain: x\n') as Record<string, unknown>;
    const when = data.when;
    const out = compactData(data) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual([1, 2]);
    expect(out.when).toBe(when);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(compactData({ bytes }).bytes).toBe(bytes);
  });
});

describe('a registry kept compact (the bot)', async () => {
  const sources = await readRegistryFiles('registry');

  it('validates to the same findings and the same data', () => {
    const plain = validateSources('registry', sources, { today: '2026-11-23' });
    const compact = validateSources('registry', sources, { today: '2026-11-23', compact: true });
    expect(compact.findings).toEqual(plain.findings);
    for (const [kind, map] of Object.entries(plain.registry.entities))
      for (const [id, entity] of map)
        expect(compact.registry.entities[kind as keyof typeof plain.registry.entities].get(id)?.data).toEqual(
          entity.data,
        );
    expect(buildAnswerIndex(compact.registry).entries.length).toBe(
      buildAnswerIndex(plain.registry).entries.length,
    );
  });

  it('reads a changed file patched in as it is written', () => {
    const validator = new Validator('registry', { today: '2026-11-23', compact: true });
    validator.validate(sources);
    const source = sources.find((s) => s.rel === 'system/procapita.yaml');
    if (!source) throw new Error('the example has system/procapita.yaml');
    const text = new TextDecoder()
      .decode(source.bytes)
      .replace('  - VoO\n', '  - VoO\n  - Omsorgssystemet\n');
    const result = validator.update([{ ...source, bytes: new TextEncoder().encode(text) }]);
    expect(result.errors).toBe(0);
    expect(result.registry.entities.system.get('procapita')?.data.aliases).toEqual([
      'gamla verksamhetssystemet',
      'VoO',
      'Omsorgssystemet',
      'Procapita IFO',
    ]);
  });
});
