import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistryAt } from '../../action/git.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';
import { ORG } from '../helpers/sources.js';

// The base of a pull request is read from git objects. A link committed there is a blob holding the link's
// target (mode 120000): it is reported as a link, never parsed as if it were the file.

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  });
}

describe('the base registry from git', () => {
  it('reports a link in the base as a link, and never reads what it points to', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'lisa-git-'));
    made.push(cwd);
    git(cwd, 'init', '-q');
    mkdirSync(path.join(cwd, 'registry', 'system'), { recursive: true });
    writeFileSync(path.join(cwd, 'registry', 'lisa.yaml'), ORG);
    const secret = path.join(cwd, 'secret.yaml');
    writeFileSync(secret, 'name: GITHUB_TOKEN=ghs_basen\n');
    symlinkSync(secret, path.join(cwd, 'registry', 'system', 'arx.yaml'));
    symlinkSync('/proc/self/environ', path.join(cwd, 'registry', 'env.yaml'));
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-qm', 'base');
    const sha = git(cwd, 'rev-parse', 'HEAD').trim();
    // The pull request replaces both links with plain files.
    unlinkSync(path.join(cwd, 'registry', 'system', 'arx.yaml'));
    unlinkSync(path.join(cwd, 'registry', 'env.yaml'));
    writeFileSync(path.join(cwd, 'registry', 'system', 'arx.yaml'), 'name: Arx\n');
    writeFileSync(path.join(cwd, 'registry', 'env.yaml'), 'x: 1\n');
    const head = await readRegistryFiles('registry', cwd);
    const base = await readRegistryAt(cwd, 'registry', sha, head);
    if (!base.ok) throw new Error(`base not read: ${base.reason}`);
    const refused = base.sources.filter((s) => s.refused).map((s) => `${s.file} ${s.refused}`);
    expect(refused.sort()).toEqual(['registry/env.yaml symlink', 'registry/system/arx.yaml symlink']);
    const result = validateSources('registry', base.sources, { today: '2026-11-23' });
    expect(
      result.findings
        .filter((f) => f.rule === 'file-symlink')
        .map((f) => f.file)
        .sort(),
    ).toEqual(['registry/env.yaml', 'registry/system/arx.yaml']);
    expect(JSON.stringify(result.findings)).not.toMatch(/ghs_basen|secret\.yaml|proc/);
  });
});
