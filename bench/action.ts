// Benchmark for issue 4: the bundled action (dist/index.js) run as GitHub runs it, against a local GitHub API.
// Wall time of the whole process, as a workflow step would take: start-up, git, validation of head and base,
// the semantic diff, the check run and the comment (GitHub's one-second spacing of writes included).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readRegistryFiles } from '../lib/io/load.js';
import {
  makeRepo,
  pullRequestPayload,
  pushPayload,
  type Repo,
  ROOT,
  runAction,
} from '../tests/action/harness.js';
import { type FakeGitHub, startFakeGitHub } from '../tests/helpers/fake-github.js';
import { generateRegion } from './generate.js';
import { childrenCpuMs, FULL, median, rounds } from './process.js';

async function exampleRegistry(): Promise<Record<string, string>> {
  const files = await readRegistryFiles(path.join(ROOT, 'registry'), ROOT);
  return Object.fromEntries(files.map((f) => [f.rel, Buffer.from(f.bytes).toString('utf8')]));
}

/** One realistic edit: the first classification's confidentiality raised a level. */
function raiseOneClassification(files: Record<string, string>): Record<string, string> {
  const rel = Object.keys(files)
    .filter((f) => f.startsWith('classification/'))
    .sort()[0];
  if (!rel) return files;
  const text = files[rel] as string;
  return {
    ...files,
    [rel]: text.replace(
      /(confidentiality:\s*\n\s*level:\s*)(\d)/,
      (_, k: string, n: string) => `${k}${Math.min(Number(n) + 1, 4)}`,
    ),
  };
}

/** Best of `runs`: the machine's other work only ever adds time. */
async function best(runs: number, fn: () => Promise<number>): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) min = Math.min(min, await fn());
  return min;
}

/** The action's own timing laps (`lisa timing: <what> at <ms> ms` in its debug log), from its last run. */
let laps: [string, number][] = [];

async function pr(github: FakeGitHub, repo: Repo, inputs: Record<string, string> = {}): Promise<number> {
  const run = await runAction({
    env: { RUNNER_DEBUG: '1' },
    workspace: repo.dir,
    event: 'pull_request',
    payload: pullRequestPayload({ baseSha: repo.baseSha, headSha: repo.headSha }),
    apiUrl: github.apiUrl,
    sha: repo.headSha,
    ref: 'refs/pull/7/merge',
    inputs,
    // Another bundle than dist/ (a build of a branch, to compare before the lead rebuilds dist/).
    ...(process.env.LISA_BENCH_ACTION ? { script: process.env.LISA_BENCH_ACTION } : {}),
  });
  // Exit 1 is a registry with errors; anything else, or no outputs, means the run itself went wrong.
  if ((run.code !== 0 && run.code !== 1) || run.outputs.errors === undefined)
    throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  laps = [...run.stdout.matchAll(/^::debug::lisa timing: (.+?)(?: \(.*\))? at (\d+) ms$/gm)].map((m) => [
    m[1] as string,
    Number(m[2]),
  ]);
  return run.ms;
}

/**
 * The same pull request with `cache-dir`: cold (an empty cache, which the run fills and writes) and warm (the
 * cache the cold run left, as actions/cache restores it on the next push), interleaved, medians and CPU.
 */
async function benchCache(github: FakeGitHub, repo: Repo): Promise<void> {
  const wall = { cold: [] as number[], warm: [] as number[] };
  const cpu = { cold: [] as number[], warm: [] as number[] };
  for (let i = 0; i < rounds(3, 5); i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'lisa-cache-'));
    try {
      for (const kind of ['cold', 'warm'] as const) {
        const before = childrenCpuMs() ?? 0;
        wall[kind].push(await pr(github, repo, { 'cache-dir': dir }));
        cpu[kind].push((childrenCpuMs() ?? Number.NaN) - before);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const kind of ['cold', 'warm'] as const) {
    console.log(`action.pr1file.${kind}_ms: ${median(wall[kind]).toFixed(0)}`);
    console.log(`action.pr1file.${kind}_cpu_ms: ${median(cpu[kind]).toFixed(0)}`);
  }
  let previous = 0;
  for (const [what, at] of laps) {
    console.log(
      `action PR at region scale, warm cache, phase ${what}: ${Math.max(0, at - previous).toFixed(0)} ms`,
    );
    previous = at;
  }
}

