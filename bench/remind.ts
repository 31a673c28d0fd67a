// Benchmark for issue 6: what planning reminders costs, for the example municipality and at region scale. The
// bot plans a short window on every wake and a year for the App Home; `lisa remind` plans its catch-up window.
import { pathToFileURL } from 'node:url';
import { readRegistryFiles } from '../lib/io/load.js';
import { buildRegistry, type Registry, registryLocale } from '../lib/registry.js';
import { planReminders } from '../lib/remind/plan.js';
import { generateRegion } from './generate.js';

/** The least CPU time (ms) of the last `best`, printed beside wall time: load on a shared machine inflates
 * wall time far more. */
let cpu = 0;

function best(runs: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(c);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return min;
}

function bench(label: string, registry: Registry): void {
  const from = new Date('2026-11-23T00:00:00+01:00');
  const year = new Date('2027-11-23T00:00:00+01:00');
  const twoWeeks = new Date('2026-12-07T00:00:00+01:00');
  const first = best(1, () => planReminders(registry, from, year));
  let count = 0;
  const warm = best(5, () => {
    count = planReminders(registry, from, year).length;
  });
  const warmCpu = cpu;
  const window = best(20, () => planReminders(registry, from, twoWeeks));
  console.log(`${label} reminders in a year: ${count}`);
  console.log(`${label} plan a year, first: ${first.toFixed(1)} ms`);
  console.log(`${label} plan a year: ${warm.toFixed(1)} ms`);
  console.log(`${label} plan a year (CPU): ${warmCpu.toFixed(1)} ms`);
  console.log(`${label} plan two weeks: ${window.toFixed(2)} ms`);
}

export async function benchRemind(): Promise<void> {
  const sources = await readRegistryFiles('registry');
  bench('example', buildRegistry('registry', sources, registryLocale(sources)));
  const region = generateRegion();
  bench('region', buildRegistry('region', region, registryLocale(region)));
  console.log(`remind peak rss: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchRemind();
}
