import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalBases } from '../../lib/import/convert.js';
import { importSheets } from '../../lib/import/index.js';
import { parseMapping } from '../../lib/import/mapping.js';
import { shippedMappings } from '../../lib/io/spreadsheet.js';
import { buildRegistry } from '../../lib/registry.js';
import { sources } from '../helpers/sources.js';
import { FIXTURES, removeTempDirs, run, TODAY, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const ORG = `name: Norrviks kommun
boards:
  - { id: kommunstyrelsen, name: Kommunstyrelsen, type: executive-board }
  - { id: socialnamnden, name: Socialnämnden, type: committee }
roles:
  informationsagare: { name: Informationsägare, kind: information-owner }
  systemagare: { name: { sv: Systemägare, nb: Systemeier }, kind: system-owner }
`;

const registry = (files: Record<string, string> = {}) =>
  buildRegistry('registry', sources({ 'lisa.yaml': ORG, ...files }), 'sv');

const mapping = (id: string) => {
  const m = shippedMappings().find((x) => x.id === id);
  if (!m) throw new Error(id);
  return parseMapping(m.id, m.text).mapping as NonNullable<ReturnType<typeof parseMapping>['mapping']>;
};

const HEAD = [
  'Behandling',
  'Personuppgiftsansvarig',
  'Ändamål',
  'Rättslig grund',
  'Kategorier av registrerade',
  'Kategorier av personuppgifter',
  'Gallring',
  'Säkerhetsåtgärder',
  'Personnummer',
];
const ROW = [
  'Bygglov',
  'Kommunstyrelsen',
  'Pröva ansökningar',
  'Myndighetsutövning',
  'Sökande',
  'Namn',
  'Tio år',
  'Behörighet',
  'Ja',
];

function imp(rows: string[][], extra: Partial<Parameters<typeof importSheets>[0]> = {}) {
  return importSheets({
    sheets: [{ name: 'Blad1', rows: [['Registerförteckning'], [], HEAD, ...rows] }],
    mapping: mapping('imy-registerforteckning'),
    registry: registry(),
    locale: 'sv',
    today: TODAY,
    source: 'test.xlsx',
    ...extra,
  });
}

describe('the import core', () => {
  it('finds the heading row below a title and maps a row to a processing activity', () => {
    const r = imp([ROW]);
    expect(r.sheets[0]?.headerRow).toBe(3);
    expect(r.findings).toEqual([]);
    expect(r.files).toHaveLength(1);
    const f = r.files[0];
    expect(f?.rel).toBe('processing/bygglov.yaml');
    expect(f?.text).toContain('# Importerad av lisa import från test.xlsx, blad "Blad1", rad 4');
    expect(f?.text).toContain('controller: kommunstyrelsen');
    expect(f?.text).toMatch(
      /legalBasis:\n {2}- basis: official-authority\n {4}reference: Myndighetsutövning/,
    );
    expect(f?.text).toContain('identityNumbers: true');
  });

  it('refuses a cell with an identity number, reports it by cell, and never echoes it', () => {
    const row = [...ROW];
    row[5] = 'Namn, 19121212-1212';
    const r = imp([row]);
    expect(r.files).toHaveLength(0);
    const id = r.findings.find((f) => f.message.includes('personnummer'));
    expect(id).toMatchObject({
      severity: 'error',
      sheet: 'Blad1',
      row: 4,
      column: 'F',
      heading: 'Kategorier av personuppgifter',
    });
    expect(JSON.stringify(r)).not.toMatch(/1212-?1212/);
  });

  it('shows no identity number even in a sheet name or a file name', () => {
    const r = importSheets({
      sheets: [
        {
          name: 'Lista 121212-1212',
          rows: [HEAD, [...ROW.slice(0, 1), 'Nämnden som inte finns', ...ROW.slice(2)]],
        },
      ],
      mapping: mapping('imy-registerforteckning'),
      registry: registry(),
      locale: 'sv',
      today: TODAY,
      source: 'export-19121212-1212.xlsx',
    });
    expect(r.findings).toHaveLength(1);
    expect(JSON.stringify(r.findings.map((f) => f.message))).not.toMatch(/1212-?1212/);
    const ok = importSheets({
      sheets: [{ name: 'Lista 121212-1212', rows: [HEAD, ROW] }],
      mapping: mapping('imy-registerforteckning'),
      registry: registry(),
      locale: 'sv',
      today: TODAY,
      source: 'export-19121212-1212.xlsx',
    });
    expect(ok.files[0]?.text).toContain('från export-[•••].xlsx, blad "Lista [•••]"');
  });

  it('scans unmapped cells for identity numbers too', () => {
    const r = importSheets({
      sheets: [
        {
          name: 'S',
          rows: [
            [...HEAD, 'Anteckning'],
            [...ROW, 'se 121212-1212'],
          ],
        },
      ],
      mapping: mapping('imy-registerforteckning'),
      registry: registry(),
      locale: 'nb',
      today: TODAY,
      source: 'x.csv',
    });
    expect(r.findings).toMatchObject([
      { column: 'J', heading: 'Anteckning', message: expect.stringContaining('fødselsnummer') },
    ]);
    expect(r.files[0]?.text).not.toContain('1212');
  });

  it('a required field that cannot be read refuses the row; an optional one is kept as a comment', () => {
    const bad = [...ROW];
    bad[3] = 'Det vet vi inte';
    const odd = [...ROW];
    odd[0] = 'Kartor';
    odd[8] = 'Kanske';
    const r = imp([bad, odd]);
    expect(r.sheets[0]).toMatchObject({ rows: 2, imported: 1 });
    expect(r.findings[0]).toMatchObject({
      severity: 'error',
      row: 4,
      column: 'D',
      heading: 'Rättslig grund',
    });
    expect(r.findings[0]?.message).toContain('Raden lästes inte in');
    expect(r.findings[1]).toMatchObject({ severity: 'warning', row: 5, column: 'I' });
    expect(r.findings[1]?.message).toContain('processing/kartor.yaml');
    expect(r.files[0]?.text).toContain(
      '# Ej inläst, kolumn I "Personnummer" (skriv ja eller nej.):\n#   Kanske',
    );
    expect(r.files[0]?.text).not.toContain('identityNumbers');
  });

  it('a kept cell cannot break out of its comment into the YAML', () => {
    const odd = [...ROW];
    odd[8] = 'Kanske\rrestricted: false\u2028controller: socialnamnden\u0085x: 1';
    const text = imp([odd]).files[0]?.text ?? '';
    const data = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(data.some((l) => /restricted|x: 1/.test(l))).toBe(false);
    expect(data.filter((l) => l.startsWith('controller:'))).toEqual(['controller: kommunstyrelsen']);
    expect(text).toContain('#   restricted: false');
  });

  it('a missing required cell and an unknown board are reported by row and column', () => {
    const empty = [...ROW];
    empty[2] = '';
    const unknown = [...ROW];
    unknown[1] = 'Fritidsnämnden\u001b[2J';
    const r = imp([empty, unknown]);
    expect(r.files).toHaveLength(0);
    expect(r.findings.map((f) => [f.row, f.column])).toEqual([
      [4, undefined],
      [5, 'B'],
    ]);
    expect(r.findings[0]?.message).toContain('purposes');
    // A cell's control characters never reach a terminal.
    expect(r.findings[1]?.message).toContain('"Fritidsnämnden\\x1B[2J"');
    expect(JSON.stringify(r.findings)).not.toContain('\u001b');
  });

  it('rows naming no board get --board, or the sheet name when it names a board', () => {
    const row = [...ROW];
    row[1] = '';
    expect(imp([row]).findings[0]?.message).toContain('ingen nämnd angiven');
    expect(imp([row], { board: 'socialnamnden' }).files[0]?.text).toContain('controller: socialnamnden');
    const bySheet = importSheets({
      sheets: [{ name: 'Socialnämnden', rows: [HEAD, row] }],
      mapping: mapping('imy-registerforteckning'),
      registry: registry(),
      locale: 'sv',
      today: TODAY,
      source: 'x',
    });
    expect(bySheet.files[0]?.text).toContain('controller: socialnamnden');
  });

  it('two rows with the same name get distinct ids, and the second is reported', () => {
    const r = imp([ROW, ROW]);
    expect(r.files.map((f) => f.rel)).toEqual(['processing/bygglov.yaml', 'processing/bygglov-2.yaml']);
    expect(r.findings[0]?.message).toContain('rad 4');
  });

  it('reads legal bases from words first, letters only when no words name one', () => {
    expect(legalBases('Myndighetsutövning (art. 6.1 e)')).toEqual(['official-authority']);
    expect(legalBases('art. 6.1 c')).toEqual(['legal-obligation']);
    expect(legalBases('art. 6 nr. 1 bokstav e')).toEqual(['public-interest']);
    expect(legalBases('Samtykke og avtale')).toEqual(['consent', 'contract']);
    expect(legalBases('Okänt')).toEqual([]);
  });

  it('classifications create a missing asset from the row; an existing one is found by name', () => {
    const sheet = {
      name: 'K',
      rows: [
        ['Informationstillgång', 'Nämnd', 'Informationsägare', 'K', 'R', 'T', 'S', 'Motivering'],
        [
          'Bygglovsärenden',
          'Kommunstyrelsen',
          'Informationsägare',
          '1',
          '2',
          '1',
          '1',
          'Offentliga handlingar',
        ],
        ['Elevregister', '', '', '2', '2', '2', '2', ''],
      ],
    };
    const r = importSheets({
      sheets: [sheet],
      mapping: mapping('klassa-export'),
      registry: registry({
        'asset/elever.yaml': 'name: Elevregister\nboard: socialnamnden\nowner: informationsagare\n',
      }),
      locale: 'sv',
      today: TODAY,
      source: 'k.xlsx',
    });
    expect(r.files.map((f) => f.rel)).toEqual([
      'asset/bygglovsarenden.yaml',
      'classification/bygglovsarenden.yaml',
      'classification/elever.yaml',
    ]);
    expect(r.files[2]?.text).toContain('asset: elever');
    expect(r.files[2]?.text).toContain('participants:\n  - informationsagare');
    // No justification at all: a placeholder, said so per aspect.
    expect(r.findings.filter((f) => f.message.includes('Motivering saknas'))).toHaveLength(4);
  });

  it('a mapping of one’s own that names an unknown field is refused with the fields there are', () => {
    const { problems } = parseMapping('egen', 'kind: system\ncolumns:\n  namn: [System]\n');
    expect(problems[0]).toMatchObject({ message: 'mappingField', params: { field: 'namn' } });
  });
});

describe('lisa import on the fixtures', () => {
  let dir = '';
  beforeAll(async () => {
    dir = tempDir();
    expect((await run(['init', '--yes', '--name', 'Norrviks kommun', '--today', TODAY], dir)).code).toBe(0);
  });

  it('--dry-run shows what maps, what does not and what it would write, and writes nothing', async () => {
    const r = await run(
      ['import', path.join(FIXTURES, 'registerforteckning-imy.xlsx'), '--dry-run', '--today', TODAY],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mappning: imy-registerforteckning');
    expect(r.stdout).toContain('Blad "Registerförteckning": rubriker på rad 3, 3 rader med innehåll.');
    expect(r.stdout).toContain('D "Rättslig grund" → processing.legalBasis');
    expect(r.stdout).toContain('O "Kommentar" → (läses inte in)');
    expect(r.stdout).toContain('--- processing/handlaggning-av-ekonomiskt-bistand.yaml');
    expect(existsSync(path.join(dir, 'registry/processing/loneadministration.yaml'))).toBe(false);
  });

  it('imports XLSX and CSV, validates clean, and never overwrites without --force', async () => {
    const xlsx = await run(
      ['import', path.join(FIXTURES, 'registerforteckning-imy.xlsx'), '--today', TODAY],
      dir,
    );
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toContain('3 av 3 rader lästes in.');
    // The transfer cell could not be read: kept in the file, said so.
    expect(xlsx.stderr).toContain('rad 6, kolumn K "Överföring till tredjeland": varning');
    const file = path.join(dir, 'registry/processing/synpunkter-och-klagomal.yaml');
    expect(readFileSync(file, 'utf8')).toContain('#   USA (e-posttjänsten), standardavtalsklausuler');

    writeFileSync(file, '# edited by hand\n', { flag: 'a' });
    const again = await run(
      ['import', path.join(FIXTURES, 'registerforteckning-imy.csv'), '--today', TODAY],
      dir,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'registry/processing/synpunkter-och-klagomal.yaml finns redan och skrevs inte över',
    );
    expect(readFileSync(file, 'utf8')).toContain('# edited by hand');
    const forced = await run(
      ['import', path.join(FIXTURES, 'registerforteckning-imy.csv'), '--force', '--today', TODAY],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('# edited by hand');
    expect(readFileSync(file, 'utf8')).toContain('från registerforteckning-imy.csv');

    expect(
      (await run(['import', path.join(FIXTURES, 'klassningar-klassa.xlsx'), '--today', TODAY], dir)).code,
    ).toBe(0);
    expect(
      (await run(['import', path.join(FIXTURES, 'systemforteckning.csv'), '--today', TODAY], dir)).code,
    ).toBe(0);
    const validate = await run(['validate', '--today', TODAY], dir);
    expect(validate.stdout).toContain('Inga problem');
    expect(validate.code).toBe(0);
  });

  it('reports every row it cannot import by sheet, row and column, without the identity number', async () => {
    const r = await run(
      ['import', path.join(FIXTURES, 'registerforteckning-fel.csv'), '--dry-run', '--today', TODAY],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 av 4 rader lästes in.');
    expect(r.stderr).toContain(
      'registerforteckning-fel.csv [registerforteckning-fel], rad 2, kolumn F "Kategorier av personuppgifter": fel Cellen innehåller ett personnummer',
    );
    expect(r.stderr).toContain('rad 3: fel Raden lästes inte in: fältet purposes saknas');
    expect(r.stderr).toContain('rad 4, kolumn B "Personuppgiftsansvarig": fel Raden lästes inte in');
    expect(r.stderr).toContain('rad 5, kolumn H "Personnummer": varning');
    expect(r.stdout + r.stderr).not.toMatch(/1212-?1212/);
  });

  it('imports Datatilsynet’s protocol into a Norwegian registry', async () => {
    const no = tempDir();
    await run(['init', '--yes', '--name', 'Nordvik kommune', '--country', 'no', '--today', TODAY], no);
    const r = await run(['import', path.join(FIXTURES, 'protokoll-datatilsynet.xlsx'), '--today', TODAY], no);
    expect(r.stdout).toContain('Tilordning: datatilsynet-protokoll');
    expect(r.stdout).toContain('2 av 2 rader ble lest inn.');
    const text = readFileSync(path.join(no, 'registry/processing/barnevernssaker.yaml'), 'utf8');
    // The kommune itself is controller (country: "no"): the activity names no board.
    expect(text).not.toMatch(/^controller:/m);
    expect(text).toContain('basis: legal-obligation');
    expect(text).toContain('- health');
    expect((await run(['validate', '--today', TODAY], no)).code).toBe(0);
  });

  it('says what is wrong with a file it cannot read or a mapping it does not know', async () => {
    const notThere = await run(['import', 'nope.xlsx'], dir);
    expect(notThere.code).toBe(2);
    expect(notThere.stderr).toContain('Hittar inte kalkylbladet "nope.xlsx"');
    writeFileSync(path.join(dir, 'trasig.xlsx'), 'not a zip');
    expect((await run(['import', 'trasig.xlsx'], dir)).stderr).toContain('kunde inte läsas som kalkylblad');
    const unknown = await run(
      ['import', path.join(FIXTURES, 'systemforteckning.csv'), '--mapping', 'okand'],
      dir,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Ingen mappning "okand"');
  });
});
