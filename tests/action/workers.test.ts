// A registry large enough for the bundle to parse the head in worker threads: the run must report exactly
// what a validation on one thread finds, clean files (parsed in the workers) and awkward ones (left to the
// main thread) alike.

import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POOL_MIN_FILES } from '../../action/parse-pool.js';
import { generateRegion } from '../../bench/generate.js';
import { organisationOf, organisationToday } from '../../lib/facts/today.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';
import { annotations, makeRepo, pullRequestPayload, type Repo, runAction } from './harness.js';

let github: FakeGitHub;
let repo: Repo;

beforeAll(async () => {
  github = await startFakeGitHub();
  const base = Object.fromEntries(
    generateRegion({
      boards: 3,
      systems: 500,
      assets: 1000,
      processing: 300,
      audits: 5,
      documents: 10,
      kpis: 5,
      faq: 10,
      risks: 20,
      scenariosPerRisk: 2,
      reviews: 1,
      actions: 200,
    }).map((f) => [f.rel, Buffer.from(f.bytes).toString('utf8')]),
  );
  const system = base['system/system-7.yaml'] as string;
  const head = {
    ...base,
    // A schema error, a duplicate key, an alias, a tab and a value JSON cannot carry: main-thread files.
    'system/system-1.yaml': (base['system/system-1.yaml'] as string).replace(
      /^hosting: .*$/m,
      'hosting: månen',
    ),
    'system/system-2.yaml': `${base['system/system-2.yaml']}name: Igen\n`,
    'system/system-3.yaml': (base['system/system-3.yaml'] as string).replace(
      /^owner: (.*)$/m,
      'owner: &o $1\nadministrator2: *o',
    ),
    'system/system-4.yaml': `${base['system/system-4.yaml']}\tx: 1\n`,
    'system/system-5.yaml': (base['system/system-5.yaml'] as string).replace(
      /confidentiality: \d/,
      'confidentiality: .inf',
    ),
    // A changed file that is clean, with a BOM: a worker's.
    'system/system-7.yaml': `\ufeff${system.replace(/^supplier: .*$/m, 'supplier: Ny leverantör AB')}`,
  };
  repo = makeRepo(base, head);
}, 120_000);

afterAll(async () => {
  await github.close();
  rmSync(repo.dir, { recursive: true, force: true });
});

it('reports what a one-thread validation finds when the head is parsed in worker threads', async () => {
  const run = await runAction({
    workspace: repo.dir,
    event: 'pull_request',
    payload: pullRequestPayload({ baseSha: repo.baseSha, headSha: repo.headSha }),
    apiUrl: github.apiUrl,
    sha: repo.headSha,
    ref: 'refs/pull/7/merge',
    env: { RUNNER_DEBUG: '1' },
  });
  const sources = await readRegistryFiles('registry', repo.dir);
  expect(sources.length).toBeGreaterThan(POOL_MIN_FILES);
  if (availableParallelism() >= 2)
    expect(run.stdout).toMatch(/lisa timing: head parsed \(0 from the cache, \d+ in \d threads/);
  const today = organisationToday(organisationOf(sources), new Date());
  const truth = validateSources('registry', sources, { today });
  expect(truth.errors).toBeGreaterThanOrEqual(4);
  expect(run.outputs).toMatchObject({ errors: String(truth.errors), warnings: String(truth.warnings) });
  const told = annotations(run.stdout)
    .filter((a) => a.props.file)
    .map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`);
  expect(told.sort()).toEqual(truth.findings.map((f) => `${f.file}:${f.line} lisa: ${f.rule}`).sort());
  // The check run carries the same findings.
  const check = [...github.checkRuns.values()][0];
  expect(check?.annotations).toHaveLength(truth.findings.length);
  expect(run.code).toBe(1);
}, 120_000);
