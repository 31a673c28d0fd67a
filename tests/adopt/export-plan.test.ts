import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { planTables } from '../../lib/export/plan.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import type { Registry } from '../../lib/registry.js';
import { validateSources } from '../../lib/validate.js';
import { registryOnDisk, removeRegistries } from '../cli/helpers.js';
import { swedishIn, WRONG_MARKING } from '../norway/swedish.js';
import { FILES } from '../render/fixture.js';
import { removeTempDirs, run, TODAY, tempDir } from './helpers.js';

// lisa export of the action plan (plan/): the whole plan, then a sheet per board, each with a frozen, filtered
// header; restricted actions as in the documents. Read back with SheetJS, a reader other than the writer.

const cwd = path.resolve('.');
afterAll(() => {
  removeTempDirs();
  removeRegistries();
});

async function load(dir: string): Promise<Registry> {
  return validateSources(dir, await readRegistryFiles(dir, cwd), { today: TODAY }).registry;
}

/** Every sheet's rows, header first, as SheetJS reads them. */
function sheets(wb: XLSX.WorkBook): Record<string, (string | number)[][]> {
  return Object.fromEntries(
    wb.SheetNames.map((n) => [
      n,
      XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[n] as XLSX.WorkSheet, { header: 1 }),
    ]),
  );
}

describe('the action plan tables', () => {
  let sjobacka: Registry;
  beforeAll(async () => {
    sjobacka = await load('registry');
  });

  it('the whole plan first, then each board with actions, every action once on its board', () => {
    const tables = planTables(sjobacka, 'sv');
    const [all, ...boards] = tables;
    expect(all?.name).toBe('Hela handlingsplanen');
    expect(all?.rows).toHaveLength(readdirSync('registry/plan').length);
    expect(boards.length).toBeGreaterThan(0);
    expect(boards.reduce((n, b) => n + b.rows.length, 0)).toBe(all?.rows.length);
    // An action without its own board takes its source's: the Lifecare analysis belongs to the social board.
    const son = boards.find((b) => b.name === 'Socialnämnden');
    expect(son?.rows.map((r) => r[0])).toContain('lifecare-logguppfoljning');
    expect(all?.headers).toEqual([
      'Id',
      'Åtgärd',
      'Nämnd',
      'Källa',
      'Ansvarig',
      'Klart senast',
      'Sista dag',
      'Status',
      'Klar',
      'Beskrivning',
      'Begränsad',
    ]);
    const row = all?.rows.find((r) => r[0] === 'lg-2026-riskanalyser');
    expect(row?.slice(2, 8)).toEqual([
      'Kommunstyrelsen',
      'Ledningens genomgång: Ledningens genomgång av informationssäkerheten 2026',
      expect.any(String),
      '2027',
      '2027-12-31',
      'Planerad',
    ]);
    // An action from an analysis of a restricted system is restricted with it.
    expect(all?.rows.find((r) => r[0] === 'lifecare-logguppfoljning')?.at(-1)).toBe('Begränsad');
  });
});

describe('lisa export of the Norwegian tiltaksplan', () => {
  let wb: XLSX.WorkBook;
  let files: Record<string, { content: Uint8Array }>;

  beforeAll(async () => {
    const out = tempDir();
    const r = await run(['export', 'examples/fjellvik', '--out', out, '--today', TODAY], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tiltaksplan.xlsx');
    wb = XLSX.read(readFileSync(path.join(out, 'tiltaksplan.xlsx')), { bookFiles: true });
    files = (wb as unknown as { files: typeof files }).files;
  });

  it('sheets for the whole plan, the kommune itself and each hovedutvalg, in bokmål', () => {
    expect(wb.SheetNames).toEqual([
      'Hele tiltaksplanen',
      'Fjellvik kommune',
      // The audit's actions (moved into the plan by lisa migrate) belong to the board the recommendation went to.
      'Kommunestyret',
      'Hovedutvalg for helse og omsorg',
      'Hovedutvalg for oppvekst',
    ]);
    const all = sheets(wb)['Hele tiltaksplanen'] ?? [];
    expect(all[0]).toEqual([
      'Id',
      'Tiltak',
      'Organ',
      'Kilde',
      'Ansvarlig',
      'Frist',
      'Siste dag',
      'Status',
      'Ferdig',
      'Beskrivelse',
      'Skjermet',
    ]);
    expect(all).toHaveLength(1 + readdirSync('examples/fjellvik/plan').length);
    // The management review names no board: its action is the kommune's, as the controller model says.
    const review = all.find((r) => r[0] === 'lg-2026-ros-analyser');
    expect(review?.[2]).toBe('Fjellvik kommune');
    expect(review?.[3]).toBe('Ledelsens gjennomgang: Ledelsens gjennomgang av informasjonssikkerheten 2026');
    expect(all.find((r) => r[0] === 'forvaltningsrevisjon-informasjonssikkerhet-2026-a2')?.[7]).toBe(
      'Fullført',
    );
    // An action from a restricted incident is restricted with it: its status is not told.
    const fromIncident = all.find((r) => r[0] === 'avvik-adressekontroll-svarut');
    expect([fromIncident?.[7], fromIncident?.at(-1)]).toEqual(['', 'Skjermet']);
    for (const [name, rows] of Object.entries(sheets(wb)))
      for (const cell of rows.flat().map(String)) {
        expect(swedishIn(cell), `${name}: ${cell}`).toEqual([]);
        expect(cell).not.toMatch(WRONG_MARKING);
      }
  });

  it('a restricted action shows its id, title and board and the marker, nothing of what it says', () => {
    const all = sheets(wb)['Hele tiltaksplanen'] ?? [];
    const row = all.find((r) => r[0] === 'beskyttede-adresser-kontroll') ?? [];
    expect(row[2]).toBe('Hovedutvalg for oppvekst');
    expect(row.at(-1)).toBe('Skjermet');
    expect(row.slice(3, -1).every((c) => c === '' || c === undefined)).toBe(true);
    const text = JSON.stringify(sheets(wb));
    expect(text).not.toContain('Dokumentsenteret kontrollerer');
    expect(text).not.toContain('Leder for dokumentsenteret');
  });

  it('every sheet has a frozen, filtered header row', () => {
    wb.SheetNames.forEach((name, i) => {
      const ws = wb.Sheets[name] as XLSX.WorkSheet;
      expect(ws['!autofilter']?.ref, name).toMatch(/^A1:K\d+$/);
      const xml = Buffer.from(files[`xl/worksheets/sheet${i + 1}.xml`]?.content ?? []).toString('utf8');
      expect(xml, name).toMatch(
        /<pane[^>]*ySplit="1"[^>]*state="frozen"|<pane[^>]*state="frozen"[^>]*ySplit="1"/,
      );
    });
  });

  it('a registry with no plan/ gets no plan workbook', async () => {
    const reg = registryOnDisk(FILES);
    const r = await run(['export', '--today', TODAY], reg);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(reg, 'out')).sort()).toEqual([
      'registerforteckning.xlsx',
      'system-och-klassningar.xlsx',
    ]);
  });
});
