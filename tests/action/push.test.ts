import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../lib/io/chromium.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';
import { BASE, edit, patch } from './fixture.js';
import { makeRepo, pushPayload, type Repo, runAction } from './harness.js';

const browser = findBrowser().path;

describe('the action on a push', () => {
  let github: FakeGitHub;
  const repos: Repo[] = [];
  const repo = (files: Record<string, string>) => {
    const r = makeRepo(files, files);
    repos.push(r);
    return r;
  };
  const push = (r: Repo, ref: string, inputs: Record<string, string> = {}) =>
    runAction({
      workspace: r.dir,
      event: 'push',
      payload: pushPayload(ref, r.headSha),
      apiUrl: github.apiUrl,
      sha: r.headSha,
      ref,
      inputs,
    });

  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterEach(() => github.reset());
  afterAll(async () => {
    await github.close();
    for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
  });

  it.runIf(browser)('renders every document to the output folder and lists the files', async () => {
    const r = repo(BASE);
    const result = await push(r, 'refs/heads/main');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = result.outputs.documents?.split('\n') ?? [];
    for (const id of [
      'yearly-report',
      'kpi-review',
      'systems-overview',
      'processing-register-son',
      'audit-answer-kpmg-2026',
    ]) {
      expect(files).toContain(`lisa-out/${id}.pdf`);
      expect(files).toContain(`lisa-out/${id}.html`);
    }
    expect(files).toContain('lisa-out/processing-register-son.csv');
    for (const f of files) expect(existsSync(path.join(r.dir, f)), f).toBe(true);
    expect(readFileSync(path.join(r.dir, 'lisa-out/yearly-report.pdf')).subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
    // The footer stamp names the commit the data came from.
    expect(readFileSync(path.join(r.dir, 'lisa-out/systems-overview.html'), 'utf8')).toContain(
      r.headSha.slice(0, 7),
    );
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', 'output-dir': 'lisa-out' });
    expect(result.summary).toContain('### Dokument');
    expect(result.summary).toContain(
      'Registerförteckning – Socialnämnden (`processing-register-son`): `lisa-out/processing-register-son.pdf`',
    );
    // A push talks to no API unless it attaches to a release.
    expect(github.requests).toEqual([]);
  });

  it.runIf(browser)(
    'attaches the PDFs to the release of a tag, replacing those of an earlier run',
    async () => {
      // No audit and no processing: four documents (socialnämnden's own yearly report among them), so that
      // the writes GitHub wants a second apart stay few.
      const r = repo(
        edit({ 'audit/kpmg-2026.yaml': null, 'processing/elevhalsans-journalforing.yaml': null }),
      );
      const first = await push(r, 'refs/tags/v2026.1', { release: 'true', output: 'handlingar' });
      expect(first.code).toBe(0);
      expect(github.of('repos.getReleaseByTag').map((q) => q.status)).toEqual([404]);
      expect(github.of('repos.createRelease')[0]?.body).toMatchObject({ tag_name: 'v2026.1' });
      const release = github.releases.get('v2026.1');
      const names = release?.assets.map((a) => a.name).sort();
      expect(names).toEqual([
        'kpi-review.pdf',
        'systems-overview.pdf',
        'yearly-report-son.pdf',
        'yearly-report.pdf',
      ]);
      for (const a of release?.assets ?? []) {
        expect(a.content_type).toBe('application/pdf');
        expect(a.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      }
      // Uploads go to upload_url, not to the API root.
      expect(
        github
          .of('repos.uploadReleaseAsset')
          .every((q) => q.path.startsWith('/uploads/') && q.query.get('name')?.endsWith('.pdf')),
      ).toBe(true);
      expect(first.outputs.documents).toContain('handlingar/yearly-report.pdf');

      const before = new Set(release?.assets.map((a) => a.id));
      const second = await push(r, 'refs/tags/v2026.1', { release: 'true', output: 'handlingar' });
      expect(second.code).toBe(0);
      expect(github.of('repos.createRelease')).toHaveLength(1);
      expect(github.of('repos.deleteReleaseAsset')).toHaveLength(4);
      expect(github.releases.get('v2026.1')?.assets).toHaveLength(4);
      expect(github.releases.get('v2026.1')?.assets.some((a) => before.has(a.id))).toBe(false);
    },
    60_000,
  );

  it('makes no documents on a push to another branch', async () => {
    const r = repo(BASE);
    const result = await push(r, 'refs/heads/feature');
    expect(result.code).toBe(0);
    expect(result.outputs.documents).toBe('');
    expect(result.stdout).toContain('Händelsen push skapar inga dokument');
    expect(existsSync(path.join(r.dir, 'lisa-out'))).toBe(false);
  });

  it('makes no documents from a registry with errors, and fails', async () => {
    const r = repo(patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1'));
    const result = await push(r, 'refs/heads/main', { release: 'true' });
    expect(result.code).toBe(1);
    expect(result.outputs.documents).toBe('');
    expect(result.summary).toContain('Dokumenten skapades inte eftersom registret har fel.');
    expect(existsSync(path.join(r.dir, 'lisa-out'))).toBe(false);
    expect(github.requests).toEqual([]);
  });
});
