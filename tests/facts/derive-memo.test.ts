import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsBySystem, classificationsInForce, requiredProtectionBySystem } from '../../lib/derive.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import type { SourceFile } from '../../lib/registry.js';
import { Validator, validateSources } from '../../lib/validate.js';

// The derived facts are kept by the entity maps they read: a base patched from the head shares the facts
// of every kind the pull request did not change, and works out anew those of the kinds it changed.

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-12-02';

function edit(sources: SourceFile[], rel: string, change: (text: string) => string): SourceFile {
  const s = sources.find((x) => x.rel === rel);
  if (!s) throw new Error(rel);
  const text = Buffer.from(s.bytes).toString('utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  return { ...s, bytes: Buffer.from(changed) };
}

describe('derived facts of a patched registry', () => {
  it('are shared where their maps are, and made anew, as a full build makes them, where not', async () => {
    const sources = await readRegistryFiles(path.join(ROOT, 'registry'), ROOT);
    const validator = new Validator('registry', { today: TODAY });
    const head = validator.validate(sources).registry;
    const facts = [
      classificationsInForce(head),
      assetsBySystem(head),
      requiredProtectionBySystem(head),
    ] as const;
    // A system changed: no asset or classification did.
    const system = sources.find((s) => s.rel.startsWith('system/'))?.rel as string;
    const onlySystem = validator.update([edit(sources, system, (t) => `${t}\n# ändrad\n`)]).registry;
    expect(onlySystem.entities.system).not.toBe(head.entities.system);
    expect(classificationsInForce(onlySystem)).toBe(facts[0]);
    expect(assetsBySystem(onlySystem)).toBe(facts[1]);
    expect(requiredProtectionBySystem(onlySystem)).toBe(facts[2]);
    // A classification's level changed: the facts that read classifications are new, and right.
    const rel = 'classification/anvandarkonton-och-behorigheter.yaml';
    const changed = edit(sources, rel, (t) => t.replace(/level: 2/, 'level: 4'));
    const patched = validator.update([changed]).registry;
    expect(patched.entities.classification).not.toBe(head.entities.classification);
    expect(classificationsInForce(patched)).not.toBe(facts[0]);
    expect(assetsBySystem(patched)).toBe(facts[1]);
    const fresh = validateSources(
      'registry',
      sources.map((s) => (s.rel === rel ? changed : s)),
      {
        today: TODAY,
      },
    ).registry;
    const ids = (m: Map<string, { file: string }>) => [...m].map(([k, v]) => [k, v.file]);
    expect(ids(classificationsInForce(patched))).toEqual(ids(classificationsInForce(fresh)));
    const levels = (m: ReturnType<typeof requiredProtectionBySystem>) =>
      [...m].map(([k, v]) => [k, [...v].map(([a, r]) => [a, r.level, r.asset.id])]);
    expect(levels(requiredProtectionBySystem(patched))).toEqual(levels(requiredProtectionBySystem(fresh)));
    expect(levels(requiredProtectionBySystem(patched))).not.toEqual(levels(facts[2]));
  });
});
