import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFinding } from '../../lib/finding.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';
import { lisa } from '../cli/helpers.js';
import { ORG } from '../helpers/sources.js';
import { system, TODAY } from './fixtures.js';

// What is on disk is read as it is: no link is followed out of the registry, nothing but regular files is
// opened, and a name that is not UTF-8 is a finding. Each is said, never skipped in silence.

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A repository (with .git) holding `registry/` with the files given. */
function repo(files: Record<string, string>): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'lisa-disk-'));
  made.push(cwd);
  mkdirSync(path.join(cwd, '.git'));
  for (const [rel, text] of Object.entries({ 'lisa.yaml': ORG, ...files })) {
    const abs = path.join(cwd, 'registry', rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return cwd;
}

async function validate(cwd: string, dir = 'registry') {
  return validateSources(dir, await readRegistryFiles(dir, cwd), { today: TODAY });
}

const SECRET =
  'name: Hemligt\nboard: son\nowner: socialchef\nhosting: on-premises\nprotection: {}\n# GITHUB_TOKEN=ghs_x\n';

describe('links and special files in the registry', () => {
  it('does not follow a registry folder that is a link (registry -> /), and says so', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'lisa-disk-'));
    made.push(cwd);
    mkdirSync(path.join(cwd, '.git'));
    symlinkSync('/', path.join(cwd, 'registry'));
    const r = await validate(cwd);
    expect(r.findings.map((f) => f.rule)).toEqual(['registry-link']);
    expect(r.findings[0] && describeFinding(r.findings[0], 'sv').message).toContain(
      'Registermappen registry är en symbolisk länk',
    );
    expect(r.registry.files).toHaveLength(0);
    expect(r.errors).toBe(1);
  });

  it('does not follow a folder inside the repository that leads out of it', async () => {
    const cwd = repo({});
    const outside = repo({ 'system/hemligt.yaml': SECRET });
    symlinkSync(outside, path.join(cwd, 'data'));
    const r = await validate(cwd, 'data/registry');
    expect(r.findings.map((f) => f.rule)).toEqual(['registry-link']);
  });

  it('reports a register file that is a link, and a link to a folder, and reads neither', async () => {
    const cwd = repo({});
    const outside = repo({ 'system/hemligt.yaml': SECRET });
    symlinkSync(
      path.join(outside, 'registry', 'system', 'hemligt.yaml'),
      path.join(cwd, 'registry', 'system.yaml'),
    );
    mkdirSync(path.join(cwd, 'registry', 'system'));
    symlinkSync(
      path.join(outside, 'registry', 'system', 'hemligt.yaml'),
      path.join(cwd, 'registry', 'system', 'hemligt.yaml'),
    );
    symlinkSync(path.join(outside, 'registry', 'system'), path.join(cwd, 'registry', 'asset'));
    const r = await validate(cwd);
    const links = r.findings.filter((f) => f.rule === 'file-symlink').map((f) => f.file);
    expect(links.sort()).toEqual(['registry/asset', 'registry/system.yaml', 'registry/system/hemligt.yaml']);
    expect(r.registry.entities.system.size).toBe(0);
    expect(JSON.stringify(r)).not.toContain('ghs_x');
  });

  it('a logo that is a link is an error in validation, so nothing is rendered from it', async () => {
    const cwd = repo({ 'lisa.yaml': `${ORG}logo: logo.png\n` });
    symlinkSync('/proc/self/environ', path.join(cwd, 'registry', 'logo.png'));
    const r = await validate(cwd);
    expect(r.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['registry/logo.png file-symlink']);
    const render = await lisa(['render', 'registry', '--format', 'html', '--out', 'out', '--today', TODAY], {
      cwd,
    });
    expect(render.code).toBe(1);
    expect(render.stderr).toContain('file-symlink');
  });

  it('never opens a FIFO (it would block) and reports it', async () => {
    const cwd = repo({});
    mkdirSync(path.join(cwd, 'registry', 'system'));
    execFileSync('mkfifo', [path.join(cwd, 'registry', 'system', 'ror.yaml')]);
    const r = await validate(cwd);
    expect(r.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['registry/system/ror.yaml file-special']);
  });

  it('a reference to a register file that is a link is not "no such file"', async () => {
    const cwd = repo({
      'asset/journal.yaml':
        'name: Journal\nboard: son\nowner: socialchef\nsystems: [arx]\npersonalData: false\n',
    });
    const outside = repo({ 'system/arx.yaml': system('Arx', { confidentiality: 1 }) });
    mkdirSync(path.join(cwd, 'registry', 'system'));
    symlinkSync(
      path.join(outside, 'registry', 'system', 'arx.yaml'),
      path.join(cwd, 'registry', 'system', 'arx.yaml'),
    );
    const r = await validate(cwd);
    expect(r.findings.map((f) => f.rule)).toContain('file-symlink');
    expect(r.findings.map((f) => f.rule)).not.toContain('dangling-reference');
  });
});

describe('every file under the registry is scanned for identity numbers', () => {
  it('dot-files, Markdown and CSV, from disk', async () => {
    // Skatteverket's test number.
    const cwd = repo({
      'README-kontakter.md': '# Kontakter\nAnna 121212-1212\n',
      'system/.utkast.yaml': 'name: Utkast\n# 121212-1212\n',
      '.hidden/elever.csv': 'namn;pnr\nAnna;121212-1212\n',
    });
    const r = await validate(cwd);
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'registry/.hidden/elever.csv:2 identity-number',
      'registry/README-kontakter.md:2 identity-number',
      'registry/system/.utkast.yaml:2 identity-number',
    ]);
  });
});

describe('file names that are not UTF-8', () => {
  const latin1 = (cwd: string) => {
    // "Sjöbacka.yaml" saved by a Latin-1 tool: ö is the single byte 0xF6.
    const name = Buffer.concat([
      Buffer.from(path.join(cwd, 'registry', 'system', 'Sj')),
      Buffer.from([0xf6]),
      Buffer.from('backa.yaml'),
    ]);
    writeFileSync(name, system('Sjöbacka', { confidentiality: 1 }));
  };

  it('are a finding telling to rename, in validate, ask and render — never a crash', async () => {
    const cwd = repo({ 'system/arx.yaml': system('Arx', { confidentiality: 1 }) });
    latin1(cwd);
    const r = await validate(cwd);
    const f = r.findings.find((x) => x.rule === 'file-name-encoding');
    expect(f?.file).toBe('registry/system/Sj\\xf6backa.yaml');
    expect(f && describeFinding(f, 'sv').hint).toContain('Byt namn på filen');
    const v = await lisa(['validate', 'registry', '--today', TODAY], { cwd });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('file-name-encoding');
    const ask = await lisa(['ask', 'vem äger Arx?', '--registry', 'registry'], { cwd });
    expect(ask.code).not.toBe(70);
    const render = await lisa(['render', 'registry', '--format', 'html', '--out', 'out', '--today', TODAY], {
      cwd,
    });
    expect(render.code).toBe(1);
    expect(render.stderr).toContain('file-name-encoding');
  });
});
