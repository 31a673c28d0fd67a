// Whole-process timing for the benchmarks: what a user waits for is a command from start to exit, imports,
// reading and the exit included. Cases are run interleaved (one of each per round) and the median of each is
// printed, so a slow moment of the machine lands on every case alike rather than on one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../lib/registry.js';

/** The repository root (this file runs compiled, from build/bench/). */
export const ROOT = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'action.yml')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
/** The compiled CLI, as `npm run build` leaves it and the `lisa` bin points at. */
export const CLI = path.join(ROOT, 'build/cli/main.js');

/**
 * `npm run bench -- --full` (or `--long`): every figure, with more rounds — the answerer at 4× the region,
 * the region's PDFs, every command on the region. The default is the quick run: each of issue 17's goals
 * once, with fewer rounds (a few minutes instead of a quarter of an hour on a loaded 2-core machine).
 */
export const FULL =
  process.argv.includes('--full') ||
  process.argv.includes('--long') ||
  process.env.LISA_BENCH_FULL === '1' ||
  process.env.LISA_BENCH_LONG === '1';

/** Rounds of a measurement: `quick` by default, `full` with `--full`. */
export function rounds(quick: number, full: number): number {
  return FULL ? full : quick;
}

export interface Case {
  name: string;
  /** One run; returns its wall time in milliseconds. */
  run: () => number | Promise<number>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * CPU time (user + system) of this process's children that have been waited for, in ms; Linux only
 * (/proc/self/stat cutime and cstime, in clock ticks of 10 ms). On a machine shared with other work the wall
 * time of a command grows with the load, its CPU time much less: both are printed.
 */
export function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5); the slice starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

let lastCpu: number | undefined;

export interface Timing {
  /** Median wall time, ms. */
  ms: number;
  /** Median CPU time of the process (and those it waited for), ms, where it could be read. */
  cpu?: number;
}

/** Median wall time of each case over `rounds` interleaved rounds, after a warm-up round (file cache). */
export async function interleaved(
  rounds: number,
  cases: readonly Case[],
  warmUp = true,
): Promise<Map<string, Timing>> {
  if (warmUp) for (const c of cases) await c.run();
  const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const cpus = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      lastCpu = undefined;
      times.get(c.name)?.push(await c.run());
      if (lastCpu !== undefined) cpus.get(c.name)?.push(lastCpu);
    }
  }
  return new Map(
    [...times].map(([name, list]) => {
      const cpu = cpus.get(name) ?? [];
      return [name, { ms: median(list), ...(cpu.length ? { cpu: median(cpu) } : {}) }];
    }),
  );
}

export interface ProcessOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Exit codes that mean the command did its work (validate exits 1 on findings). */
  codes?: readonly number[];
}

/** Wall time of one Node process running `args`, start to exit; throws if it exits with another code. */
export function timeNode(args: readonly string[], o: ProcessOptions): number {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: o.cwd,
    env: { ...process.env, ...o.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (cpuBefore !== undefined && cpuAfter !== undefined) lastCpu = cpuAfter - cpuBefore;
  if (!(o.codes ?? [0]).includes(run.status ?? -1))
    throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stderr.slice(0, 2000)}`);
  return ms;
}

/** Writes files to disk below `dir`, as a registry folder a command reads. */
export function writeFiles(dir: string, files: readonly SourceFile[]): void {
  const made = new Set<string>();
  for (const f of files) {
    const target = path.join(dir, f.rel);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, f.bytes);
  }
}

export const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
