// Hardening 9.10: a restricted system's protection levels never appear in the PR comment, neither right after
// "details not shown" on its own change nor as the consequence of a classification raised elsewhere.
import { describe, expect, it } from 'vitest';
import { diffRegistries } from '../../lib/diff.js';
import { formatMarkdown } from '../../lib/format/markdown.js';
import { validateSources } from '../../lib/validate.js';
import { patch } from '../action/fixture.js';
import { sources } from '../helpers/sources.js';

const TODAY = '2026-11-23';
const RESTRICTED = patch(
  'system/prorenata.yaml',
  'hosting: swedish-cloud\n',
  'hosting: swedish-cloud\nrestricted: true\n',
);

function comment(head: Record<string, string>): string {
  const validate = (files: Record<string, string>) =>
    validateSources('registry', sources(files), { today: TODAY });
  const b = validate(RESTRICTED);
  const h = validate(head);
  const diff = diffRegistries(b.registry, h.registry, { today: TODAY });
  return formatMarkdown({
    locale: 'sv',
    findings: [],
    files: h.registry.files.length,
    failOn: 'error',
    diff,
  });
}

// The change lines about ProReNata: the heading of the comment's findings is not what is tested here.
const aboutProReNata = (md: string) => md.split('\n').filter((l) => l.includes('ProReNata'));

describe('a restricted system in the PR comment', () => {
  it('its own change names it and the fields, no levels', () => {
    const md = comment(
      patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1', RESTRICTED),
    );
    const lines = aboutProReNata(md).join('\n');
    expect(md).toContain('begränsad post – detaljerna visas inte här (ändrat: protection)');
    expect(lines).toContain('ProReNata skyddas nu under kravet');
    expect(lines).not.toMatch(/konfidentialitet|har 1|kräver 2/);
  });

  it('a classification raised elsewhere tells its consequence without the levels', () => {
    const md = comment(
      patch(
        'classification/elevhalsans-journaler.yaml',
        'confidentiality:\n    level: 2',
        'confidentiality:\n    level: 3',
        RESTRICTED,
      ),
    );
    const lines = aboutProReNata(md).join('\n');
    expect(lines).toContain('ProReNata skyddas nu under kravet');
    expect(lines).not.toMatch(/har 2|kräver 3/);
  });
});

describe('a restricted system’s findings in the PR comment', () => {
  it('are told by rule and line, the levels only on the annotation', async () => {
    const { rmSync } = await import('node:fs');
    const { makeRepo, pullRequestPayload, runAction, annotations } = await import('../action/harness.js');
    const { startFakeGitHub } = await import('../helpers/fake-github.js');
    const github = await startFakeGitHub();
    const repo = makeRepo(
      RESTRICTED,
      patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1', RESTRICTED),
    );
    try {
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
      expect(body).toContain('protection-below-classification');
      expect(body).toContain('begränsad post – detaljerna visas inte här, se anteckningen på raden');
      expect(body).not.toMatch(/skyddsnivå 1|klassad 2/);
      expect(run.summary).not.toMatch(/skyddsnivå 1|klassad 2/);
      // The annotation on the line still says what is wrong: whoever sees the line sees the file.
      const [error] = annotations(run.stdout).filter((a) => a.level === 'error' && a.props.file);
      expect(error?.message).toContain('ProReNata har skyddsnivå 1');
    } finally {
      await github.close();
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});
