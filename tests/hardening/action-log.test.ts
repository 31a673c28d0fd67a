// Hardening 9.2 and 9.4 in the action: user text in the job log is never a workflow command, and an
// identity number a finding quotes reaches no output (log, annotations, check run, comment, summary).
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE, edit, file } from '../action/fixture.js';
import { makeRepo, pullRequestPayload, type Repo, runAction } from '../action/harness.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';

const INJECTED =
  '"x\\n::add-mask::hunter2\\n::warning file=evil.yaml::pwned\\n  ::stop-commands::tok\\r##[error]legacy": 1\n';
const DIGITS = /811218.?9876/;

describe('the action with hostile register text', () => {
  let github: FakeGitHub;
  const repos: Repo[] = [];
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterEach(() => github.reset());
  afterAll(async () => {
    await github.close();
    for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
  });

  it('prints no command it did not mean and no identity number', async () => {
    const r = makeRepo(
      BASE,
      edit({
        'system/prorenata.yaml': file('system/prorenata.yaml').replace('swedish-cloud', '811218-9876'),
        'system/procapita.yaml': `${file('system/procapita.yaml')}${INJECTED}`,
        'system/ny\n::warning::namn.yaml': 'name: Ny\n',
      }),
    );
    repos.push(r);
    const run = await runAction({
      workspace: r.dir,
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: r.baseSha, headSha: r.headSha }),
      apiUrl: github.apiUrl,
      sha: r.headSha,
      ref: 'refs/pull/7/merge',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('unknown-field');
    const lines = run.stdout.split(/\r\n|\r|\n/);
    for (const line of lines) {
      const start = line.trimStart();
      // The one mask lisa sets is its own token's.
      if (start !== '::add-mask::ghs_testtoken123')
        expect(start).not.toMatch(/^::(add-mask|stop-commands)::/);
      expect(start).not.toMatch(/^::warning (file=evil|::namn)/);
      expect(start).not.toMatch(/^::warning::namn/);
      expect(line).not.toContain('##[');
      // Every command the log holds is one lisa issues.
      if (start.startsWith('::'))
        expect(start).toMatch(
          /^::(error|warning|notice|debug|group|endgroup|add-mask::ghs_testtoken123$)[ :]?/,
        );
    }
    // The identity number appears nowhere: not in the log, the summary, the check run or the comment.
    expect(run.stdout).toContain('[•••]');
    expect(run.stdout).not.toMatch(DIGITS);
    expect(run.summary).not.toMatch(DIGITS);
    const check = [...github.checkRuns.values()][0];
    expect(check).toBeDefined();
    expect(JSON.stringify(check)).not.toMatch(DIGITS);
    const comments = [...github.comments.values()].flat();
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).not.toMatch(DIGITS);
  });
});
