import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistryFiles } from '../lib/io/load.js';
import { validateSources } from '../lib/validate.js';

// Every registry under examples/ is something an adopter may copy and the evaluation data for
// `lisa ask` is written against: each must validate with no errors and no warnings.
const examples = readdirSync('examples')
  .map((name) => join('examples', name))
  .filter((dir) => statSync(dir).isDirectory());

describe('the example registries under examples/', () => {
  it('include the Swedish region', () => {
    expect(examples).toContain(join('examples', 'region-vasterby'));
  });

  for (const dir of examples) {
    it(`${dir} validates clean`, async () => {
      const sources = await readRegistryFiles(dir);
      const result = validateSources(dir, sources, { today: '2026-12-01' });
      expect(result.registry.organisation, `${dir}/lisa.yaml`).toBeTruthy();
      expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.messageId}`)).toEqual([]);
    });

    it(`${dir} names roles, not people, outside lisa.yaml`, async () => {
      const sources = await readRegistryFiles(dir);
      const { organisation } = validateSources(dir, sources, { today: '2026-12-01' }).registry;
      const people = Object.values(organisation?.data.roles ?? {}).flatMap((r) =>
        (r?.people ?? []).map((p) => p.name).filter((n): n is string => Boolean(n)),
      );
      for (const source of sources) {
        if (source.rel === 'lisa.yaml' || source.rel.startsWith('audit/')) continue; // the chair signs the answer
        const text = Buffer.from(source.bytes).toString('utf8');
        for (const name of people) expect(text, `${source.rel} names ${name}`).not.toContain(name);
      }
    });
  }
});
