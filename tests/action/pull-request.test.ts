import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../lib/format/markdown.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';
import { BASE, edit, file, patch } from './fixture.js';
import { annotations, git, makeRepo, pullRequestPayload, type Repo, runAction } from './harness.js';

// Raises the classification of Elevhälsans journaler above ProReNata's protection: one error.
const RAISED = patch(
  'classification/elevhalsans-journaler.yaml',
  'confidentiality:\n    level: 2',
  'confidentiality:\n    level: 3',
);

describe('the action on a pull request', () => {
  let github: FakeGitHub;
  const repos: Repo[] = [];
  const repo = (base: Record<string, string>, head: Record<string, string>) => {
    const r = makeRepo(base, head);
    repos.push(r);
    return r;
  };
  const pr = (r: Repo, extra: Partial<Parameters<typeof runAction>[0]> = {}, headRepo?: string) =>
    runAction({
      workspace: r.dir,
      event: 'pull_request',
      payload: pullRequestPayload({
        baseSha: r.baseSha,
        headSha: r.headSha,
        ...(headRepo ? { headRepo } : {}),
      }),
      apiUrl: github.apiUrl,
      // GitHub checks out the merge commit; GITHUB_SHA names it, the payload names the head.
      sha: 'f'.repeat(40),
      ref: 'refs/pull/7/merge',
      ...extra,
    });

  beforeAll(async () => {
    // A path prefix, as GitHub Enterprise Server's API has: GITHUB_API_URL must be honoured as given.
    github = await startFakeGitHub('/api/v3');
  });
  afterEach(() => github.reset());
  afterAll(async () => {
    await github.close();
    for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
  });

  it('annotates, creates one check run and one comment, and updates that comment on the next push', async () => {
    const r = repo(BASE, RAISED);
    const first = await pr(r);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);

    // The finding as a workflow command on its YAML line.
    const [error] = annotations(first.stdout).filter((a) => a.level === 'error');
    expect(error?.props).toMatchObject({
      file: 'registry/system/prorenata.yaml',
      line: '6',
      col: '20',
      title: 'lisa: protection-below-classification',
    });
    expect(error?.message).toContain('ProReNata har skyddsnivå 2 för konfidentialitet');
    expect(first.stdout).toMatch(/::error::Registret har 1 fel/);

    // The check run, on the PR's head commit, through the API prefix, with the token.
    const [create] = github.of('checks.create');
    expect(create?.path).toBe('/repos/sjobacka/lis/check-runs');
    expect(create?.headers.authorization).toBe('token ghs_testtoken123');
    expect(create?.headers['user-agent']).toMatch(/^lisa-action\//);
    const run = [...github.checkRuns.values()][0];
    expect(run).toMatchObject({
      name: 'lisa',
      head_sha: r.headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run?.annotations).toEqual([
      expect.objectContaining({
        path: 'registry/system/prorenata.yaml',
        start_line: 6,
        end_line: 6,
        annotation_level: 'failure',
        title: 'lisa: protection-below-classification',
      }),
    ]);

    // One comment, in Swedish, with the finding, the meaning of the change and the documents it touches.
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('## ❌ lisa: 1 fel och 0 varningar');
    expect(body).toContain('Ändringen ger 1 nytt problem och rättar 0.');
    expect(body).toContain(
      'konfidentialitet 2 → 3 — ProReNata skyddas nu under kravet (konfidentialitet: har 2, kräver 3)',
    );
    expect(body).toContain(
      `[\`registry/system/prorenata.yaml:6\`](https://github.test/sjobacka/lis/blob/${r.headSha}/registry/system/prorenata.yaml#L6)`,
    );
    expect(body).toContain('System och informationsklassning (`systems-overview`)');
    expect(body).not.toContain('Registerförteckning');

    // The job summary says the same.
    expect(first.summary).toContain('konfidentialitet 2 → 3 — ProReNata skyddas nu under kravet');
    expect(first.summary).not.toContain(COMMENT_MARKER);
    expect(first.outputs).toMatchObject({
      errors: '1',
      warnings: '0',
      documents: '',
      'output-dir': 'lisa-out',
    });

    // A human's comment quoting the marker is not lisa's comment.
    github.addComment(7, `> ${COMMENT_MARKER}\n> quoted`);
    const second = await pr(r);
    expect(second.code).toBe(1);
    expect(github.of('issues.createComment')).toHaveLength(1);
    expect(github.of('issues.updateComment')).toHaveLength(1);
    expect(github.of('issues.updateComment')[0]?.path).toBe(
      `/repos/sjobacka/lis/issues/comments/${comments[0]?.id}`,
    );
    expect(github.comments.get(7)).toHaveLength(2);
    expect(github.comments.get(7)?.[1]?.body).toMatch(/^> /);
  });

  it('passes a clean pull request and tells what it changes', async () => {
    const r = repo(BASE, patch('kpi/utbildade.yaml', '  2026-Q3: 78\n', '  2026-Q3: 78\n  2026-Q4: 82\n'));
    const result = await pr(r);
    expect(result.code).toBe(0);
    expect(annotations(result.stdout)).toEqual([]);
    expect([...github.checkRuns.values()][0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      annotations: [],
    });
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(body).toContain('## ✅ lisa: registret är i ordning');
    expect(body).toContain('- **Andel utbildade medarbetare**: kv. 4 2026: 82\u00a0% (mål 90\u00a0%)');
    expect(body).toContain('(`kpi-review`)');
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0' });
  });

  it('retries a server error and still writes exactly one comment', async () => {
    github.fail('issues.createComment', { status: 502, times: 1 });
    const r = repo(BASE, RAISED);
    const result = await pr(r);
    expect(result.code).toBe(1);
    const posts = github.of('issues.createComment');
    expect(posts.map((p) => p.status)).toEqual([502, 201]);
    expect(github.comments.get(7)).toHaveLength(1);
    expect(result.summary).not.toContain('kunde inte');
  });

  it('explains, and does not fail on, the 403 a fork pull request gets', async () => {
    for (const route of ['checks.create', 'issues.listComments'] as const)
      github.fail(route, { status: 403, times: 10 });
    const warning = patch(
      'document/informationssakerhetspolicy.yaml',
      'status: draft\n',
      'status: decided\ndecidedBy: ks\nnextReview: 2027-10-01\ndecision:\n  date: 2026-10-01\n',
    );
    const r = repo(BASE, warning);
    const result = await pr(r, {}, 'contributor/lis');
    // One warning and fail-on: error: the run passes, 403s or not.
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(github.comments.get(7)).toBeUndefined();
    const warnings = annotations(result.stdout).filter((a) => a.level === 'warning');
    expect(warnings[0]?.props.file).toBe('registry/document/informationssakerhetspolicy.yaml');
    expect(warnings.map((w) => w.message).join('\n')).toContain('Pull requesten kommer från en fork');
    expect(result.summary).toContain(
      'Kontrollen med alla 1 anteckningar kunde inte skapas: token saknar rätten checks: write (403: Resource not accessible by integration',
    );
    expect(result.summary).toContain(
      'Kommentaren på pull requesten kunde inte skrivas: token saknar rätten pull-requests: write (403',
    );
    expect(result.summary).toContain('Pull requesten kommer från en fork');
    expect(result.summary).toContain(
      '"Informationssäkerhetspolicy" beslutades 2026-10-01 men har inte kommunicerats',
    );
    // No retries of a 403 that is not a rate limit.
    expect(github.of('checks.create')).toHaveLength(1);
    expect(result.outputs.warnings).toBe('1');
  });

  it('still exits with failure on errors when it cannot comment', async () => {
    github.fail('checks.create', { status: 403, times: 10 });
    github.fail('issues.listComments', { status: 403, times: 10 });
    const r = repo(BASE, RAISED);
    const result = await pr(r, {}, 'contributor/lis');
    expect(result.code).toBe(1);
    expect(annotations(result.stdout).filter((a) => a.level === 'error')[0]?.props.file).toBe(
      'registry/system/prorenata.yaml',
    );
  });

  it('fails on warnings with fail-on: warning', async () => {
    const warning = patch(
      'document/informationssakerhetspolicy.yaml',
      'status: draft\n',
      'status: decided\ndecidedBy: ks\nnextReview: 2027-10-01\ndecision:\n  date: 2026-10-01\n',
    );
    const r = repo(BASE, warning);
    const result = await pr(r, { inputs: { 'fail-on': 'warning', comment: 'false' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::Registret har 1 varning och fail-on är warning. Åtgärda den');
    expect(github.of('issues.listComments')).toEqual([]);
    expect([...github.checkRuns.values()][0]?.conclusion).toBe('failure');
  });

  it('sends every finding to the Checks API, fifty per request, and ten of each to the log', async () => {
    // 60 assets without classification (warnings) and 12 systems protected too low (errors).
    const many: Record<string, string | null> = {};
    for (let i = 0; i < 60; i++)
      many[`asset/info-${i}.yaml`] = `name: Information ${i}\nboard: son\nowner: socialchef\n`;
    for (let i = 0; i < 12; i++) {
      many[`system/sys-${i}.yaml`] = file('system/prorenata.yaml')
        .replace('ProReNata', `System ${i}`)
        .replace('confidentiality: 2', 'confidentiality: 1');
    }
    many['asset/elevhalsans-journaler.yaml'] =
      `${BASE['asset/elevhalsans-journaler.yaml']}${Array.from({ length: 12 }, (_, i) => `  - sys-${i}\n`).join('')}`;
    const r = repo(BASE, edit(many));
    const result = await pr(r, { inputs: { comment: 'false' } });
    expect(result.code).toBe(1);
    const printed = annotations(result.stdout).filter((a) => a.props.file);
    expect(printed.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(printed.filter((a) => a.level === 'warning')).toHaveLength(10);
    const run = [...github.checkRuns.values()][0];
    expect(run?.batches).toEqual([50, 22]);
    expect(run?.annotations).toHaveLength(72);
    expect(run?.annotations.filter((a) => a.annotation_level === 'failure')).toHaveLength(12);
    expect(new Set(run?.annotations.map((a) => `${a.path}:${a.start_line}`)).size).toBe(72);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(github.of('checks.create')[0]?.body).toMatchObject({ status: 'in_progress' });
    expect(github.of('checks.update')[0]?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(result.outputs).toMatchObject({ errors: '12', warnings: '60' });
  });

  it('keeps a comment and a check run per registry when a repository holds several', async () => {
    const r = makeRepo(BASE, RAISED, 'kommuner/sjobacka');
    repos.push(r);
    const other = github.addComment(7, `${COMMENT_MARKER}\n## lisa: the registry/ folder's comment`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    const result = await pr(r, { inputs: { registry: 'kommuner/sjobacka' } });
    expect(result.code).toBe(1);
    const [error] = annotations(result.stdout).filter((a) => a.level === 'error' && a.props.file);
    expect(error?.props.file).toBe('kommuner/sjobacka/system/prorenata.yaml');
    expect([...github.checkRuns.values()][0]?.name).toBe('lisa (kommuner/sjobacka)');
    expect([...github.checkRuns.values()][0]?.annotations[0]).toMatchObject({
      path: 'kommuner/sjobacka/system/prorenata.yaml',
    });
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toBe(other.body);
    expect(comments[1]?.body.startsWith('<!-- lisa:pr-comment:kommuner/sjobacka -->\n')).toBe(true);
    expect(comments[1]?.body).toContain('konfidentialitet 2 → 3');
  });

  it('reports without a diff when the base commit is not in the checkout', async () => {
    const r = repo(BASE, RAISED);
    const result = await runAction({
      workspace: r.dir,
      event: 'pull_request',
      payload: pullRequestPayload({
        baseSha: '0123456789abcdef0123456789abcdef01234567',
        headSha: r.headSha,
      }),
      apiUrl: github.apiUrl,
      sha: r.headSha,
      ref: 'refs/pull/7/merge',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::warning::basversionen 0123456 finns inte i utcheckningen. Ange fetch-depth: 0 i actions/checkout.',
    );
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(body).toContain('Ingen jämförelse med basgrenen: basversionen 0123456 finns inte i utcheckningen');
    expect(body).toContain('ProReNata har skyddsnivå 2');
  });

  it('reports a file name that is not UTF-8 as a finding, and does not crash', async () => {
    const r = repo(BASE, BASE);
    // "Sjöbacka.yaml" from a Latin-1 tool: ö is the single byte 0xF6.
    const name = Buffer.concat([
      Buffer.from(path.join(r.dir, 'registry', 'system', 'Sj')),
      Buffer.from([0xf6]),
      Buffer.from('backa.yaml'),
    ]);
    writeFileSync(name, 'name: Sjöbacka\n');
    git(r.dir, 'add', '-A');
    git(r.dir, 'commit', '-q', '-m', 'latin1');
    const result = await pr({ ...r, headSha: git(r.dir, 'rev-parse', 'HEAD') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Filnamnet är inte giltig UTF-8');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  it('says so when the registry folder is missing', async () => {
    const r = repo(BASE, BASE);
    const result = await pr(r, { inputs: { registry: 'register' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::Registret "register" finns inte i');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  it('rejects an invalid input with the allowed values', async () => {
    const r = repo(BASE, BASE);
    const result = await pr(r, { inputs: { 'fail-on': 'warnings' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::Ogiltigt värde för fail-on: "warnings". Tillåtna värden: error, warning.',
    );
  });
});
