import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext, shouldRender } from '../../action/context.js';
import { diffRegistries, findingsDelta } from '../../lib/diff.js';
import type { Finding } from '../../lib/finding.js';
import { COMMENT_MARKER, commentMarker, escapeMarkdown, formatMarkdown } from '../../lib/format/markdown.js';
import { validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { BASE, patch } from './fixture.js';

const TODAY = '2026-11-23';

function finding(i: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    file: `registry/asset/a-${i}.yaml`,
    line: 1,
    column: 1,
    severity,
    rule: 'asset-unclassified',
    messageId: 'rule.asset-unclassified.message',
    hintId: 'rule.asset-unclassified.hint',
    data: { asset: `Information ${i}`, id: `a-${i}` },
  };
}

describe('the PR comment and job summary', () => {
  it('keeps what users wrote inert: no mentions, no HTML, no markup', () => {
    expect(
      escapeMarkdown('@socialchefer <img src=x onerror=alert(1)> *fet* [länk](javascript:x) `kod`\nrad två'),
    ).toBe(
      '@\u2060socialchefer &lt;img src=x onerror=alert(1)&gt; \\*fet\\* \\[länk\\](javascript:x) \\`kod\\` rad två',
    );
    const head = validateSources(
      'registry',
      sources(patch('system/prorenata.yaml', 'name: ProReNata', 'name: "@team <b>ProReNata</b>"')),
      { today: TODAY },
    );
    const base = validateSources('registry', sources(BASE), { today: TODAY });
    const md = formatMarkdown({
      locale: 'sv',
      findings: head.findings,
      files: 9,
      failOn: 'error',
      diff: diffRegistries(base.registry, head.registry, { today: TODAY }),
    });
    expect(md).toContain('nytt namn: "ProReNata" → "@\u2060team &lt;b&gt;ProReNata&lt;/b&gt;"');
    expect(md).not.toMatch(/<b>|@team/);
  });

  it('starts with the hidden marker only when it is the comment', () => {
    const report = { locale: 'sv' as const, findings: [], files: 3, failOn: 'error' as const };
    expect(formatMarkdown(report, { marker: commentMarker() }).split('\n')[0]).toBe(COMMENT_MARKER);
    expect(commentMarker('./registry/')).toBe(COMMENT_MARKER);
    expect(commentMarker('kommuner/sjobacka')).toBe('<!-- lisa:pr-comment:kommuner/sjobacka -->');
    expect(formatMarkdown(report)).not.toContain(COMMENT_MARKER);
    expect(formatMarkdown(report)).toContain('## ✅ lisa: registret är i ordning');
  });

  it('lists new problems first and says which the change fixed', () => {
    const old = [finding(1), finding(2)];
    const now = [finding(2), finding(3, 'error')];
    const md = formatMarkdown({
      locale: 'en',
      findings: now,
      files: 3,
      failOn: 'error',
      delta: findingsDelta(old, now),
    });
    expect(md).toContain('## ❌ lisa: 1 error and 1 warning');
    expect(md).toContain('The change brings 1 new problem and fixes 1.');
    expect(md.indexOf('Information 3')).toBeLessThan(md.indexOf('Information 2'));
    expect(md).toMatch(/<details><summary>Problems fixed \(1\)<\/summary>[\s\S]*Information 1/);
  });

  it('fits GitHub\u2019s comment limit however many findings there are', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => finding(i));
    const md = formatMarkdown({ locale: 'sv', findings, files: 3000, failOn: 'warning' });
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toMatch(/…och \d+ till\. Alla finns i loggen, och de 500 allvarligaste som anteckningar/);
    expect(md).toContain('**Varningarna måste åtgärdas (fail-on: warning)');
    const long = formatMarkdown(
      { locale: 'sv', findings, files: 3000, failOn: 'warning' },
      { maxLength: 1_000_000 },
    );
    expect(long.length).toBeGreaterThan(md.length);
  });
});

describe('when the action renders', () => {
  const ctx = (event: string, ref: string, payload: object = { repository: { default_branch: 'main' } }) => {
    const file = path.join(tmpdir(), `lisa-event-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(payload));
    return readContext({
      GITHUB_EVENT_NAME: event,
      GITHUB_REF: ref,
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'o/r',
    });
  };

  it('renders on a push to the default branch or a tag, never on a pull request', () => {
    expect(shouldRender(ctx('push', 'refs/heads/main'))).toBe(true);
    expect(shouldRender(ctx('push', 'refs/tags/v1'))).toBe(true);
    expect(shouldRender(ctx('push', 'refs/heads/feature'))).toBe(false);
    expect(shouldRender(ctx('workflow_dispatch', 'refs/heads/main'))).toBe(true);
    expect(
      shouldRender(
        ctx('pull_request', 'refs/pull/1/merge', {
          pull_request: { number: 1, head: { sha: 'a' }, base: { sha: 'b' } },
        }),
      ),
    ).toBe(false);
    expect(
      shouldRender(
        ctx('pull_request_target', 'refs/heads/main', {
          pull_request: { number: 1, head: { sha: 'a' }, base: { sha: 'b' } },
        }),
      ),
    ).toBe(false);
  });

  it('recognises a pull request from a fork', () => {
    const pr = (head: string) =>
      ctx('pull_request', 'refs/pull/1/merge', {
        pull_request: {
          number: 1,
          head: { sha: 'a', repo: { full_name: head } },
          base: { sha: 'b', repo: { full_name: 'o/r' } },
        },
      }).pullRequest;
    expect(pr('o/r')?.fromFork).toBe(false);
    expect(pr('someone/r')?.fromFork).toBe(true);
  });
});
