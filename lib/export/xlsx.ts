import ExcelJS from 'exceljs';
import { neutralise } from '../render/csv.js';
import type { Table } from './tables.js';

// Tables into an XLSX workbook (exceljs): one sheet per table, the header row bold, frozen and filtered,
// columns wide enough to read. In memory: the command writes the bytes.

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Blad';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

export function workbook(tables: readonly Table[], creator = 'lisa'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  const taken = new Set<string>();
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.name, taken), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    // Every text a register holds is text in the sheet: a leading = + - @ would make it a formula.
    ws.addRow(t.headers.map(neutralise));
    for (const r of t.rows) ws.addRow(r.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: 'top', wrapText: true };
    if (t.headers.length > 0)
      ws.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1 + t.rows.length, column: t.headers.length },
      };
    t.headers.forEach((h, i) => {
      const longest = Math.max(h.length, ...t.rows.map((r) => String(r[i] ?? '').length));
      const col = ws.getColumn(i + 1);
      col.width = Math.min(60, Math.max(8, longest + 2));
      col.alignment = { vertical: 'top', wrapText: longest > 60 };
    });
  }
  return wb;
}

export async function workbookBytes(tables: readonly Table[]): Promise<Uint8Array> {
  return new Uint8Array(await workbook(tables).xlsx.writeBuffer());
}
