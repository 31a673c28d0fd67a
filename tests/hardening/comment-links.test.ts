// Hardening 9.9: a file name cannot bend the comment's links, and register text puts no live link or
// mention in it.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeUrlPath as encodePath } from '../../lib/facts/repository.js';
import { escapeMarkdown } from '../../lib/format/markdown.js';
import { BASE, edit } from '../action/fixture.js';
import { makeRepo, pullRequestPayload, type Repo, runAction } from '../action/harness.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';

describe('links and mentions in the PR comment', () => {
  it('encodes every character of a path that could end a link', () => {
    expect(encodePath("registry/system/x)@octocat (1)*!'.yaml")).toBe(
      'registry/system/x%29%40octocat%20%281%29%2A%21%27.yaml',
    );
  });

  it('leaves no bare URL, www. name or mention live', () => {
    const text = escapeMarkdown(
      'Se https://evil.example/x, HTTP://a.b och www.evil.example; fråga @octocat om #12 och GH-3',
    );
    expect(text).not.toMatch(/#\d|GH-\d/);
    expect(text).not.toMatch(/https?:\/\//i);
    expect(text).not.toMatch(/www\./i);
    expect(text).not.toMatch(/@\w/);
    // Still readable: only invisible word joiners were added.
    expect(text.replace(/\u2060/g, '')).toBe(
      'Se https://evil.example/x, HTTP://a.b och www.evil.example; fråga @octocat om #12 och GH-3',
    );
  });

  describe('in the action', () => {
    let github: FakeGitHub;
    let repo: Repo;
    beforeAll(async () => {
      github = await startFakeGitHub();
      repo = makeRepo(
        BASE,
        edit({ 'system/x)@octocat.yaml': 'name: Se https://evil.example och @octocat\n' }),
      );
    });
    afterAll(async () => {
      await github.close();
      rmSync(repo.dir, { recursive: true, force: true });
    });

    it('links a finding in a file named x)@octocat.yaml to that file, with no live mention', async () => {
      const run = await runAction({
        workspace: repo.dir,
        event: 'pull_request',
        payload: pullRequestPayload({ baseSha: repo.baseSha, headSha: repo.headSha }),
        apiUrl: github.apiUrl,
        sha: repo.headSha,
        ref: 'refs/pull/7/merge',
      });
      expect(run.code).toBe(1);
      const body = [...github.comments.values()].flat()[0]?.body ?? '';
      expect(body).toContain(`/blob/${repo.headSha}/registry/system/x%29%40octocat.yaml#L1)`);
      // Outside code spans and link targets, no @ starts a mention and no URL is bare.
      const prose = body.replace(/`[^`]*`/g, '').replace(/\]\([^)\s]*\)/g, ']');
      expect(prose).not.toMatch(/@\w/);
      expect(prose).not.toMatch(/https:\/\/evil/);
    });
  });
});
