// SARIF for GitHub code scanning: valid against the SARIF 2.1.0 schema; every rule with help and a helpUri;
// URIs relative to the repository root wherever lisa was started; fingerprints that survive an unrelated
// edit above the finding; and the commit, branch and credential-free remote of the checkout.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import _AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { publicRemote } from '../../cli/repository.js';
import { FINGERPRINT_KEY } from '../../lib/format/fingerprint.js';
import { RULE_DOCS_URL } from '../../lib/rules/docs.js';
import { ALL_RULES } from '../../lib/rules/index.js';
import { lisa, registryOnDisk } from '../cli/helpers.js';
import { ORG, system } from '../validate/fixtures.js';

const schema = JSON.parse(
  readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sarif-2.1.0-rtm.5.json'),
    'utf8',
  ),
);
// A CommonJS module: under Node's ESM its class is the default export's `default` (as lib/schema.ts does).
const AjvDraft04 = _AjvDraft04.default;
// The schema's `language` pattern has a stray `]`, legal only without the u flag.
const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();

const FILES = {
  'lisa.yaml': ORG,
  // An unknown field and a board that does not exist: two findings in one file.
  'system/elevhälsa.yaml': `${system('Elevhälsa', {})}colour: blue\n`.replace('board: son', 'board: socn'),
};

interface SarifRun {
  tool: { driver: { rules: { id: string; help: { text: string; markdown: string }; helpUri: string }[] } };
  results: {
    ruleId: string;
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
    partialFingerprints: Record<string, string>;
  }[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  versionControlProvenance?: { repositoryUri: string; revisionId?: string; branch?: string }[];
}

async function sarif(cwd: string, dir: string): Promise<SarifRun> {
  const r = await lisa(['validate', dir, '--format', 'sarif', '--today', '2026-11-23'], { cwd });
  expect(r.code).toBe(1);
  const log = JSON.parse(r.stdout);
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
  return log.runs[0] as SarifRun;
}

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 with help and a documentation link for every rule', async () => {
    const run = await sarif(registryOnDisk(FILES), 'registry');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toBe(`${RULE_DOCS_URL}${rule.id}.md`);
      expect(rule.help.text.length).toBeGreaterThan(10);
      expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
    }
  });

  it('in a git checkout: URIs from the repository root, provenance without credentials, stable fingerprints', async () => {
    const cwd = registryOnDisk(FILES);
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'remote', 'add', 'origin', 'https://x-access-token:ghs_secret123@github.com/sjobacka/lis.git');
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-q', '-m', 'registry');
    const head = git(cwd, 'rev-parse', 'HEAD');
    // Started inside the registry folder: the URIs are still relative to the repository root.
    const run = await sarif(path.join(cwd, 'registry'), '.');
    const uris = run.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: 'registry/system/elevh%C3%A4lsa.yaml', uriBaseId: '%SRCROOT%' });
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`file://${cwd}/`);
    expect(run.versionControlProvenance).toEqual([
      {
        repositoryUri: 'https://github.com/sjobacka/lis',
        revisionId: head,
        branch: 'main',
        mappedTo: { uriBaseId: '%SRCROOT%' },
      },
    ]);
    expect(JSON.stringify(run)).not.toContain('ghs_secret123');

    // An unrelated edit above the findings moves their lines, not their fingerprints.
    const before = run.results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
    expect(new Set(before).size).toBe(before.length);
    const moved = registryOnDisk({
      ...FILES,
      'system/elevhälsa.yaml': `# En kommentar\n# och en till\n${FILES['system/elevhälsa.yaml']}`,
    });
    const again = await sarif(moved, 'registry');
    const prints = (run: SarifRun) =>
      run.results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
    expect(prints(again)).toEqual(before);
    // So does a changed value that the message quotes: the alert is about the same place.
    const changed = registryOnDisk({
      ...FILES,
      'system/elevhälsa.yaml': FILES['system/elevhälsa.yaml'].replace('board: socn', 'board: sokn'),
    });
    expect(prints(await sarif(changed, 'registry'))).toEqual(before);
  });

  it('names a remote without user or token', () => {
    expect(publicRemote('https://user:ghp_x@github.com/o/r.git')).toBe('https://github.com/o/r');
    expect(publicRemote('git@github.com:o/r.git')).toBe('https://github.com/o/r');
    expect(publicRemote('ssh://git@ghe.example.org:2222/o/r')).toBe('https://ghe.example.org:2222/o/r');
    expect(publicRemote('/srv/git/r.git')).toBeUndefined();
  });
});
