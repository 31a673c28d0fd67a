// Benchmark for issue 5: the answerer over a region-scale index (bench/generate.ts: 5,000 systems, 20,000
// assets, 8,000 processing activities, audits with their recommendations, documents, KPIs and guidance). Index
// build time, answer latency (p50, p99) over a mix of questions of every kind, and the process's memory with the
// registry and the index loaded, after a garbage collection.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { answer } from '../lib/answer/answer.js';
import { type AnswerIndex, buildAnswerIndex } from '../lib/answer/index.js';
import { buildRegistry, type Registry, registryLocale } from '../lib/registry.js';
import { generateRegion, REGION, type RegionSize } from './generate.js';
import { FULL, median, rounds } from './process.js';

/** Issue 11's budgets, set at 34,560 entries (the region before issue 14 grew it); checked at today's 1×. */
const BUDGET = { p50: 5, p99: 20, buildMs: 2000, rssMiB: 400 };

/**
 * The region as issue 11 measured it: no risk register, reviews or plan (34,560 entries). Its figures are
 * printed beside today's 1× so that both are on record.
 */
const ISSUE_11: RegionSize = { ...REGION, risks: 0, scenariosPerRisk: 0, reviews: 0, actions: 0 };

/** How long the process idles before the last RSS: V8's memory reducer runs some seconds after activity stops. */
const IDLE_MS = 10_000;

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** A full collection, so RSS shows what stays rather than what parsing left behind. */
function collect(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Without it the figure is only higher.
  }
}

function nameOf(
  registry: Registry,
  kind: 'system' | 'asset' | 'processing' | 'document' | 'kpi',
  id: string,
): string {
  const data = registry.entities[kind].get(id)?.data as { name?: string; title?: string } | undefined;
  return data?.name ?? data?.title ?? id;
}

/** Questions of every intent about entries that exist, some with typos, and some the registers cannot answer. */
export function questions(registry: Registry): string[] {
  const system = (i: number) => nameOf(registry, 'system', `system-${i}`);
  const asset = (i: number) => nameOf(registry, 'asset', `asset-${i}`);
  const typo = (s: string) => s.replace(/([a-zåäö])([a-zåäö])([a-zåäö]+)(\s\d+)$/i, '$2$1$3$4');
  return [
    `vem äger ${system(42)}?`,
    `vem förvaltar ${system(1207).toLowerCase()}?`,
    `who owns ${system(3391)}?`,
    `hvem eier ${system(88)}?`,
    `vem äger ${typo(system(4242))}`,
    `hur är ${asset(1500)} klassad?`,
    `hur är ${system(4001)} klassat?`,
    'vilka system har uppgifter om patienter?',
    'which systems hold data about residents?',
    `vad är rättslig grund för ${nameOf(registry, 'processing', 'processing-77')}?`,
    `hur länge sparas uppgifter i ${nameOf(registry, 'processing', 'processing-512')}?`,
    'finns det en behandling för bygglov?',
    `när ska ${nameOf(registry, 'document', 'document-12')} revideras?`,
    'vilket styrdokument gäller för arkiv?',
    'hur går det med granskningen av miljö 44?',
    `hur ligger vi till med ${nameOf(registry, 'kpi', 'kpi-7')}?`,
    'vad händer i årshjulet denna månad?',
    'vem är dataskyddsombud?',
    'hur hanterar jag journaluppgifter?',
    'får jag spara elev i molnet?',
    `vilka är de största riskerna för ${system(2718)}?`,
    'vad är försenat i handlingsplanen?',
    `har vi avtal med leverantören för ${system(99)}?`,
    'hur många gick utbildningen?',
    'vad kostar lunchen i matsalen?',
    'vem äger bananen?',
  ];
}

