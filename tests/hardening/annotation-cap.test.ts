// Hardening 9.6 (output): 5,000 findings cost a bounded number of Checks API requests. The check run takes
// the most severe first, at most MAX_REQUESTS × 50, and counts the rest in its text.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANNOTATIONS, MAX_REQUESTS, omittedText, selectAnnotated } from '../../action/annotate.js';
import type { Finding } from '../../lib/finding.js';
import { BASE, edit, file } from '../action/fixture.js';
import { makeRepo, pullRequestPayload, type Repo, runAction } from '../action/harness.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';

// 40 assets without a classification (warnings, in files before system/), and one system file with 4,960
// fields the register does not know (errors): 5,000 findings.
const many: Record<string, string> = {};
for (let i = 0; i < 40; i++)
  many[`asset/info-${i}.yaml`] = `name: Information ${i}\nboard: son\nowner: socialchef\n`;
many['system/procapita.yaml'] =
  file('system/procapita.yaml') + Array.from({ length: 4960 }, (_, i) => `extra${i}: x\n`).join('');

describe('annotations through the Checks API', () => {
  let github: FakeGitHub;
  let repo: Repo;
  beforeAll(async () => {
    github = await startFakeGitHub();
    repo = makeRepo(BASE, edit(many));
  });
  afterAll(async () => {
    await github.close();
    rmSync(repo.dir, { recursive: true, force: true });
  });

  it('5,000 findings: at most ten requests, errors first, the rest summarised', async () => {
    const run = await runAction({
      workspace: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: repo.baseSha, headSha: repo.headSha }),
      apiUrl: github.apiUrl,
      sha: repo.headSha,
      ref: 'refs/pull/7/merge',
      inputs: { comment: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '4960', warnings: '40' });
    const requests = github.of('checks.create').length + github.of('checks.update').length;
    expect(requests).toBeLessThanOrEqual(MAX_REQUESTS);
    const check = [...github.checkRuns.values()][0];
    expect(check?.annotations).toHaveLength(MAX_ANNOTATIONS);
    // The most severe first: every annotation sent is an error, though the warnings' files come first.
    expect(check?.annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check?.output.text).toContain('4500 fynd till (4460 fel, 40 varningar)');
    expect(check?.output.text).toContain('| `unknown-field` | 4460 |');
    expect(check?.output.text).toContain('| `asset-unclassified` | 40 |');
  }, 60_000);

  it('orders by severity and keeps file order within one', () => {
    const f = (file: string, severity: Finding['severity']): Finding => ({
      file,
      line: 1,
      column: 1,
      severity,
      rule: 'r',
      messageId: 'common.noProblems',
      data: {},
    });
    const { annotated, omitted } = selectAnnotated(
      [f('a', 'warning'), f('b', 'error'), f('c', 'warning'), f('d', 'error')],
      3,
    );
    expect(annotated.map((x) => x.file)).toEqual(['b', 'd', 'a']);
    expect(omitted.map((x) => x.file)).toEqual(['c']);
  });

  it('counts the findings left out in a table a file name cannot break', () => {
    const f = (file: string): Finding => ({
      file,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'r',
      messageId: 'common.noProblems',
      data: {},
    });
    const text = omittedText([f('registry/a|b.yaml'), f('registry/a|b.yaml'), f('registry/c.yaml')], 'en');
    expect(text).toContain('3 more findings (0 errors, 3 warnings)');
    expect(text).toContain('| `registry/a\\|b.yaml` | 2 |');
    expect(text).toContain('| `r` | 3 |');
  });
});
