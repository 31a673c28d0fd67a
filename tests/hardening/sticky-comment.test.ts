// Hardening 9.8: only a comment written by the token's own identity is lisa's comment. A comment someone
// posts with lisa's marker before lisa's first run is never edited, and never stands in for lisa's own.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../lib/format/markdown.js';
import { BASE, patch } from '../action/fixture.js';
import { makeRepo, pullRequestPayload, type Repo, runAction } from '../action/harness.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';

const RAISED = patch(
  'classification/elevhalsans-journaler.yaml',
  'confidentiality:\n    level: 2',
  'confidentiality:\n    level: 3',
);
const FORGED = `${COMMENT_MARKER}\n## ✅ lisa: registret är i ordning\n\nAllt väl, slå ihop!`;

describe('the sticky comment', () => {
  let github: FakeGitHub;
  let repo: Repo;
  const pr = (inputs: Record<string, string> = {}) =>
    runAction({
      workspace: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: repo.baseSha, headSha: repo.headSha }),
      apiUrl: github.apiUrl,
      sha: repo.headSha,
      ref: 'refs/pull/7/merge',
      inputs,
    });
  beforeAll(async () => {
    github = await startFakeGitHub();
    repo = makeRepo(BASE, RAISED);
  });
  afterEach(() => github.reset());
  afterAll(async () => {
    await github.close();
    rmSync(repo.dir, { recursive: true, force: true });
  });

  it('is not a user comment that starts with the marker: lisa makes its own, and updates only that', async () => {
    const forged = github.addComment(7, FORGED, { login: 'mallory', type: 'User' });
    await pr();
    expect(github.of('issues.updateComment')).toHaveLength(0);
    expect(github.of('issues.createComment')).toHaveLength(1);
    const [first, own] = github.comments.get(7) ?? [];
    expect(first?.body).toBe(FORGED);
    expect(own?.user.login).toBe('github-actions[bot]');

    // Another user's marked comment, and even another bot's, do not take lisa's place on the next push.
    github.addComment(7, FORGED, { login: 'other-app[bot]', type: 'Bot' });
    await pr();
    expect(github.of('issues.createComment')).toHaveLength(1);
    expect(github.of('issues.updateComment').map((r) => r.path)).toEqual([
      `/repos/sjobacka/lis/issues/comments/${own?.id}`,
    ]);
    expect(forged.body).toBe(FORGED);
    // GITHUB_TOKEN is an installation token: lisa does not ask GET /user, which refuses those.
    expect(github.of('users.getAuthenticated')).toHaveLength(0);
  });

  it('with a personal token, is the comment of the token’s user', async () => {
    github.tokenUser = 'samordnare';
    github.addComment(7, FORGED, { login: 'mallory', type: 'User' });
    const mine = github.addComment(7, `${COMMENT_MARKER}\nförra körningen`, {
      login: 'samordnare',
      type: 'User',
    });
    await pr({ 'github-token': 'github_pat_test' });
    expect(github.of('users.getAuthenticated')).toHaveLength(1);
    expect(github.of('issues.updateComment').map((r) => r.path)).toEqual([
      `/repos/sjobacka/lis/issues/comments/${mine.id}`,
    ]);
  });

  it('is the configured author’s, for a GitHub App’s token', async () => {
    github.addComment(7, FORGED, { login: 'mallory', type: 'User' });
    const app = github.addComment(7, `${COMMENT_MARKER}\nförra körningen`, {
      login: 'lisa-app[bot]',
      type: 'Bot',
    });
    await pr({ 'comment-author': 'lisa-app[bot]' });
    expect(github.of('issues.updateComment').map((r) => r.path)).toEqual([
      `/repos/sjobacka/lis/issues/comments/${app.id}`,
    ]);
  });
});
