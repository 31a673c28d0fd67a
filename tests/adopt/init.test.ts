import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, TODAY, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const SV = ['--yes', '--name', 'Norrviks kommun', '--today', TODAY];

describe('lisa init', () => {
  it('writes a Swedish registry that validates clean, with the repository files around it', async () => {
    const dir = tempDir();
    const init = await run(
      [
        'init',
        ...SV,
        '--boards',
        'Kommunstyrelsen, Socialnämnden, Barn- och utbildningsnämnden',
        '--dpo',
        'Johan Almgren <dso@norrvik.se>',
      ],
      dir,
    );
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const org = readFileSync(path.join(dir, 'registry/lisa.yaml'), 'utf8');
    expect(org).toContain('name: Norrviks kommun');
    expect(org).toContain('locale: sv');
    expect(org).toContain('id: barn-och-utbildningsnamnden');
    expect(org).toMatch(/dataskyddsombud:[\s\S]*name: Johan Almgren\n\s+email: dso@norrvik.se/);
    for (const kind of [
      'system',
      'asset',
      'classification',
      'processing',
      'document',
      'kpi',
      'cycle',
      'audit',
      'faq',
      'incident',
      'agreement',
      'training',
      'risk',
      'plan',
      'review',
    ]) {
      const files = init.stdout.split('\n').filter((l) => l.includes(`registry/${kind}/`));
      expect(files, kind).toHaveLength(1);
      const text = readFileSync(path.join(dir, (files[0] as string).trim()), 'utf8');
      expect(text.startsWith('# EXEMPEL skapat av lisa init')).toBe(true);
    }
    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']['./node_modules/@lisa-isms/lisa/schemas/processing.schema.json']).toBe(
      'registry/processing/**/*.yaml',
    );
    expect(readFileSync(path.join(dir, '.github/workflows/lisa.yml'), 'utf8')).toContain(
      'uses: lisa-isms/lisa@v1',
    );
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('npx lisa validate');
    const validate = await run(['validate', '--today', TODAY], dir);
    expect(validate.stdout).toContain('Inga problem i 16 filer');
    expect(validate.code).toBe(0);
  });

  it('writes a Norwegian registry in bokmål that validates clean', async () => {
    const dir = tempDir();
    const init = await run(
      ['init', '--yes', '--name', 'Nordvik kommune', '--country', 'no', '--today', TODAY],
      dir,
    );
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('filer laget');
    const org = readFileSync(path.join(dir, 'registry/lisa.yaml'), 'utf8');
    expect(org).toContain('locale: nb');
    expect(org).toContain('timezone: Europe/Oslo');
    // The kommune itself is controller: no board is invented for it, and the activity names none.
    expect(org).toContain('country: "no"');
    expect(org).toMatch(/^controller:\n {2}dpo: personvernombud$/m);
    expect(org).toContain('id: formannskapet');
    expect(org).not.toContain('id: nordvik-kommune');
    expect(org).toContain('Strengt fortrolig');
    const activity = readFileSync(path.join(dir, 'registry/processing/eksempel-behandling.yaml'), 'utf8');
    expect(activity).not.toMatch(/^controller:/m);
    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']['./node_modules/@lisa-isms/lisa/schemas/nb/processing.schema.json']).toBe(
      'registry/processing/**/*.yaml',
    );
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('informasjonssikkerhet som kode');
    const validate = await run(['validate', '--today', TODAY], dir);
    expect(validate.stdout).toContain('Ingen problemer i 16 filer');
    expect(validate.code).toBe(0);
  });

  it('refuses to overwrite anything: lists what exists, exit 2, nothing changed', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), 'our own readme\n');
    const r = await run(['init', ...SV], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('skriver aldrig över något');
    expect(r.stderr).toContain('  README.md');
    expect(r.stderr).not.toContain('registry/lisa.yaml');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('our own readme\n');
    expect(existsSync(path.join(dir, 'registry'))).toBe(false);
  });

  it('asks on a terminal, with defaults from the country', async () => {
    const dir = tempDir();
    const r = await run(['init', '--today', TODAY], dir, [
      'Ekby kommun',
      'se',
      '',
      'Kommunstyrelsen, Tekniska nämnden',
      'Karin Ek <karin.ek@ekby.se>',
      '',
      '',
      '',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Organisationens namn');
    expect(r.stdout).toContain('Registrets språk: sv eller nb [sv]');
    const org = readFileSync(path.join(dir, 'registry/lisa.yaml'), 'utf8');
    expect(org).toContain('name: Ekby kommun');
    expect(org).toContain('id: tekniska-namnden');
    expect(org).toMatch(/informationssakerhetssamordnare:[\s\S]*name: Karin Ek\n\s+email: karin.ek@ekby.se/);
    expect((await run(['validate', '--today', TODAY], dir)).code).toBe(0);
  });

  it('without a terminal and without --yes, says how to script it', async () => {
    const r = await run(['init'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
  });

  it('refuses answers that would not validate, before writing anything', async () => {
    const dir = tempDir();
    const r = await run(['init', ...SV, '--dpo', 'Johan <inte-en-adress>'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid-value');
    expect(r.stderr).toContain('Inget skrevs');
    expect(existsSync(path.join(dir, 'registry'))).toBe(false);
  });

  it('a registry is Swedish or Norwegian: --lang en is a usage error, told in English', async () => {
    const r = await run(['init', '--yes', '--name', 'X', '--lang', 'en'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid value for --lang: "en" (allowed: sv, nb)');
  });
});
