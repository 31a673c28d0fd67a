// Runs the built action (dist/index.js) as GitHub runs it: a Node process with the runner's environment, an
// event payload on disk, a workspace that is a real git repository, and files for outputs and the summary.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: where action.yml is (this file also runs compiled, from build/, in the benchmark). */
export const ROOT = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'action.yml')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
export const DIST = path.join(ROOT, 'dist/index.js');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
}

function writeTree(dir: string, files: Record<string, string>, registry: string): void {
  rmSync(path.join(dir, registry), { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, registry, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** A repository with the base registry committed on main and the head registry on a branch, checked out. */
export function makeRepo(
  base: Record<string, string>,
  head: Record<string, string>,
  registry = 'registry',
): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'lisa-action-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), '# LIS\n');
  writeTree(dir, base, registry);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'change');
  writeTree(dir, head, registry);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

export interface PullRequestEvent {
  number?: number;
  baseSha: string;
  headSha: string;
  /** The head repository; another name than the base makes it a fork. */
  headRepo?: string;
}

export const REPOSITORY = 'sjobacka/lis';

export function pullRequestPayload(e: PullRequestEvent): Record<string, unknown> {
  const number = e.number ?? 7;
  const [owner, name] = REPOSITORY.split('/');
  const repo = (full: string) => ({
    full_name: full,
    name: full.split('/')[1],
    owner: { login: full.split('/')[0] },
    default_branch: 'main',
  });
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Klassning av elevhälsans journaler',
      head: { ref: 'change', sha: e.headSha, repo: repo(e.headRepo ?? REPOSITORY) },
      base: { ref: 'main', sha: e.baseSha, repo: repo(REPOSITORY) },
    },
    repository: { full_name: REPOSITORY, name, owner: { login: owner }, default_branch: 'main' },
  };
}

export function pushPayload(ref: string, after: string): Record<string, unknown> {
  const [owner, name] = REPOSITORY.split('/');
  return {
    ref,
    after,
    repository: { full_name: REPOSITORY, name, owner: { login: owner }, default_branch: 'main' },
  };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export interface RunOptions {
  workspace: string;
  event: string;
  payload: Record<string, unknown>;
  apiUrl: string;
  sha: string;
  ref: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  script?: string;
  /** Node's own options for the action's process (e.g. `--cpu-prof`, which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
}

/** `name<<delimiter` … `delimiter` blocks, as @actions/core writes GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, delimiter] = m as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lisa-runner-'));
  const eventPath = path.join(scratch, 'event.json');
  const outputPath = path.join(scratch, 'output');
  const summaryPath = path.join(scratch, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = {
    registry: 'registry',
    output: 'lisa-out',
    'github-token': 'ghs_testtoken123',
    'fail-on': 'error',
    comment: 'true',
    ...o.inputs,
  };
  // Nothing from the machine's own environment that GitHub would set: the test decides all of it.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: scratch,
    ...GIT_ENV,
    ...o.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [...(o.nodeArgs ?? []), o.script ?? DIST], {
        cwd: o.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
      });
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    },
  );
  const ms = performance.now() - started;
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    ms,
  };
  rmSync(scratch, { recursive: true, force: true });
  return result;
}

/** The workflow commands a run printed: `::error file=…,line=…::message`. */
export function annotations(
  stdout: string,
): { level: string; props: Record<string, string>; message: string }[] {
  const out: { level: string; props: Record<string, string>; message: string }[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').trim().split(',')) {
      const eq = kv.indexOf('=');
      if (eq > 0) props[kv.slice(0, eq)] = unescapeProperty(kv.slice(eq + 1));
    }
    out.push({
      level: m[1] as string,
      props,
      message: (m[3] ?? '').replace(/%0A/g, '\n').replace(/%25/g, '%'),
    });
  }
  return out;
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');
}