export async function benchAction(): Promise<void> {
  const github = await startFakeGitHub();
  const repos: Repo[] = [];
  try {
    const example = await exampleRegistry();
    const prRepo = makeRepo(example, raiseOneClassification(example));
    repos.push(prRepo);
    await pr(github, prRepo); // warm the file cache
    github.reset();
    // Each run after the first updates the comment, as every push after the first does.
    console.log(
      `action on example PR (no render): ${(await best(rounds(2, 3), () => pr(github, prRepo))).toFixed(0)} ms`,
    );

    const pushRepo = makeRepo(example, example);
    repos.push(pushRepo);
    const pushed = await runAction({
      workspace: pushRepo.dir,
      event: 'push',
      payload: pushPayload('refs/heads/main', pushRepo.headSha),
      apiUrl: github.apiUrl,
      sha: pushRepo.headSha,
      ref: 'refs/heads/main',
    });
    const documents = pushed.outputs.documents?.split('\n').filter(Boolean).length ?? 0;
    if (pushed.code !== 0 || !pushed.outputs.documents)
      throw new Error(`the push run failed:\n${pushed.stdout}\n${pushed.stderr}`);
    console.log(`action push with render: ${pushed.ms.toFixed(0)} ms`);
    console.log(`action push files written: ${documents}`);

    // Start-up: load the bundle and exit on a trivial invocation (no registry there).
    let startup = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rounds(3, 5); i++) {
      const run = await runAction({
        workspace: pushRepo.dir,
        event: 'push',
        payload: {},
        apiUrl: github.apiUrl,
        sha: '',
        ref: '',
        inputs: { registry: 'no-such-registry' },
      });
      startup = Math.min(startup, run.ms);
    }
    console.log(`action bundle start-up: ${startup.toFixed(0)} ms`);

    const region = Object.fromEntries(
      generateRegion().map((f) => [f.rel, Buffer.from(f.bytes).toString('utf8')]),
    );
    const rel = 'system/system-42.yaml';
    const regionRepo = makeRepo(region, {
      ...region,
      [rel]: (region[rel] as string).replace(/^supplier: .*$/m, 'supplier: Ny leverantör AB'),
    });
    repos.push(regionRepo);
    github.reset();
    let cpu = Number.POSITIVE_INFINITY;
    let phases: [string, number][] = [];
    let fastest = Number.POSITIVE_INFINITY;
    const online = await best(2, async () => {
      const before = childrenCpuMs() ?? 0;
      const ms = await pr(github, regionRepo);
      cpu = Math.min(cpu, (childrenCpuMs() ?? Number.NaN) - before);
      // The phases of the run whose time is printed.
      if (ms < fastest) {
        fastest = ms;
        phases = laps;
      }
      return ms;
    });
    console.log(`action PR touching one file at region scale: ${online.toFixed(0)} ms`);
    // The action's process and the git it runs; the local GitHub server runs in this process, not counted.
    if (Number.isFinite(cpu))
      console.log(`action PR touching one file at region scale (CPU): ${cpu.toFixed(0)} ms`);
    // Where the run's time went, phase by phase (from the process's start; the bundle's load comes first).
    let previous = 0;
    for (const [what, at] of phases) {
      console.log(`action PR at region scale, phase ${what}: ${Math.max(0, at - previous).toFixed(0)} ms`);
      previous = at;
    }
    await benchCache(github, regionRepo);
    // The same without the check run and comment: what validation, the base and the diff cost on their own
    // (the API part is bounded below by GitHub's one second between writes).
    if (FULL) {
      const offline = await best(2, () => pr(github, regionRepo, { 'github-token': '' }));
      console.log(`action PR touching one file at region scale, no API calls: ${offline.toFixed(0)} ms`);
    }
  } finally {
    await github.close();
    for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchAction();
}
