import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import pkg from '../../package.json' with { type: 'json' };
import { swedishIn } from '../norway/swedish.js';
import { FIXTURES, removeTempDirs, TODAY, tempDir } from './helpers.js';

// The walk-through of a new adopter, as a test: pack the package as npm would publish it, install the
// tarball into an empty folder outside this repository, and use only what that install gives.

const exec = promisify(execFile);
const ROOT = path.resolve('.');

/**
 * The environment of a user's shell (proxy and certificate settings included), without what `npm test`
 * adds for its own run: the adopter's npm must not think it is inside this package.
 */
function env(): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'sv_SE.UTF-8' };
  for (const key of Object.keys(out))
    if (/^npm_(package|lifecycle)_|^npm_config_local_prefix$|^npm_command$|^INIT_CWD$/.test(key))
      delete out[key];
  delete out.LISA_LANG;
  return out;
}

async function sh(cmd: string, args: string[], cwd: string, allowFail = false) {
  try {
    const { stdout, stderr } = await exec(cmd, args, {
      cwd,
      env: env(),
      timeout: 90_000,
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    if (!allowFail)
      throw new Error(`${cmd} ${args.join(' ')} failed (${err.code}):\n${err.stdout}\n${err.stderr}`);
    return { code: err.code ?? 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

let tarball = '';
let repo = '';

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'build/cli/main.js')))
    throw new Error('build/ is missing: run "npm run build" first.');
  const packDir = tempDir('lisa-pack-');
  // The build is what npm test has already compiled; --ignore-scripts keeps the pack from building again.
  await sh('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], ROOT);
  tarball = path.join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')) as string);
  repo = tempDir('lisa-adopter-');
  writeFileSync(path.join(repo, 'package.json'), '{ "name": "norrvik-lis", "private": true }\n');
  // From npm's cache when everything is there (after npm ci it mostly is), else from the registry.
  const install = ['install', '--save-dev', '--no-audit', '--no-fund', '--ignore-scripts', tarball];
  const offline = await sh('npm', [...install, '--offline'], repo, true);
  if (offline.code !== 0) await sh('npm', [...install, '--prefer-offline'], repo);
}, 120_000);

// Removing the installed node_modules takes long on a busy machine.
afterAll(removeTempDirs, 180_000);

describe('the packed package, installed into an empty repository', () => {
  it('holds what an adopter needs and none of the tests', async () => {
    const { stdout } = await sh('tar', ['tzf', tarball], ROOT);
    const files = stdout.split('\n').filter(Boolean);
    for (const f of [
      'package/build/cli/main.js',
      'package/schemas/processing.schema.json',
      'package/templates/shared/processing-register.njk',
      'package/mappings/imy-registerforteckning.yaml',
      'package/bot/manifest.yaml',
      'package/docs/kom-igang.md',
      'package/docs/kom-i-gang.md',
      'package/CHANGELOG.md',
    ])
      expect(files, f).toContain(f);
    expect(
      files.filter((f) => /\/tests?\//.test(f) || f.includes('/dist/') || f.includes('/bench/')),
    ).toEqual([]);
  });

  it('from install to an exported workbook: init, import, validate, render, export', async () => {
    // npx finds the installed devDependency (never the unrelated package named lisa); after that, the bin
    // npm linked is called directly, which is what npx runs, without npx's second of start-up each time.
    const version = await sh('npx', ['lisa', 'version'], repo);
    expect(version.stdout.trim()).toBe(pkg.version);
    const lisa = (...args: string[]) => sh(path.join(repo, 'node_modules/.bin/lisa'), args, repo, true);
    expect((await lisa('--version')).stdout.trim()).toBe(pkg.version);

    const init = await lisa(
      'init',
      '--yes',
      '--name',
      'Norrviks kommun',
      '--dpo',
      'Dataskyddsombudet <dso@norrvik.se>',
      '--today',
      TODAY,
    );
    expect(init.code, init.stderr).toBe(0);
    const settings = JSON.parse(readFileSync(path.join(repo, '.vscode/settings.json'), 'utf8'));
    for (const schema of Object.keys(settings['yaml.schemas']))
      expect(existsSync(path.join(repo, schema)), schema).toBe(true);

    const processing = await lisa(
      'import',
      path.join(FIXTURES, 'registerforteckning-imy.xlsx'),
      '--today',
      TODAY,
    );
    expect(processing.code, processing.stderr).toBe(0);
    expect(processing.stdout).toContain('3 av 3 rader lästes in.');
    const classifications = await lisa(
      'import',
      path.join(FIXTURES, 'klassningar-klassa.xlsx'),
      '--today',
      TODAY,
    );
    expect(classifications.code, classifications.stderr).toBe(0);

    const validate = await lisa('validate', '--today', TODAY);
    expect(validate.stdout).toContain('Inga problem i 25 filer');
    expect(validate.code).toBe(0);

    const render = await lisa('render', '--format', 'html', '--today', TODAY);
    expect(render.code, render.stderr).toBe(0);
    const html = readFileSync(path.join(repo, 'out/processing-register-socialnamnden.html'), 'utf8').replace(
      /\u00ad/g,
      '',
    );
    expect(html).toContain('Handläggning av ekonomiskt bistånd');

    const exported = await lisa('export', '--today', TODAY);
    expect(exported.code, exported.stderr).toBe(0);
    // Read back by SheetJS, not by exceljs that wrote it.
    const register = XLSX.read(readFileSync(path.join(repo, 'out/registerforteckning.xlsx')), {
      bookFiles: true,
    });
    expect(register.SheetNames).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    const son = XLSX.utils.sheet_to_json<string[]>(register.Sheets.Socialnämnden as XLSX.WorkSheet, {
      header: 1,
    });
    expect(son[0]?.slice(0, 4)).toEqual(['Id', 'Behandling', 'Roll', 'Personuppgiftsansvarig']);
    expect(son.map((r) => r[1])).toContain('Handläggning av ekonomiskt bistånd');
    const files = (register as unknown as { files: Record<string, { content: Uint8Array }> }).files;
    expect(Buffer.from(files['xl/worksheets/sheet2.xml']?.content ?? []).toString()).toContain(
      'state="frozen"',
    );

    const overview = XLSX.read(readFileSync(path.join(repo, 'out/system-och-klassningar.xlsx')));
    expect(overview.SheetNames).toEqual(['System', 'Klassningar']);
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(
      overview.Sheets.Klassningar as XLSX.WorkSheet,
      {
        header: 1,
      },
    );
    const personakter = rows.find((r) => r[1] === 'Personakter inom socialtjänsten');
    expect(personakter?.slice(6, 10)).toEqual([3, 3, 2, 3]);
    // Confidentiality 4: restricted, so the sheet says it exists and nothing more.
    const skyddad = rows.find((r) => r[1] === 'Uppgifter om personer med skyddad identitet') as (
      | string
      | number
    )[];
    expect(skyddad.at(-1)).toBe('Begränsad uppgift');
    expect(skyddad.slice(3, -1).filter((c) => c !== '' && c !== undefined)).toEqual([]);
  }, 120_000);

  it('a Norwegian kommune, as docs/kom-i-gang.md walks it: init --country no, Datatilsynet protocol, export', async () => {
    // A second registry repository beside the first, using the same install: the bin by its absolute path.
    const bin = path.join(repo, 'node_modules/.bin/lisa');
    const dir = path.join(repo, 'nordvik');
    const lisa = (...args: string[]) => sh(bin, args, dir, true);
    const init = await sh(
      bin,
      [
        'init',
        'nordvik',
        '--yes',
        '--country',
        'no',
        '--name',
        'Nordvik kommune',
        '--boards',
        'Kommunestyret, Formannskapet',
        '--today',
        TODAY,
      ],
      repo,
      true,
    );
    expect(init.code, init.stderr).toBe(0);
    const imported = await lisa(
      'import',
      path.join(FIXTURES, 'protokoll-datatilsynet.xlsx'),
      '--today',
      TODAY,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('2 av 2 rader ble lest inn.');
    const validate = await lisa('validate', '--today', TODAY);
    expect(validate.stdout).toContain('Ingen problemer i 18 filer');
    const render = await lisa('render', '--format', 'html', '--today', TODAY);
    expect(render.code, render.stderr).toBe(0);
    const html = readFileSync(path.join(dir, 'out/processing-register.html'), 'utf8').replace(/\u00ad/g, '');
    expect(html).toContain('Barnevernssaker');
    const exported = await lisa('export', '--today', TODAY);
    expect(exported.code, exported.stderr).toBe(0);
    // One register, for the kommune: no committee stands in as controller.
    const register = XLSX.read(readFileSync(path.join(dir, 'out/behandlingsprotokoll.xlsx')));
    expect(register.SheetNames).toEqual(['Nordvik kommune']);
    const rows = XLSX.utils.sheet_to_json<string[]>(register.Sheets['Nordvik kommune'] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(['Barnevernssaker', 'Lønn og personal']));
    for (const cell of rows.flat().map(String)) expect(swedishIn(cell), cell).toEqual([]);
  }, 120_000);
});
