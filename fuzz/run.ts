// `npm run fuzz [-- --runs 10000] [--seed 42] [--case 17]`: the long fuzz run. Prints one summary line per
// property (cases, crashes, hangs, misses, false positives, echoes) and the first failures with the seed
// and case index that replay them (`--seed S --case I` prints that case and its outcome).
import fc from 'fast-check';
import { type Failure, fuzzCase, runCase } from './registry.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const runs = Number(option('runs') ?? 10_000);
const seed = Number(option('seed') ?? Date.now() % 2 ** 31);
const only = option('case');

const cases = fc.sample(fuzzCase, { numRuns: runs, seed });
if (only !== undefined) {
  const c = cases[Number(only)];
  console.log(JSON.stringify(c, null, 2));
  console.log(JSON.stringify(c ? runCase(c) : 'no such case', null, 2));
  process.exit(0);
}

const counts: Record<Failure, number> = { crash: 0, hang: 0, miss: 0, 'false-positive': 0, echo: 0 };
const shown: string[] = [];
let slowest = 0;
let total = 0;
const start = performance.now();
cases.forEach((c, i) => {
  const outcome = runCase(c);
  slowest = Math.max(slowest, outcome.ms);
  total += outcome.ms;
  const kinds = new Set(outcome.failures.map((f) => f.kind));
  for (const k of kinds) counts[k]++;
  if (outcome.failures.length && shown.length < 10)
    shown.push(
      `case ${i}: ${outcome.failures.map((f) => `${f.kind} ${f.detail.split('\n')[0]}`).join('; ')}`,
    );
});
const planted = cases.reduce((n, c) => n + c.plants.length, 0);
console.log(`fuzz seed: ${seed}`);
console.log(`fuzz cases: ${cases.length}`);
console.log(`fuzz planted numbers: ${planted}`);
console.log(`fuzz mutations: ${cases.reduce((n, c) => n + c.mutations.length, 0)}`);
console.log(`fuzz crashes: ${counts.crash}`);
console.log(`fuzz hangs (over 5 s): ${counts.hang}`);
console.log(`fuzz misses: ${counts.miss}`);
console.log(`fuzz wrong-check-digit reported: ${counts['false-positive']}`);
console.log(`fuzz echoes: ${counts.echo}`);
console.log(`fuzz slowest case: ${slowest.toFixed(0)} ms, mean ${(total / cases.length).toFixed(1)} ms`);
console.log(`fuzz wall time: ${((performance.now() - start) / 1000).toFixed(1)} s`);
for (const line of shown)
  console.log(
    `  ${line}  (replay: npm run fuzz -- --runs ${runs} --seed ${seed} --case ${line.split(':')[0]?.slice(5)})`,
  );
process.exitCode = Object.values(counts).some((n) => n > 0) ? 1 : 0;
