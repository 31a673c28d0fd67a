import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Failure, fuzzCase, runCase } from '../fuzz/registry.js';

// The bounded fuzz run: a few hundred generated registries with planted identity numbers and mutations.
// The long run is `npm run fuzz` (fuzz/run.ts). A failure prints the seed and the shrunk case.

const options = { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 9) };
const failuresOf = (kinds: readonly Failure[]) =>
  fc.property(fuzzCase, (c) => {
    expect(runCase(c).failures.filter((f) => kinds.includes(f.kind))).toEqual([]);
  });

describe('fuzzed registries', () => {
  it('never crash or hang; every valid number is found at its line, no wrong-check-digit one', () => {
    fc.assert(failuresOf(['crash', 'hang', 'miss', 'false-positive']), options);
  });

  // Needs every finding masked before output (issue 9 item 4: lib/escape/identity.ts).
  it('never echo a planted number in the text, JSON or SARIF output', () => {
    fc.assert(failuresOf(['echo']), options);
  });
});
