import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzCase, runCase } from '../fuzz/registry.js';

// The bounded fuzz run: a few hundred generated registries with planted identity numbers and mutations.
// The long run is `npm run fuzz` (fuzz/run.ts). A failure prints the seed and the shrunk case.

describe('fuzzed registries', () => {
  it('never crash or hang; every valid number is found at its line, no invalid one, no digits echoed', () => {
    fc.assert(
      fc.property(fuzzCase, (c) => {
        expect(runCase(c).failures).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 9) },
    );
  });
});
