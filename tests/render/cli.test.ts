import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lisa, registryOnDisk, removeRegistries } from '../cli/helpers.js';
import { FILES, TODAY } from './fixture.js';

// `lisa render` in-process. HTML only, except where the browser's absence is the point: the PDFs are
// tested in pdf.test.ts.

afterAll(removeRegistries);

const args = (...more: string[]) => ['render', 'registry', '--out', 'out', '--today', TODAY, ...more];
// Chromium is installed here; a CHROME_PATH to nowhere is how a test makes it absent.
const NO_BROWSER = { CHROME_PATH: '/nowhere/chromium' };

describe('lisa render', () => {
  it('writes the documents and lists them', async () => {
    const cwd = registryOnDisk(FILES);
    const r = await lisa(args('--format', 'html'), { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 10 dokument i out:\n');
    expect(r.stdout).toContain(
      '  Registerförteckning – Socialnämnden\n    processing-register-son.html  processing-register-son.csv\n',
    );
    for (const f of [
      'yearly-report.html',
      'kpi-review.html',
      'systems-overview.html',
      'processing-register-ks.csv',
    ]) {
      expect(existsSync(path.join(cwd, 'out', f)), f).toBe(true);
    }
  });

  it('refuses to render a registry with errors, and prints the findings', async () => {
    const cwd = registryOnDisk({
      ...FILES,
      'system/office.yaml': FILES['system/office.yaml'].replace('board: ks', 'board: kss'),
    });
    const r = await lisa(args('--format', 'html'), { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'registry/system/office.yaml:2:8 fel dangling-reference Nämnden "kss" finns inte. Menade du "ks"?',
    );
    expect(r.stderr).toContain(
      'Inga dokument skapades: registret har 1 fel. Rätta felen ovan och kör lisa render igen.',
    );
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('speaks the registry’s language, or the one asked for', async () => {
    const cwd = registryOnDisk({
      ...FILES,
      'lisa.yaml': FILES['lisa.yaml'].replace('locale: sv', 'locale: nb'),
    });
    const nb = await lisa(args('--format', 'html'), { cwd });
    expect(nb.stdout).toContain('✔ 10 dokumenter i out:');
    expect(readFileSync(path.join(cwd, 'out', 'kpi-review.html'), 'utf8')).toContain('<html lang="nb">');
    const en = await lisa(args('--format', 'html', '--lang', 'en', '--out', 'out-en'), { cwd });
    expect(en.stdout).toContain('✔ 10 documents in out-en:');
    expect(readFileSync(path.join(cwd, 'out-en', 'kpi-review.html'), 'utf8')).toContain('<html lang="en">');
  });

  it('uses templates from the folder given with --templates', async () => {
    const cwd = registryOnDisk(FILES);
    mkdirSync(path.join(cwd, 'mallar'));
    writeFileSync(
      path.join(cwd, 'mallar', 'kpi-review.njk'),
      '{% extends "layout.njk" %}{% block content %}<h1>Vår egen uppföljning</h1>{% endblock %}',
    );
    const r = await lisa(args('--format', 'html', '--templates', 'mallar'), { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out', 'kpi-review.html'), 'utf8')).toContain(
      '<h1>Vår egen uppföljning</h1>',
    );
    expect(readFileSync(path.join(cwd, 'out', 'yearly-report.html'), 'utf8')).toContain(
      '<h2>Sammanfattning</h2>',
    );
  });

  it('stamps "ej versionshanterad" outside Git, and the commit inside it', async () => {
    const cwd = registryOnDisk(FILES);
    await lisa(args('--format', 'html', '--only', 'kpi-review'), { cwd });
    expect(readFileSync(path.join(cwd, 'out', 'kpi-review.html'), 'utf8')).toContain(
      '(ej versionshanterad kopia)',
    );

    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...a], {
        cwd,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', 'registry');
    git('commit', '-q', '-m', 'Registret');
    const sha = git('rev-parse', 'HEAD').trim();
    await lisa(args('--format', 'html', '--only', 'kpi-review'), { cwd });
    const html = readFileSync(path.join(cwd, 'out', 'kpi-review.html'), 'utf8');
    expect(html).toContain(`version ${sha}`);
    expect(html).not.toContain('incheckade');
    writeFileSync(path.join(cwd, 'registry', 'kpi', 'ny.yaml'), FILES['kpi/incidenter.yaml']);
    await lisa(args('--format', 'html', '--only', 'kpi-review'), { cwd });
    expect(readFileSync(path.join(cwd, 'out', 'kpi-review.html'), 'utf8')).toContain(
      'med ändringar som ännu inte är incheckade',
    );
  });

  it('without a browser writes HTML, says how to get one, and fails only if PDF was asked for', async () => {
    const cwd = registryOnDisk(FILES);
    const plain = await lisa(args('--only', 'kpi-review'), { cwd, env: NO_BROWSER });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('kpi-review.html');
    expect(plain.stderr).toContain('CHROME_PATH pekar på /nowhere/chromium, men där finns ingen fil.');
    expect(plain.stderr).toContain('sudo apt-get install chromium');
    expect(plain.stderr).toContain('Bara HTML skapades.');
    expect(existsSync(path.join(cwd, 'out', 'kpi-review.pdf'))).toBe(false);

    const asked = await lisa(args('--only', 'kpi-review', '--format', 'pdf'), { cwd, env: NO_BROWSER });
    expect(asked.code).toBe(1);
    expect(asked.stderr).toContain('Installera Chromium');

    const en = await lisa(args('--only', 'kpi-review', '--format', 'html,pdf', '--lang', 'en'), {
      cwd,
      env: NO_BROWSER,
    });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('No Chrome or Chromium was found');
  });

  it('rejects bad options with exit code 2', async () => {
    const cwd = registryOnDisk(FILES);
    expect((await lisa(args('--format', 'docx'), { cwd })).stderr).toContain(
      'Ogiltigt värde för --format: "docx"',
    );
    expect((await lisa(args('--format', 'docx'), { cwd })).code).toBe(2);
    expect((await lisa(args('--today', '2026-13-01'), { cwd })).code).toBe(2);
    expect((await lisa(args('--utdata', 'x'), { cwd })).code).toBe(2);
    expect((await lisa(['render', 'saknas', '--format', 'html'], { cwd })).code).toBe(2);
  });

  it('fails for an unknown document id', async () => {
    const cwd = registryOnDisk(FILES);
    const r = await lisa(args('--format', 'html', '--only', 'arsrapport'), { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Det finns inget dokument "arsrapport".');
  });
});
