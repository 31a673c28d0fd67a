// Two builds of the bundled action (two dist/ folders) run on the same pull requests, interleaved: every
// GitHub request they make (check run, annotations, comment), every workflow command, the outputs and the job
// summary must be the same, and the wall and CPU time of each is printed, with the action's own phases.
// `node build/bench/action-compare.js A/dist B/dist [--runs 3] [--only example|region] [--shape name]`.
// The pull requests: one changed file, an added file, a deleted file, a rename, a file that breaks a
// cross-file reference, a file with a YAML error; on the example and on the generated region.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readRegistryFiles } from '../lib/io/load.js';
import { git, makeRepo, pullRequestPayload, ROOT, runAction } from '../tests/action/harness.js';
import { type FakeGitHub, startFakeGitHub } from '../tests/helpers/fake-github.js';
import { generateRegion } from './generate.js';
import { childrenCpuMs, median } from './process.js';

type Files = Record<string, string>;
/** A change to the registry: files to write (text) or delete (null). */
type Change = Record<string, string | null>;

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const scripts = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const RUNS = Number(flag('runs') ?? 3);

function firstOf(files: Files, prefix: string, nth = 0): string {
  const rel = Object.keys(files)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.yaml'))
    .sort()[nth];
  if (!rel) throw new Error(`no ${prefix} file`);
  return rel;
}

