import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { isRestricted } from '../../lib/derive.js';
import { classificationsTable, processingTables, systemsTable } from '../../lib/export/tables.js';
import { sheetName, workbookBytes } from '../../lib/export/xlsx.js';
import { registryOnDisk, removeRegistries } from '../cli/helpers.js';
import { FILES, fixtureRegistry } from '../render/fixture.js';
import { removeTempDirs, run, TODAY, tempDir } from './helpers.js';

afterAll(() => {
  removeTempDirs();
  removeRegistries();
});

const HOSTILE = '=HYPERLINK("http://127.0.0.1/x","klicka")';

describe('the export tables', () => {
  const registry = fixtureRegistry({
    'processing/formel.yaml': `name: '${HOSTILE}'
controller: ks
purposes: ['+SUM(A1:A2)', '@cmd', '-1+1']
legalBasis: [{ basis: public-interest }]
dataSubjects: [Anställda]
personalData: [Namn]
retention: { period: Ett år }
securityMeasures: [Behörighet]
`,
  });

  it('one table per controller board with the Art. 30 columns; restricted activities by name only', () => {
    const tables = processingTables(registry, 'sv');
    expect(tables.map((t) => t.name)).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    const son = tables[1];
    expect(son?.headers.slice(0, 4)).toEqual(['Id', 'Behandling', 'Roll', 'Personuppgiftsansvarig']);
    expect(son?.headers.at(-1)).toBe('Begränsad');
    const restricted = [...registry.entities.processing.values()].filter((p) => isRestricted(registry, p));
    expect(restricted.length).toBeGreaterThan(0);
    for (const p of restricted) {
      const row = tables.flatMap((t) => t.rows).find((r) => r[0] === p.id) as string[];
      expect(row.at(-1)).toBe('Begränsad uppgift');
      // Id, name, role and controller: that the activity exists, nothing of what it holds.
      expect(row.slice(4, -1).every((c) => c === '')).toBe(true);
    }
  });

  it('systems and classifications: a restricted entry keeps its name and board, and nothing else', () => {
    const systems = systemsTable(registry, 'sv');
    const hidden = systems.rows.find((r) => r[0] === 'skyddat-register') as (string | number)[];
    expect(hidden.slice(0, 3)).toEqual(['skyddat-register', 'Skyddsregistret', 'Socialnämnden']);
    expect(hidden.slice(3, -1).every((c) => c === '')).toBe(true);
    expect(hidden.at(-1)).toBe('Begränsad uppgift');
    const open = systems.rows.find((r) => r[0] === 'procapita');
    expect(open?.slice(9, 13)).toEqual([3, 3, 3, 3]);
    const classifications = classificationsTable(registry, 'nb');
    expect(classifications.headers).toContain('Konfidensialitet');
    expect(classifications.rows.find((r) => r[0] === 'socialakter')?.[5]).toBe('2026-03-01');
  });

  it('sheet names are valid for Excel: no : / ? * [ ], at most 31 characters, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Nämnd: [bygg/miljö]?', taken)).toBe('Nämnd   bygg miljö');
    const long = 'Barn- och utbildningsnämnden i Norrviks kommun';
    expect(sheetName(long, taken)).toHaveLength(31);
    expect(sheetName(long, taken)).toMatch(/ \(2\)$/);
  });

  it('opened by another reader (SheetJS): sheets, header, frozen row, filter, values; no formula survives', async () => {
    const bytes = await workbookBytes(processingTables(registry, 'sv'));
    const wb = XLSX.read(bytes, { type: 'array', bookFiles: true });
    expect(wb.SheetNames).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    const ks = wb.Sheets.Kommunstyrelsen as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<string[]>(ks, { header: 1 });
    expect(rows[0]?.slice(0, 2)).toEqual(['Id', 'Behandling']);
    const formel = rows.find((r) => r[0] === 'formel') as string[];
    expect(formel[1]).toBe(`'${HOSTILE}`);
    expect(formel[6]).toBe("'+SUM(A1:A2); @cmd; -1+1");
    for (const cell of Object.values(ks))
      if (cell && typeof cell === 'object' && 'f' in cell) throw new Error('formula');
    expect(ks['!autofilter']?.ref).toMatch(/^A1:AA\d+$/);
    // SheetJS reads panes from the sheet's XML: the frozen first row is there.
    const files = (wb as unknown as { files: Record<string, { content: Uint8Array }> }).files;
    const xml = Buffer.from(files['xl/worksheets/sheet1.xml']?.content ?? []).toString('utf8');
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"|<pane[^>]*state="frozen"[^>]*ySplit="1"/);
  });
});

describe('lisa export', () => {
  it('writes both workbooks, and the register as CSV per board with --format csv', async () => {
    const cwd = registryOnDisk(FILES);
    const r = await run(['export', '--today', TODAY], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('registerforteckning.xlsx');
    const wb = XLSX.read(readFileSync(path.join(cwd, 'out/system-och-klassningar.xlsx')));
    expect(wb.SheetNames).toEqual(['System', 'Klassningar']);
    const csv = await run(['export', '--format', 'csv', '--out', 'csv'], cwd);
    expect(csv.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'csv/registerforteckning-son.csv'), 'utf8')).toMatch(
      /^\ufeffId;Behandling;/,
    );
  });

  it('in Norwegian: file names, sheet names and headings in bokmål', async () => {
    const cwd = registryOnDisk(FILES);
    const r = await run(['export', '--lang', 'nb', '--today', TODAY], cwd);
    expect(r.stdout).toContain('behandlingsprotokoll.xlsx');
    const wb = XLSX.read(readFileSync(path.join(cwd, 'out/systemer-og-klassifiseringer.xlsx')));
    expect(wb.SheetNames).toEqual(['Systemer', 'Klassifiseringer']);
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Klassifiseringer as XLSX.WorkSheet, {
      header: 1,
    });
    expect(rows[0]).toContain('Informasjonsverdi');
    expect(rows[0]).toContain('Skjermet');
    expect(rows[0]).not.toContain('Begrenset');
  });

  it('refuses a registry with errors, as render does', async () => {
    const cwd = tempDir();
    const broken = registryOnDisk({ ...FILES, 'system/trasig.yaml': 'name: [x]\n' });
    const r = await run(['export', 'registry', '--out', cwd], broken);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Inget exporterades');
  });
});
