import { stringify } from 'yaml';
import { profileOf } from '../country.js';
import { t } from '../i18n/index.js';
import { findIdentityNumbers } from '../identity-numbers.js';
import type { Locale } from '../locale.js';
import type { Registry } from '../registry.js';
import { slugify, uniqueSlug } from '../slug.js';
import type { Lookups } from './convert.js';
import { type Cell, type Kept, type Planned, type RowContext, readRow } from './entities.js';
import type { Mapping } from './mapping.js';
import { columnLetters, findHeader, type Header, headingText, printable, type Sheet } from './sheet.js';

// lisa import's core: sheets of cell texts and a mapping in, register files as YAML texts and findings out.
// Pure: reading the spreadsheet and writing the files are the command's.

export interface ImportFinding {
  severity: 'error' | 'warning';
  sheet: string;
  /** 1-based, as the spreadsheet numbers rows. */
  row?: number;
  column?: string;
  heading?: string;
  message: string;
  hint?: string;
}

export interface ImportedFile {
  /** Relative to the registry folder: processing/x.yaml. */
  rel: string;
  kind: Planned['kind'];
  id: string;
  text: string;
  sheet: string;
  row: number;
}

export interface SheetReport {
  sheet: string;
  headerRow?: number;
  mapped: { field: string; column: string; heading: string }[];
  unmapped: { column: string; heading: string }[];
  rows: number;
  imported: number;
}

export interface ImportInput {
  sheets: Sheet[];
  mapping: Mapping;
  registry: Registry;
  locale: Locale;
  today: string;
  /** The spreadsheet's file name, for the comment at the top of each file. */
  source: string;
  /** --board: the controller (or owning board) for rows and sheets that name none. */
  board?: string;
}

export interface ImportResult {
  files: ImportedFile[];
  findings: ImportFinding[];
  sheets: SheetReport[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.:;,]+$/, '')
    .trim();

function texts(t: unknown): string[] {
  if (typeof t === 'string') return [t];
  if (t && typeof t === 'object') return Object.values(t).filter((v): v is string => typeof v === 'string');
  return [];
}

/** Names, aliases and ids → ids. `extra` holds what this import creates, so later rows find it too. */
function index(entries: Iterable<{ id: string; names: string[] }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    out.set(norm(e.id), e.id);
    for (const n of e.names) if (!out.has(norm(n))) out.set(norm(n), e.id);
  }
  return out;
}

function lookupsOf(registry: Registry, newAssets: Map<string, string>): Lookups {
  const org = registry.organisation?.data;
  const boards = index((org?.boards ?? []).map((b) => ({ id: b.id, names: [b.name] })));
  const roles = index(Object.entries(org?.roles ?? {}).map(([id, r]) => ({ id, names: texts(r?.name) })));
  const named = (kind: 'system' | 'asset') =>
    index(
      [...registry.entities[kind].values()].map((e) => {
        const d = e.data as { name?: string; aliases?: string[] };
        return { id: e.id, names: [d.name ?? '', ...(d.aliases ?? [])].filter(Boolean) };
      }),
    );
  const systems = named('system');
  const assets = named('asset');
  return {
    board: (t) => boards.get(norm(t)),
    role: (t) => roles.get(norm(t)),
    system: (t) => systems.get(norm(t)),
    asset: (t) => assets.get(norm(t)) ?? newAssets.get(norm(t)),
  };
}

// Every character YAML reads as a line break ends a comment, and what follows would be read as data: a
// cell's text in a comment is split on all of them, and other control characters become spaces.
const BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff]/g;

function commentLines(text: string): string[] {
  return text.split(BREAKS).map((line) => `#   ${line.replace(CONTROL, ' ')}`.trimEnd());
}

