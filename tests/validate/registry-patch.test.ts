import { describe, expect, it } from 'vitest';
import type { Registry, SourceFile } from '../../lib/registry.js';
import { patchRegistry } from '../../lib/registry-patch.js';
import { Validator, validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { asset, classification, ORG, processing, system, TODAY } from './fixtures.js';

const BASE: Record<string, string> = {
  'lisa.yaml': ORG,
  'system/procapita.yaml': system('Procapita', { confidentiality: 3, integrity: 2 }),
  'system/lifecare.yaml': system('Lifecare', { confidentiality: 1 }),
  'asset/journaler.yaml': asset('Journaler', 'systems: [procapita]\nprocessing: [bistand]\n'),
  'classification/journaler.yaml': classification('journaler', '2026-05-01', { confidentiality: 3 }),
  'processing/bistand.yaml': processing('Bistånd', 'systems: [procapita]\n'),
};

const one = (rel: string, text: string): SourceFile => sources({ [rel]: text })[0] as SourceFile;

/** What a registry holds, in its own order: the entries of every kind, the files, the unreadable ones. */
function shape(registry: Registry) {
  return {
    entities: Object.entries(registry.entities).map(([kind, map]) => [
      kind,
      [...map.values()].map((e) => [e.id, e.file, e.valid, e.data]),
    ]),
    files: registry.files.map((f) => [f.file, f.data, f.findings]),
    unreadable: [...(registry.unreadable ?? [])].sort(),
    duplicates: registry.duplicates,
    badNames: registry.badNames,
  };
}

describe('patching a registry after changed contents (Validator.update)', () => {
  // Each step changes some files; after each, the patched result must be what a fresh full run gives.
  const steps: Record<string, string>[] = [
    { 'asset/journaler.yaml': asset('Journaler', 'systems: [lifecare]\nprocessing: [bistand]\n') },
    // A schema error: the entry stays, with its sound part, and the finding is told.
    { 'system/lifecare.yaml': system('Lifecare', { confidentiality: 1 }, 'ownr: x\n') },
    // Unreadable: the entry goes (a full build then), and comes back.
    { 'system/procapita.yaml': 'name: [\n' },
    { 'system/procapita.yaml': system('Procapita', { confidentiality: 3, integrity: 2 }) },
    // A list instead of a mapping: an unreadable entry of its own kind.
    { 'processing/bistand.yaml': '- a\n- b\n' },
    { 'processing/bistand.yaml': processing('Bistånd', 'systems: [lifecare]\n') },
    // Two files at once, and the organisation file (always a full build).
    {
      'classification/journaler.yaml': classification('journaler', '2026-06-01', { confidentiality: 1 }),
      'system/lifecare.yaml': system('Lifecare', { confidentiality: 4 }),
    },
    { 'lisa.yaml': `${ORG}\n# ändrad\n` },
  ];

  it('gives the same findings and the same registry as a full run, step by step', () => {
    const v = new Validator('registry', { today: TODAY });
    v.validate(sources(BASE));
    let files = { ...BASE };
    for (const step of steps) {
      files = { ...files, ...step };
      const patched = v.update(Object.entries(step).map(([rel, text]) => one(rel, text)));
      const fresh = validateSources('registry', sources(files), { today: TODAY });
      expect(patched.findings, JSON.stringify(step)).toEqual(fresh.findings);
      expect(shape(patched.registry), JSON.stringify(step)).toEqual(shape(fresh.registry));
    }
  });

  it('leaves the registry it patched as it was, and refuses changes a path decides', () => {
    const v = new Validator('registry', { today: TODAY });
    const before = v.validate(sources(BASE)).registry;
    const snapshot = shape(before);
    v.update([one('system/lifecare.yaml', system('Lifecare', { confidentiality: 2 }))]);
    expect(shape(before)).toEqual(snapshot);
    const cache = { get: () => undefined, set: () => undefined };
    // A new file, the organisation file, another language: not a patch.
    expect(patchRegistry(before, [one('system/ny.yaml', system('Ny', {}))], 'sv', cache)).toBeUndefined();
    expect(patchRegistry(before, [one('lisa.yaml', ORG)], 'sv', cache)).toBeUndefined();
    expect(
      patchRegistry(before, [one('system/lifecare.yaml', system('Lifecare', {}))], 'en', cache),
    ).toBeUndefined();
    expect(
      patchRegistry(before, [one('system/lifecare.yaml', system('Lifecare', {}))], 'sv', cache),
    ).toBeDefined();
  });
});
