// The answer indexes of the repository's three registries, built once per test file that asks them: the
// Swedish example municipality, the Swedish region and the Norwegian kommune.
import { beforeAll } from 'vitest';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

export const TODAY = '2026-11-23';
export const SE = 'registry';
export const REGION = 'examples/region-vasterby';
export const NO = 'examples/fjellvik';
const ROOT = new URL('../..', import.meta.url).pathname;

/** Registers a `beforeAll` that builds each registry's index; the returned function gives one by folder. */
export function registryIndexes(dirs: readonly string[] = [SE, REGION, NO]): (dir: string) => AnswerIndex {
  const indexes = new Map<string, AnswerIndex>();
  beforeAll(async () => {
    for (const dir of dirs) {
      const sources = await readRegistryFiles(dir, ROOT);
      indexes.set(dir, buildAnswerIndex(validateSources(dir, sources).registry));
    }
  });
  return (dir) => {
    const index = indexes.get(dir);
    if (!index) throw new Error(`no index built for ${dir}`);
    return index;
  };
}
