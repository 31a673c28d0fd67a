// The cache of parsed files between runs (`cache-dir`): a run that reads it must tell exactly what a run
// that parses everything tells, an entry must never stand for other bytes, and a cache that is corrupt or
// from another lisa must be read as no cache at all.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CACHE_FILE, ParseCache } from '../../action/parse-cache.js';
import { generateRegion } from '../../bench/generate.js';
import { classify, parseRegister, type SourceFile } from '../../lib/registry.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';
import { annotations, makeRepo, pullRequestPayload, type Repo, runAction } from './harness.js';

let github: FakeGitHub;
let repo: Repo;
let scratch: string;

beforeAll(async () => {
  github = await startFakeGitHub();
  scratch = mkdtempSync(path.join(tmpdir(), 'lisa-cache-test-'));
  const base = Object.fromEntries(
    generateRegion({
      boards: 2,
      systems: 500,
      assets: 1000,
      processing: 300,
      audits: 2,
      documents: 5,
      kpis: 3,
      faq: 5,
      risks: 10,
      scenariosPerRisk: 2,
      reviews: 1,
      actions: 200,
    }).map((f) => [f.rel, Buffer.from(f.bytes).toString('utf8')]),
  );
  const head = {
    ...base,
    'system/system-1.yaml': (base['system/system-1.yaml'] as string).replace(
      /^hosting: .*$/m,
      'hosting: månen',
    ),
    'system/system-7.yaml': (base['system/system-7.yaml'] as string).replace(
      /^supplier: .*$/m,
      'supplier: Ny AB',
    ),
  };
  repo = makeRepo(base, head);
}, 120_000);

afterAll(async () => {
  await github.close();
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** One pull-request run; what GitHub and the log got from it. */
async function told(inputs: Record<string, string> = {}) {
  github.reset();
  const run = await runAction({
    workspace: repo.dir,
    event: 'pull_request',
    payload: pullRequestPayload({ baseSha: repo.baseSha, headSha: repo.headSha }),
    apiUrl: github.apiUrl,
    sha: repo.headSha,
    ref: 'refs/pull/7/merge',
    env: { RUNNER_DEBUG: '1' },
    inputs,
  });
  const check = [...github.checkRuns.values()][0];
  return {
    log: run.stdout,
    said: {
      code: run.code,
      outputs: run.outputs,
      commands: annotations(run.stdout).map((a) => JSON.stringify(a)),
      check: { annotations: check?.annotations, output: check?.output, conclusion: check?.conclusion },
      comments: [...github.comments.values()].flat().map((c) => c.body),
      summary: run.summary,
    },
  };
}

it('tells the same with a cold cache, a warm one and a corrupt one as with none', async () => {
  const dir = path.join(scratch, 'cache');
  const none = await told();
  const cold = await told({ 'cache-dir': dir });
  expect(cold.said).toEqual(none.said);
  if (availableParallelism() < 2) return; // one core: no workers, nothing to cache
  const written = readFileSync(path.join(dir, CACHE_FILE), 'utf8');
  expect(written.split('\n').length).toBeGreaterThan(2000);
  const warm = await told({ 'cache-dir': dir });
  expect(warm.said).toEqual(none.said);
  expect(warm.log).toMatch(/lisa timing: head parsed \((\d{4,}) from the cache, 0 in/);
  // Every entry's data swapped for garbage, hits for nonsense, and lines cut: each is parsed again.
  const lines = written.split('\n');
  const corrupt = lines
    .map((line, i) =>
      i === 0
        ? line
        : i % 3 === 0
          ? line.replace(/\t.*/, '\t{"d":')
          : i % 3 === 1
            ? line.replace(/"h":.*\}$/, '"h":[{"kind":"personnummer","position":{"line":-1}}]}')
            : line.slice(0, 20),
    )
    .join('\n');
  writeFileSync(path.join(dir, CACHE_FILE), corrupt);
  const bad = await told({ 'cache-dir': dir });
  expect(bad.said).toEqual(none.said);
  // Another lisa's cache is not read at all.
  writeFileSync(
    path.join(dir, CACHE_FILE),
    written.replace(/^lisa-parse-cache \S+/, 'lisa-parse-cache other'),
  );
  const other = await told({ 'cache-dir': dir });
  expect(other.said).toEqual(none.said);
  expect(other.log).toMatch(/lisa timing: cache read \(0 files\)/);
}, 120_000);

const source = (rel: string, text: string): SourceFile => ({
  file: `registry/${rel}`,
  rel,
  bytes: new Uint8Array(Buffer.from(text)),
});

function parsedJson(s: SourceFile): string {
  const place = classify(s.rel);
  if (!place) throw new Error(s.rel);
  return JSON.stringify(parseRegister(place, s).data);
}

it('gives an entry back only for the same bytes and kind, and drops what the head no longer has', () => {
  const dir = path.join(scratch, 'unit');
  const a = source('system/a.yaml', 'id: a\nname: A\n');
  const b = source('system/b.yaml', 'id: b\nname: B\n');
  const first = ParseCache.load(dir, 'v1');
  expect(first.take(a)).toBeUndefined();
  first.put(a, parsedJson(a), '');
  first.put(b, parsedJson(b), null);
  expect(first.save()).toBe(true);

  const second = ParseCache.load(dir, 'v1');
  expect(second.size).toBe(2);
  expect(second.take(a)).toEqual({
    file: a.file,
    text: 'id: a\nname: A\n',
    data: { id: 'a', name: 'A' },
    findings: [],
    identityHits: [],
  });
  // The same name with one byte changed is parsed again; the same bytes as another kind are not the same entry.
  expect(second.take(source('system/b.yaml', 'id: b\nname: C\n'))).toBeUndefined();
  expect(second.take(source('asset/a.yaml', 'id: a\nname: A\n'))).toBeUndefined();
  // Only `a` was used: the cache written holds it alone.
  expect(second.save()).toBe(true);
  expect(ParseCache.load(dir, 'v1').size).toBe(1);
  // Another version reads nothing.
  expect(ParseCache.load(dir, 'v2').size).toBe(0);
});
