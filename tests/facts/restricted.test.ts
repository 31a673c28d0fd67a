import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restrictedEntries, restrictedLookup } from '../../lib/facts/restricted.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { KINDS } from '../../lib/kinds.js';
import { entityKey, type SourceFile } from '../../lib/registry.js';
import { validateSources } from '../../lib/validate.js';

// The action and `lisa diff` ask whether an entry is restricted only for the entries their findings name;
// the answer must be the whole sets' (restricted in the base or in the head), for every key.

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-12-02';

describe('restrictedLookup', () => {
  it('answers as the union of restrictedEntries of the base and the head, for every entry and others', async () => {
    const sources = await readRegistryFiles(path.join(ROOT, 'registry'), ROOT);
    const head = validateSources('registry', sources, { today: TODAY }).registry;
    // The base: one asset not restricted by its flag, another classified higher (restricted by its level),
    // one restricted asset gone.
    const edited = sources.flatMap((s): SourceFile[] => {
      const text = Buffer.from(s.bytes).toString('utf8');
      if (s.rel === 'asset/driftdata-va.yaml')
        return [{ ...s, bytes: Buffer.from(text.replace('restricted: true', 'restricted: false')) }];
      if (s.rel === 'classification/anvandarkonton-och-behorigheter.yaml')
        return [{ ...s, bytes: Buffer.from(text.replace(/level: 2/, 'level: 4')) }];
      if (s.rel === 'asset/familjehemsplaceringar.yaml') return [];
      return [s];
    });
    const base = validateSources('registry', edited, { today: TODAY }).registry;
    const union = new Set([...restrictedEntries(head), ...restrictedEntries(base)]);
    expect(restrictedEntries(base)).not.toEqual(restrictedEntries(head));
    const keys = new Set<string>(['organisation/lisa', 'asset/no-such-asset', 'nonsense', 'constructor/x']);
    for (const registry of [head, base])
      for (const kind of KINDS)
        for (const entity of registry.entities[kind].values()) keys.add(entityKey(entity));
    const lookup = restrictedLookup([head, base]);
    for (const key of keys) expect(lookup.has(key), key).toBe(union.has(key));
    // Asked again (cached), the same.
    for (const key of union) expect(lookup.has(key)).toBe(true);
    expect(union.size).toBeGreaterThan(3);
  });
});
