import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistryFiles } from '../lib/load.js';
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
      expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
    });
  }
});