/** The shapes of pull request, each as a change to the base. */
function shapes(files: Files): Record<string, Change> {
  const system = firstOf(files, 'system/', 3);
  const asset = firstOf(files, 'asset/', 5);
  const other = firstOf(files, 'system/', 4);
  const doomed = firstOf(files, 'classification/', 2);
  const renamed = firstOf(files, 'system/', 6);
  const text = (rel: string) => files[rel] as string;
  return {
    'one-file': { [system]: text(system).replace(/^name: .*$/m, 'name: Nytt namn på systemet') },
    added: {
      'system/tillagt-system.yaml': text(other).replace(/^name: .*$/m, 'name: Ett tillagt system'),
    },
    deleted: { [doomed]: null },
    renamed: { [renamed]: null, [renamed.replace(/\.yaml$/, '-nytt.yaml')]: text(renamed) },
    'breaks-reference': {
      // The first system it names, in a block or a flow list, made one that does not exist.
      [asset]: text(asset).replace(/^(systems:\s*(?:\[|\n\s*-\s*))[a-z0-9-]+/m, '$1finns-inte-system'),
    },
    'yaml-error': { [other]: `${text(other)}\nbroken: [unclosed\n  - : :\n` },
  };
}

interface Scenario {
  name: string;
  dir: string;
  baseSha: string;
  headSha: string;
}

/**
 * One repository per registry: the base on main, each shape on a branch of its own. With `--repos DIR` it is
 * made once and kept there (writing and committing the region's 86,600 files takes minutes on a busy machine).
 */
function repoWithShapes(label: string, files: () => Files): Scenario[] {
  const kept = flag('repos');
  const list = kept && path.join(kept, `${label}.json`);
  if (list && existsSync(list)) return JSON.parse(readFileSync(list, 'utf8')) as Scenario[];
  const all = files();
  const repo = makeRepo(all, all);
  if (kept) {
    const dir = path.join(kept, label);
    mkdirSync(kept, { recursive: true });
    renameSync(repo.dir, dir);
    repo.dir = dir;
  }
  const out: Scenario[] = [];
  for (const [name, change] of Object.entries(shapes(all))) {
    git(repo.dir, 'checkout', '-q', '-B', name, repo.baseSha);
    for (const [rel, text] of Object.entries(change)) {
      const file = path.join(repo.dir, 'registry', rel);
      if (text === null) rmSync(file);
      else writeFileSync(file, text);
    }
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', name);
    out.push({
      name: `${label} ${name}`,
      dir: repo.dir,
      baseSha: repo.baseSha,
      headSha: git(repo.dir, 'rev-parse', 'HEAD'),
    });
  }
  if (list) writeFileSync(list, JSON.stringify(out));
  return out;
}

interface Outcome {
  record: string;
  ms: number;
  cpu: number;
  laps: [string, number][];
  /** The same phases in the process's CPU time (builds that print `lisa cpu:` lines). */
  cpuLaps: [string, number][];
}

/** What a user or GitHub sees of a run, with the ids and times that differ between any two runs made equal. */
function recordOf(github: FakeGitHub, run: Awaited<ReturnType<typeof runAction>>): string {
  const requests = github.requests.map((r) => ({
    method: r.method,
    path: r.path.replace(/\/\d+(?=\/|$)/g, '/N'),
    body: r.body,
    status: r.status,
  }));
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .join('\n');
  return JSON.stringify(
    { code: run.code, requests, stdout, stderr: run.stderr, outputs: run.outputs, summary: run.summary },
    (key, value) => (key === 'completed_at' || key === 'started_at' ? 'T' : value),
    1,
  ).replace(/(check-runs\/|comments\/|runs\/|issuecomment-)\d+/g, '$1N');
}

async function once(github: FakeGitHub, script: string, s: Scenario): Promise<Outcome> {
  github.reset();
  const before = childrenCpuMs() ?? 0;
  const run = await runAction({
    script,
    env: { RUNNER_DEBUG: '1' },
    ...(flag('node-args') ? { nodeArgs: (flag('node-args') as string).split(' ') } : {}),
    workspace: s.dir,
    event: 'pull_request',
    payload: pullRequestPayload({ baseSha: s.baseSha, headSha: s.headSha }),
    apiUrl: github.apiUrl,
    sha: s.headSha,
    ref: 'refs/pull/7/merge',
  });
  const cpu = (childrenCpuMs() ?? 0) - before;
  if ((run.code !== 0 && run.code !== 1) || run.outputs.errors === undefined)
    throw new Error(`${script} failed on ${s.name}:\n${run.stdout}\n${run.stderr}`);
  const laps = [...run.stdout.matchAll(/^::debug::lisa timing: (.+?)(?: \(.*\))? at (\d+) ms$/gm)].map(
    (m): [string, number] => [m[1] as string, Number(m[2])],
  );
  const cpuLaps = [...run.stdout.matchAll(/^::debug::lisa cpu: (.+?)(?: \(.*\))? at (\d+) ms$/gm)].map(
    (m): [string, number] => [m[1] as string, Number(m[2])],
  );
  return { record: recordOf(github, run), ms: run.ms, cpu, laps, cpuLaps };
}

function phases(laps: [string, number][]): Map<string, number> {
  const out = new Map<string, number>();
  let previous = 0;
  for (const [what, at] of laps) {
    out.set(what, (out.get(what) ?? 0) + at - previous);
    previous = at;
  }
  return out;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 200), i + 200)}…\n   vs …${b.slice(Math.max(0, i - 200), i + 200)}…`;
}

async function compare(github: FakeGitHub, s: Scenario): Promise<boolean> {
  git(s.dir, 'checkout', '-q', '-f', s.name.split(' ')[1] as string);
  const results = scripts.map(() => [] as Outcome[]);
  for (let r = 0; r < RUNS; r++)
    for (const [i, script] of scripts.entries()) results[i]?.push(await once(github, script, s));
  const reference = results[0]?.[0]?.record ?? '';
  let same = true;
  for (const [i, outcomes] of results.entries()) {
    for (const o of outcomes)
      if (o.record !== reference) {
        same = false;
        console.log(`DIFFERENT ${s.name} ${scripts[i]}: ${firstDifference(reference, o.record)}`);
      }
    const text = (which: 'laps' | 'cpuLaps') => {
      const ph = outcomes.map((o) => phases(o[which]));
      return [...(ph[0]?.keys() ?? [])]
        .map((n) => `${n} ${median(ph.map((p) => p.get(n) ?? 0)).toFixed(0)}`)
        .join(', ');
    };
    const phaseText = `wall: ${text('laps')}${outcomes[0]?.cpuLaps.length ? ` | CPU: ${text('cpuLaps')}` : ''}`;
    console.log(
      `${s.name} | ${path.basename(path.dirname(path.dirname(scripts[i] as string)))}: wall ${median(outcomes.map((o) => o.ms)).toFixed(0)} ms, CPU ${median(outcomes.map((o) => o.cpu)).toFixed(0)} ms | ${phaseText}`,
    );
  }
  console.log(`${s.name}: ${same ? 'same' : 'DIFFERENT'} (${reference.length} chars recorded)`);
  return same;
}

async function main(): Promise<void> {
  if (scripts.length === 0) throw new Error('give one or more dist/index.js');
  const github = await startFakeGitHub();
  const only = flag('only');
  const shape = flag('shape');
  const scenarios: Scenario[] = [];
  let allSame = true;
  try {
    if (!only || only === 'example') {
      const example = await readRegistryFiles(path.join(ROOT, 'registry'), ROOT);
      const files = Object.fromEntries(example.map((f) => [f.rel, Buffer.from(f.bytes).toString('utf8')]));
      scenarios.push(...repoWithShapes('example', () => files));
    }
    if (!only || only === 'region') {
      const region = () =>
        Object.fromEntries(generateRegion().map((f) => [f.rel, Buffer.from(f.bytes).toString('utf8')]));
      scenarios.push(...repoWithShapes('region', region));
    }
    for (const s of scenarios) {
      if (shape && !s.name.endsWith(shape)) continue;
      if (!(await compare(github, s))) allSame = false;
    }
  } finally {
    await github.close();
    if (!flag('repos'))
      for (const dir of new Set(scenarios.map((s) => s.dir))) rmSync(dir, { recursive: true, force: true });
  }
  console.log(allSame ? 'all the same' : 'SOME DIFFER');
  process.exitCode = allSame ? 0 : 1;
}

await main();
