import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../lib/rules/index.js';
import { asset, classification, DECIDED, doc, ORG, system } from '../validate/fixtures.js';
import { ANSI, lisa, registryOnDisk, removeRegistries } from './helpers.js';

afterAll(removeRegistries);

const CLEAN = {
  'lisa.yaml': ORG,
  'system/procapita.yaml': system('Procapita', { confidentiality: 3 }),
  'asset/journaler.yaml': asset('Journaler', 'systems: [procapita]\n'),
  'classification/journaler.yaml': classification('journaler', '2026-05-01', { confidentiality: 3 }),
};
const ERROR = {
  ...CLEAN,
  'system/lifecare.yaml': system('Lifecare', {}).replace('board: son', 'board: socn'),
};
// A document due for review on 2026-11-01: a warning from then on.
const WARNING = {
  ...CLEAN,
  'document/policy.yaml': doc('Policy', `${DECIDED}nextReview: 2026-11-01\ncommunicated: 2025-04-01\n`),
};
const TODAY = ['--today', '2026-11-23'];

describe('lisa validate: exit codes', () => {
  it('0 and a summary for a clean registry', async () => {
    const r = await lisa(['validate', 'registry', ...TODAY], { cwd: registryOnDisk(CLEAN) });
    expect(r).toEqual({ code: 0, stdout: '✔ Inga problem i 4 filer.\n', stderr: '' });
  });

  it('1 for errors, with each finding as path:line:col severity rule message and the hint below', async () => {
    const r = await lisa(['validate', 'registry', ...TODAY], { cwd: registryOnDisk(ERROR) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'registry/system/lifecare.yaml:2:8 fel dangling-reference Nämnden "socn" finns inte. Menade du "son"?',
      '    Så rättar du: Nämnder anges under boards i lisa.yaml.',
      '',
      '✖ 1 fel och 0 varningar i 5 filer.',
      '',
    ]);
  });

  it('0 for warnings only, 1 with --fail-on warning', async () => {
    const cwd = registryOnDisk(WARNING);
    const plain = await lisa(['validate', ...TODAY], { cwd });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('registry/document/policy.yaml:9:13 varning document-review-overdue');
    expect(plain.stdout).toContain('⚠ 0 fel och 1 varning i 5 filer.');
    expect((await lisa(['validate', ...TODAY, '--fail-on', 'warning'], { cwd })).code).toBe(1);
    expect((await lisa(['validate', ...TODAY, '--fail-on', 'error'], { cwd })).code).toBe(0);
  });

  it('--today moves the deadlines', async () => {
    const cwd = registryOnDisk(WARNING);
    expect((await lisa(['validate', '--today', '2026-10-31', '--fail-on', 'warning'], { cwd })).code).toBe(0);
    expect((await lisa(['validate', '--today', '2026-11-02', '--fail-on', 'warning'], { cwd })).code).toBe(1);
  });

  it('1 for every kind of broken file, each reported, nothing on stderr', async () => {
    const cwd = registryOnDisk({
      ...CLEAN,
      'system/syntax.yaml': 'name: [\n',
      'system/tab.yaml': 'name: P\nprotection:\n\tconfidentiality: 1\n',
      'system/binary.yaml': Uint8Array.from([0x6e, 0, 1]),
      'system/latin1.yaml': Buffer.from('name: G\xe5rd\n', 'latin1'),
      'system/empty.yaml': '',
      'system/list.yaml': '- a\n',
      'system/big.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n`,
      'system/dates.yaml': system('D', {}, 'protectionAssessed: 2024-02-30\n'),
    });
    const r = await lisa(['validate', ...TODAY, '--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const rules = (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules.sort()).toEqual(
      [
        'file-binary',
        'empty-file',
        'file-too-large',
        'invalid-date',
        'file-encoding',
        'wrong-type',
        'yaml-syntax',
        'yaml-tab',
      ].sort(),
    );
  });
});

describe('lisa validate: usage errors (exit 2, one line on stderr, nothing on stdout)', () => {
  const usage = async (argv: string[], env = {}) => {
    const r = await lisa(argv, { cwd: registryOnDisk(CLEAN), env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    return r.stderr.trim();
  };

  it('an unknown option, with a did-you-mean', async () => {
    expect(await usage(['validate', '--formt', 'json'])).toBe(
      'Okänd flagga --formt. Menade du "--format"? Kör "lisa --help" för att se flaggorna.',
    );
  });

  it('a bad --format, --fail-on or --lang value', async () => {
    expect(await usage(['validate', '--format', 'xml'])).toBe(
      'Ogiltigt värde för --format: "xml" (tillåtet: text, json, sarif)',
    );
    expect(await usage(['validate', '--fail-on', 'info'])).toContain('--fail-on');
    expect(await usage(['validate', '--lang', 'de'])).toContain('sv, nb, en');
  });

  it('a bad --today date, or none', async () => {
    expect(await usage(['validate', '--today', '2024-02-30'])).toBe(
      'Ogiltigt datum för --today: "2024-02-30" (skriv ÅÅÅÅ-MM-DD)',
    );
    expect(await usage(['validate', '--today', '23/11/2026'])).toContain('ÅÅÅÅ-MM-DD');
    expect(await usage(['validate', '--today'])).toBe(
      'Flaggan --today behöver ett värde. Kör "lisa --help" för att se flaggorna.',
    );
  });

  it('a registry folder that does not exist, or is a file', async () => {
    expect(await usage(['validate', 'regsitry'])).toBe(
      'Hittar ingen registermapp "regsitry". Ange mappen med registren, t.ex. "lisa validate registry".',
    );
    expect(await usage(['validate', 'registry/lisa.yaml'])).toContain('registry/lisa.yaml');
  });

  it('too many arguments', async () => {
    expect(await usage(['validate', 'registry', 'registry2'])).toBe('För många argument: registry2');
  });

  it('in the user’s language: --lang, then LISA_LANG, then LANG', async () => {
    expect(await usage(['validate', '--lang', 'en', '--formt', 'json'])).toMatch(
      /^Unknown option --formt\. Did you mean "--format"\? Run/,
    );
    expect(await usage(['validate', '--formt', 'json'], { LISA_LANG: 'nb' })).toMatch(
      /^Ukjent flagg --formt\. Mente du «--format»\?/,
    );
    expect(await usage(['validate', '--formt', 'json'], { LANG: 'nb_NO.UTF-8' })).toMatch(/^Ukjent flagg/);
    expect(await usage(['validate', '--formt', 'json'], { LANG: 'en_GB.UTF-8' })).toMatch(/^Unknown option/);
  });
});

describe('lisa validate: output', () => {
  it('the registry folder defaults to registry/, and paths are relative to the working directory', async () => {
    const cwd = registryOnDisk(ERROR, 'lis/registry');
    const r = await lisa(['validate', 'lis/registry', ...TODAY], { cwd });
    expect(r.stdout).toMatch(/^lis\/registry\/system\/lifecare\.yaml:2:8 /);
    const dflt = await lisa(['validate', ...TODAY], { cwd: registryOnDisk(ERROR) });
    expect(dflt.stdout).toMatch(/^registry\/system\/lifecare\.yaml:2:8 /);
  });

  it('--lang en overrides the registry language', async () => {
    const r = await lisa(['validate', '--lang', 'en', ...TODAY], { cwd: registryOnDisk(ERROR) });
    expect(r.stdout).toContain(
      'registry/system/lifecare.yaml:2:8 error dangling-reference The board "socn" does not exist. Did you mean "son"?',
    );
    expect(r.stdout).toContain('    How to fix: Boards are listed under boards in lisa.yaml.');
    expect(r.stdout).toContain('✖ 1 error and 0 warnings in 5 files.');
  });

  it('--lang also works before the command', async () => {
    const r = await lisa(['--lang', 'en', 'validate', ...TODAY], { cwd: registryOnDisk(ERROR) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 1 error and 0 warnings in 5 files.');
  });

  it('a registry in Norwegian speaks Norwegian', async () => {
    const cwd = registryOnDisk({ ...ERROR, 'lisa.yaml': ORG.replace('locale: sv', 'locale: nb') });
    const r = await lisa(['validate', ...TODAY], { cwd });
    expect(r.stdout).toContain('feil dangling-reference Utvalget «socn» finnes ikke. Mente du «son»?');
    expect(r.stdout).toContain('Slik retter du:');
  });

  it('--format json: counts and findings with file, place, rule, severity, message, hint, entity and data', async () => {
    const r = await lisa(['validate', '--format', 'json', ...TODAY], { cwd: registryOnDisk(ERROR) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      files: 5,
      errors: 1,
      warnings: 0,
      findings: [
        {
          file: 'registry/system/lifecare.yaml',
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 12,
          severity: 'error',
          rule: 'dangling-reference',
          message: 'Nämnden "socn" finns inte. Menade du "son"?',
          hint: 'Nämnder anges under boards i lisa.yaml.',
          entity: 'system/lifecare',
          // The finding as data, as ESLint gives it: the catalogue key and its parameters, told in the output's language.
          messageId: 'rule.dangling-reference.message',
          hintId: 'rule.dangling-reference.hint',
          data: {
            target: 'Nämnden',
            id: 'socn',
            didYouMean: ' Menade du "son"?',
            where: 'Nämnder anges under boards i lisa.yaml.',
          },
        },
      ],
    });
    const en = JSON.parse(
      (await lisa(['validate', '--format', 'json', '--lang', 'en', ...TODAY], { cwd: registryOnDisk(ERROR) }))
        .stdout,
    );
    expect(en.findings[0]).toMatchObject({
      messageId: 'rule.dangling-reference.message',
      message: 'The board "socn" does not exist. Did you mean "son"?',
      data: { target: 'The board', id: 'socn' },
    });
    const clean = await lisa(['validate', '--format', 'json', ...TODAY], { cwd: registryOnDisk(CLEAN) });
    expect(JSON.parse(clean.stdout)).toEqual({ files: 4, errors: 0, warnings: 0, findings: [] });
  });

  it('--format sarif: a SARIF 2.1.0 log that GitHub code scanning accepts', async () => {
    const r = await lisa(['validate', '--format', 'sarif', ...TODAY], {
      cwd: registryOnDisk({ ...ERROR, ...WARNING, 'system/lifecare.yaml': ERROR['system/lifecare.yaml'] }),
    });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('lisa');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const rules = run.tool.driver.rules as {
      id: string;
      shortDescription: { text: string };
      defaultConfiguration: { level: string };
    }[];
    expect(rules.map((x) => x.id)).toEqual(ALL_RULES.map((x) => x.id));
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(5);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results).toHaveLength(2);
    for (const result of run.results) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const loc = result.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^registry\//);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const [first, second] = run.results;
    expect(first).toMatchObject({ ruleId: 'document-review-overdue', level: 'warning' });
    expect(second).toMatchObject({
      ruleId: 'dangling-reference',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'registry/system/lifecare.yaml' },
            region: { startLine: 2, startColumn: 8 },
          },
        },
      ],
    });
    expect(second.message.text).toBe(
      'Nämnden "socn" finns inte. Menade du "son"?\nNämnder anges under boards i lisa.yaml.',
    );
  });

  it('--format sarif: file names with spaces and Swedish letters become valid relative URIs', async () => {
    const cwd = registryOnDisk({
      ...CLEAN,
      'asset/Elevhälsans journaler.yaml': asset('Elevhälsans journaler'),
    });
    const sarif = JSON.parse((await lisa(['validate', '--format', 'sarif', ...TODAY], { cwd })).stdout);
    const uris = sarif.runs[0].results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(new Set(uris)).toEqual(new Set(['registry/asset/Elevh%C3%A4lsans%20journaler.yaml']));
  });

  it('colour on a terminal, none with NO_COLOR or --no-color, and with FORCE_COLOR even in a pipe', async () => {
    const cwd = registryOnDisk(ERROR);
    const tty = await lisa(['validate', ...TODAY], { cwd, tty: true });
    expect(tty.stdout).toMatch(ANSI);
    expect(tty.stdout).toContain('\u001b[31mfel\u001b[39m');
    expect(
      (await lisa(['validate', ...TODAY], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toMatch(ANSI);
    expect((await lisa(['validate', ...TODAY, '--no-color'], { cwd, tty: true })).stdout).not.toMatch(ANSI);
    expect((await lisa(['validate', ...TODAY], { cwd })).stdout).not.toMatch(ANSI);
    expect((await lisa(['validate', ...TODAY], { cwd, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await lisa(['validate', ...TODAY], { cwd, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
  });
});

describe('lisa: the other entry points', () => {
  it('rules lists every rule with its severity and description', async () => {
    const r = await lisa(['rules'], { cwd: registryOnDisk({}) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(ALL_RULES.map((x) => x.id));
    expect(lines.find((l) => l.startsWith('identity-number '))).toMatch(/error\s+Personnummer/);
    expect((await lisa(['rules', '--lang', 'en'], { cwd: registryOnDisk({}) })).stdout).toMatch(
      /identity-number\s+error\s+A personal identity number/,
    );
  });

  it('--help and help print the usage (exit 0); no command prints it and exits 2', async () => {
    const cwd = registryOnDisk({});
    for (const argv of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
      const r = await lisa(argv, { cwd });
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toContain('Användning: lisa <kommando> [flaggor]');
    }
    expect((await lisa([], { cwd })).code).toBe(2);
    expect((await lisa(['--help', '--lang', 'en'], { cwd })).stdout).toContain(
      'Usage: lisa <command> [options]',
    );
  });

  it('--version prints the version from package.json', async () => {
    const r = await lisa(['--version'], { cwd: registryOnDisk({}) });
    expect(r).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), stderr: '' });
  });

  it('an unknown command: did-you-mean and exit 2', async () => {
    const r = await lisa(['valdate', 'registry'], { cwd: registryOnDisk({}) });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Okänt kommando "valdate". Menade du "validate"? Kör "lisa --help" för att se kommandona.\n',
    });
    expect((await lisa(['frobnicate'], { cwd: registryOnDisk({}) })).stderr).toBe(
      'Okänt kommando "frobnicate". Kör "lisa --help" för att se kommandona.\n',
    );
  });
});