function yamlText(planned: Planned, header: string, kept: Kept[], locale: Locale): string {
  const body = stringify(planned.data, { lineWidth: 100 });
  const tail = kept.flatMap((k) => [
    t(locale, 'import.keptComment', {
      column: k.column,
      heading: k.heading.split(BREAKS).join(' ').replace(CONTROL, ' '),
      why: k.why,
    }),
    ...commentLines(k.text),
  ]);
  return `${header}\n${body}${tail.length ? `\n${tail.join('\n')}\n` : ''}`;
}

function defaultBoard(input: ImportInput, sheet: Sheet, lookups: Lookups): string | undefined {
  if (input.board) return input.board;
  const bySheet = lookups.board(sheet.name);
  if (bySheet) return bySheet;
  const boards = input.registry.organisation?.data.boards ?? [];
  const controllers = boards.filter((b) => b.controller !== false);
  // Where the organisation is the controller (Norway), a row naming no body is the kommune's own, not the one body's.
  if (profileOf(input.registry.organisation?.data).controllerModel === 'organisation') return undefined;
  if (boards.length === 1) return boards[0]?.id;
  if (input.mapping.kind === 'processing' && controllers.length === 1) return controllers[0]?.id;
  return undefined;
}

/** The state of one import: what is written, what is found, and the ids and assets taken so far. */
class Importer {
  readonly findings: ImportFinding[] = [];
  readonly files: ImportedFile[] = [];
  readonly reports: SheetReport[] = [];
  private readonly newAssets = new Map<string, string>();
  private readonly lookups: Lookups;
  private readonly taken: Record<Planned['kind'], Set<string>>;
  private readonly firstRow = new Map<string, number>();

  constructor(private readonly input: ImportInput) {
    this.lookups = lookupsOf(input.registry, this.newAssets);
    this.taken = {
      processing: new Set(),
      classification: new Set(),
      system: new Set(),
      asset: new Set([...input.registry.entities.asset.keys()]),
    };
  }

  sheet(sheet: Sheet) {
    const { mapping, locale } = this.input;
    const header = findHeader(sheet, mapping);
    if (!header) {
      if (sheet.rows.some((r) => r.some((c) => c.trim())))
        this.findings.push({
          severity: this.input.sheets.length === 1 ? 'error' : 'warning',
          sheet: sheet.name,
          message: t(locale, 'import.noHeader', { mapping: mapping.id }),
        });
      this.reports.push({ sheet: sheet.name, mapped: [], unmapped: [], rows: 0, imported: 0 });
      return;
    }
    const report: SheetReport = {
      sheet: sheet.name,
      headerRow: header.row + 1,
      mapped: header.fields.map((f) => ({
        field: f.field,
        column: columnLetters(f.column),
        heading: headingText(f.heading, f.column),
      })),
      unmapped: header.unmapped.map((u) => ({
        column: columnLetters(u.column),
        heading: headingText(u.heading, u.column),
      })),
      rows: 0,
      imported: 0,
    };
    this.reports.push(report);
    const context = this.context(sheet, header);
    for (let r = header.row + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      if (!row.some((c) => c.trim())) continue;
      report.rows++;
      if (this.row(sheet, header, r + 1, row, context)) report.imported++;
    }
  }

  private context(sheet: Sheet, header: Header): Omit<RowContext, 'idFor'> {
    const { registry, mapping } = this.input;
    return {
      locale: this.input.locale,
      lookups: this.lookups,
      today: this.input.today,
      defaultBoard: defaultBoard(this.input, sheet, this.lookups),
      boardIds: (registry.organisation?.data.boards ?? []).map((b) => b.id),
      isOrganisation: (text) =>
        profileOf(registry.organisation?.data).controllerModel === 'organisation' &&
        (!text || norm(text) === norm(registry.organisation?.data.name ?? '')),
      aspects: registry.model.aspects.map((a) => a.id),
      assetOwner: (id) => (registry.entities.asset.get(id)?.data as { owner?: string } | undefined)?.owner,
      headingsOf: (field) => {
        const f = header.fields.find((x) => x.field === field);
        return f ? [headingText(f.heading, f.column)] : (mapping.columns[field] ?? []);
      },
      hasColumn: (field) => header.fields.some((x) => x.field === field),
    };
  }

