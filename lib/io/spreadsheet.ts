import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Sheet } from '../import/sheet.js';

// I/O at the edge of lisa import: spreadsheet files (XLSX, CSV) into sheets of cell texts, and the mapping
// files that ship with lisa. Nothing here decides what a cell means.

/** Larger than any register a municipality keeps; a guard against a wrong file, not a limit in practice. */
export const MAX_BYTES = 25 * 1024 * 1024;

export class SpreadsheetError extends Error {
  constructor(
    readonly reason: 'missing' | 'too-large' | 'unreadable' | 'format',
    readonly file: string,
  ) {
    super(`${reason}: ${file}`);
  }
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** A cell's text: formulas give their stored result (never evaluated), rich text its plain text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return '';
  }
  return '';
}

function sheetOf(ws: ExcelJS.Worksheet): Sheet {
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return { name: ws.name, rows };
}

/** UTF-8 (with or without a byte-order mark), else Windows-1252: what Excel's "CSV" saves in Sweden. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator of the first line: semicolons in Swedish and Norwegian Excel, commas or tabs elsewhere. */
export function csvDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

export async function readSpreadsheet(file: string): Promise<Sheet[]> {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new SpreadsheetError('missing', file);
    size = info.size;
  } catch (e) {
    if (e instanceof SpreadsheetError) throw e;
    throw new SpreadsheetError('missing', file);
  }
  if (size > MAX_BYTES) throw new SpreadsheetError('too-large', file);
  const ext = path.extname(file).toLowerCase();
  const wb = new ExcelJS.Workbook();
  try {
    if (ext === '.xlsx' || ext === '.xlsm') {
      await wb.xlsx.readFile(file);
      return wb.worksheets.map(sheetOf);
    }
    if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
      const text = decode(readFileSync(file));
      const ws = await wb.csv.read(Readable.from([text]), {
        sheetName: path.basename(file, ext),
        // Every cell stays the text it is: no guessing of numbers or dates.
        map: (v: unknown) => v,
        parserOptions: { delimiter: csvDelimiter(text) },
      } as unknown as Parameters<typeof wb.csv.read>[1]);
      return [sheetOf(ws)];
    }
  } catch {
    throw new SpreadsheetError('unreadable', file);
  }
  throw new SpreadsheetError('format', file);
}

/** The mappings that ship with lisa: found by walking up from this module (source, build/). */
export function mappingsDir(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'mappings');
    if (existsSync(path.join(candidate, 'imy-registerforteckning.yaml'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve(from, '../../mappings');
}

export function shippedMappings(dir = mappingsDir()): { id: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), text: readFileSync(path.join(dir, f), 'utf8') }));
}