/** Index build, latency and memory over a region of `size`; `label` prefixes the figures ('' for 1×). */
async function measure(size: RegionSize, label: string): Promise<void> {
  let files: ReturnType<typeof generateRegion> | undefined = generateRegion(size, 'region');
  // Built as the bot builds the registry it keeps (bot/source.ts): the parsed data compacted.
  const registry = buildRegistry('region', files, registryLocale(files), undefined, { compact: true });
  files = undefined;

  let index: AnswerIndex | undefined;
  const builds: number[] = [];
  const buildsCpu: number[] = [];
  for (let i = 0; i < (label ? 1 : rounds(1, 3)); i++) {
    index = undefined;
    collect();
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    index = buildAnswerIndex(registry);
    builds.push(ms(t));
    buildsCpu.push(cpuMs(c));
  }
  if (!index) return;
  // Wall times: on a shared machine they follow its load, which is printed beside them.
  console.log(`answer${label} load average (1 min): ${(loadavg()[0] ?? 0).toFixed(2)}`);
  const build = Math.min(...builds);
  console.log(`answer${label} index build (${index.entries.length} entries): ${build.toFixed(0)} ms`);
  // CPU time follows the load less than wall time does (GC threads included).
  console.log(`answer${label} index build (CPU): ${Math.min(...buildsCpu).toFixed(0)} ms`);

  const asked = questions(registry);
  for (const q of asked) answer(index, q, { today: '2026-11-23' });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const perQuestion = new Map<string, number[]>(asked.map((q) => [q, []]));
  for (let round = 0; round < 20; round++) {
    for (const q of asked) {
      const t = process.hrtime.bigint();
      const c = process.cpuUsage();
      answer(index, q, { today: '2026-11-23' });
      const used = cpuMs(c);
      cpuTimes.push(used);
      perQuestion.get(q)?.push(used);
      times.push(ms(t));
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  console.log(`answer${label} p50: ${p50.toFixed(2)} ms`);
  console.log(`answer${label} p99: ${p99.toFixed(2)} ms`);
  // On a loaded machine a question waits for a core: CPU time is the figure to compare between runs.
  console.log(`answer${label} p50 (CPU): ${percentile(cpuTimes, 50).toFixed(2)} ms`);
  console.log(`answer${label} p99 (CPU): ${percentile(cpuTimes, 99).toFixed(2)} ms`);
  // Which questions make the tail: the p99 of 520 answers is their slowest few, so it names where to look.
  const slowest = [...perQuestion]
    .map(([q, list]) => [q, median(list)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  for (const [q, cpu] of slowest)
    console.log(`answer${label} slow question (median CPU ${cpu.toFixed(1)} ms): ${JSON.stringify(q)}`);
  collect();
  const memory = process.memoryUsage();
  const rss = memory.rss / 1024 / 1024;
  console.log(`answer${label} rss: ${rss.toFixed(0)} MiB`);
  // What the registry and the index hold, apart from the free space the parse left in V8's pages (the RSS
  // above counts that too).
  console.log(`answer${label} heap used: ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MiB`);
  // As a bot sees it between questions: idle, after V8's memory reducer has had its turn.
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  console.log(
    `answer${label} rss after ${IDLE_MS / 1000} s idle: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`,
  );
  if (label) return;
  // The budgets, each as a line of its own: within or over.
  const verdict = (value: number, max: number, unit: string) =>
    `${value <= max ? 'within' : 'OVER'} ${max} ${unit}`;
  console.log(`answer budget p50: ${verdict(p50, BUDGET.p50, 'ms')}`);
  console.log(`answer budget p99: ${verdict(p99, BUDGET.p99, 'ms')}`);
  console.log(`answer budget index build: ${verdict(build, BUDGET.buildMs, 'ms')}`);
  console.log(`answer budget rss: ${verdict(rss, BUDGET.rssMiB, 'MiB')}`);
}

const SIZES: Record<string, () => [RegionSize, string]> = {
  region: () => [REGION, ''],
  'issue-11': () => [ISSUE_11, ' at issue 11 size'],
  // Four regions' worth: how latency grows with the registers (the goal is for p99 at 4×).
  '4x': () => [
    Object.fromEntries(Object.entries(REGION).map(([k, v]) => [k, v * 4])) as unknown as RegionSize,
    ' at 4× region',
  ],
};

/**
 * Each size in a process of its own, so that one size's RSS does not count the pages another left behind.
 * 4× takes a minute and 2 GiB more: `--full` only, or alone as `npm run bench -- answer --answer-size=4x`
 * (`region`, `issue-11` likewise).
 */
export async function benchAnswer(): Promise<void> {
  const wanted = process.argv.find((a) => a.startsWith('--answer-size='))?.slice('--answer-size='.length);
  const size = wanted ? SIZES[wanted] : undefined;
  if (size) {
    await measure(...size());
    return;
  }
  const file = fileURLToPath(import.meta.url);
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  for (const name of FULL ? ['region', 'issue-11', '4x'] : ['region', 'issue-11']) {
    const run = spawnSync(process.execPath, ['--expose-gc', file, ...flags, `--answer-size=${name}`], {
      stdio: 'inherit',
    });
    if (run.status !== 0) process.exitCode = 1;
  }
  if (!FULL) console.log('answer at 4× region: run with --full');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchAnswer();
}