  /** The mapped cells of a row. Every cell is scanned, mapped or not: a spreadsheet should hold no identity numbers. */
  private cells(sheet: Sheet, header: Header, rowNo: number, row: string[]): Map<string, Cell> {
    const { locale } = this.input;
    const refused = new Set<number>();
    row.forEach((text, column) => {
      if (findIdentityNumbers(text).length === 0) return;
      refused.add(column);
      this.findings.push({
        severity: 'error',
        sheet: sheet.name,
        row: rowNo,
        column: columnLetters(column),
        heading: headingText(sheet.rows[header.row]?.[column] ?? '', column),
        message: t(locale, 'import.identityNumber'),
        hint: t(locale, 'import.identityNumberHint'),
      });
    });
    const cells = new Map<string, Cell>();
    for (const f of header.fields) {
      const text = row[f.column] ?? '';
      if (!text.trim() || refused.has(f.column)) continue;
      cells.set(f.field, {
        text,
        column: columnLetters(f.column),
        heading: headingText(f.heading, f.column),
      });
    }
    return cells;
  }

  /** Imports one row; true when it was. */
  private row(
    sheet: Sheet,
    header: Header,
    rowNo: number,
    row: string[],
    context: Omit<RowContext, 'idFor'>,
  ) {
    const { mapping, locale } = this.input;
    // Ids are reserved for the row; a refused row gives its ids back, and only an imported one is told
    // that it shares a name with an earlier row.
    const reserved: { kind: Planned['kind']; id: string; base: string }[] = [];
    const idFor = (kind: Planned['kind'], name: string) => {
      const base = slugify(name) || `${kind}-${rowNo}`;
      if (kind === 'asset') return base;
      const id = uniqueSlug(base, this.taken[kind]);
      reserved.push({ kind, id, base });
      return id;
    };
    const result = readRow(mapping.kind, this.cells(sheet, header, rowNo, row), { ...context, idFor });
    const comment = t(locale, 'import.header', {
      source: printable(this.input.source.replace(/[\r\n]+/g, ' '), 120),
      sheet: printable(sheet.name, 60),
      row: rowNo,
      today: this.input.today,
      mapping: mapping.id,
    });
    for (const p of result.planned) {
      if (p.kind === 'asset') this.newAssets.set(norm(String(p.data.name)), p.id);
      this.files.push({
        rel: `${p.kind}/${p.id}.yaml`,
        kind: p.kind,
        id: p.id,
        text: yamlText(p, comment, p.kept, locale),
        sheet: sheet.name,
        row: rowNo,
      });
    }
    for (const r of reserved) {
      if (result.refused) this.taken[r.kind].delete(r.id);
      else if (r.id !== r.base)
        this.findings.push({
          severity: 'warning',
          sheet: sheet.name,
          row: rowNo,
          message: t(locale, 'import.duplicate', {
            first: this.firstRow.get(`${r.kind}/${r.base}`) ?? '?',
            id: r.id,
          }),
        });
      else this.firstRow.set(`${r.kind}/${r.id}`, rowNo);
    }
    const file = result.planned.at(-1);
    for (const problem of result.problems)
      this.findings.push({
        severity: problem.severity,
        sheet: sheet.name,
        row: rowNo,
        ...(problem.column ? { column: problem.column } : {}),
        ...(problem.heading ? { heading: problem.heading } : {}),
        message: problem.message.replace('{file}', file ? `${file.kind}/${file.id}.yaml` : ''),
        ...(problem.hint ? { hint: problem.hint } : {}),
      });
    return !result.refused;
  }
}

/** Imports every sheet whose heading row the mapping recognises. */
export function importSheets(input: ImportInput): ImportResult {
  const importer = new Importer(input);
  for (const sheet of input.sheets) importer.sheet(sheet);
  return { files: importer.files, findings: importer.findings, sheets: importer.reports };
}
