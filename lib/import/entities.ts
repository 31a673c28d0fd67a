import { t } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { type Converted, convert, type Lookups } from './convert.js';
import { FIELDS, type ImportKind } from './mapping.js';
import { PROBLEMS } from './messages.js';
import { printable } from './sheet.js';

// One spreadsheet row → the register entries it makes, per kind. Pure. A cell that cannot be read is never
// dropped in silence: a required field refuses the row, an optional one is kept as a comment in the file.

export interface Cell {
  text: string;
  column: string;
  heading: string;
}

export interface Kept {
  column: string;
  heading: string;
  why: string;
  text: string;
}

export interface RowProblem {
  severity: 'error' | 'warning';
  column?: string;
  heading?: string;
  message: string;
  hint?: string;
}

export interface Planned {
  kind: 'processing' | 'classification' | 'system' | 'asset';
  /** The id the file is named by; the caller makes it unique within the import. */
  id: string;
  data: Record<string, unknown>;
  kept: Kept[];
}

export interface RowContext {
  locale: Locale;
  lookups: Lookups;
  today: string;
  /** A board for rows that name none: --board, the sheet's name, or the registry's only board. */
  defaultBoard: string | undefined;
  boardIds: string[];
  /**
   * Where the organisation itself is controller (country: no), whether a row's controller cell means it: empty,
   * or the organisation's own name (Datatilsynet's protocol has the kommune in that column). Then no board is set.
   */
  isOrganisation(text: string | undefined): boolean;
  aspects: string[];
  /** Existing assets: their owner, for a classification's participants. */
  assetOwner(id: string): string | undefined;
  /** The id a new entry of this kind would get from a name. */
  idFor(kind: Planned['kind'], name: string): string;
  /** A field's headings in the mapping, for the message about a missing column. */
  headingsOf(field: string): string[];
  /** Whether the sheet has a column for the field (else an empty cell is a missing column). */
  hasColumn(field: string): boolean;
}

export interface RowResult {
  planned: Planned[];
  problems: RowProblem[];
  refused: boolean;
}

class RowReader {
  readonly problems: RowProblem[] = [];
  readonly kept: Kept[] = [];
  refused = false;

  constructor(
    private readonly kind: ImportKind,
    private readonly cells: Map<string, Cell>,
    private readonly ctx: RowContext,
  ) {}

  private refuse(message: string, cell?: Cell, hint?: string) {
    this.refused = true;
    this.problems.push({
      severity: 'error',
      ...(cell ? { column: cell.column, heading: cell.heading } : {}),
      message,
      ...(hint ? { hint } : {}),
    });
  }

  /** The field's value, undefined when empty or unreadable (the reason is recorded). */
  get(field: string): unknown {
    const cell = this.cells.get(field);
    const spec = FIELDS[this.kind][field];
    if (!spec) return undefined;
    const l = this.ctx.locale;
    if (!cell) {
      if (spec.required && this.ctx.hasColumn(field)) {
        const heading = this.ctx.headingsOf(field)[0] ?? field;
        this.refuse(
          t(l, 'import.missingRequired', { field, heading }),
          undefined,
          t(l, 'import.missingRequiredHint'),
        );
      } else if (spec.required) {
        const headings = this.ctx.headingsOf(field);
        this.refuse(
          t(l, 'import.missingColumn', { field, headings: headings.slice(0, 3).join(', ') }),
          undefined,
          t(l, 'import.missingRequiredHint'),
        );
      }
      return undefined;
    }
    const result: Converted = convert(spec.type, cell.text, this.ctx.lookups);
    if (result.ok) {
      const v = result.value;
      if (spec.required && Array.isArray(v) && v.length === 0)
        this.refuse(
          t(l, 'import.missingRequired', { field, heading: cell.heading }),
          cell,
          t(l, 'import.missingRequiredHint'),
        );
      return v;
    }
    const params = Object.fromEntries(Object.entries(result.params ?? {}).map(([k, v]) => [k, printable(v)]));
    const why = t(l, PROBLEMS[result.problem], params);
    if (spec.required) {
      this.refuse(t(l, 'import.keptRequired', { field, why }), cell, t(l, 'import.missingRequiredHint'));
      return undefined;
    }
    this.kept.push({ column: cell.column, heading: cell.heading, why, text: cell.text });
    this.problems.push({
      severity: 'warning',
      column: cell.column,
      heading: cell.heading,
      message: t(l, 'import.kept', { field, why, file: '{file}' }),
    });
    return undefined;
  }

  cell(field: string): Cell | undefined {
    return this.cells.get(field);
  }

  cellText(field: string): string | undefined {
    return this.cells.get(field)?.text.trim();
  }

  /** A board named in the row must exist; a row naming none gets the default board. */
  board(field = 'board'): string | undefined {
    const cell = this.cells.get(field);
    if (cell) {
      const result = convert('board', cell.text, this.ctx.lookups);
      if (result.ok) return result.value as string;
      const l = this.ctx.locale;
      const why = t(l, 'import.problems.unknownBoard', { value: printable(cell.text) });
      this.refuse(t(l, 'import.keptRequired', { field, why }), cell, t(l, 'import.noBoardHint'));
      return undefined;
    }
    if (this.ctx.defaultBoard) return this.ctx.defaultBoard;
    this.refuse(
      t(this.ctx.locale, 'import.noBoard', { boards: this.ctx.boardIds.join(', ') }),
      undefined,
      t(this.ctx.locale, 'import.noBoardHint'),
    );
    return undefined;
  }
}

/** Sets only what has a value: an empty list or an unread cell leaves the field out. */
function put(data: Record<string, unknown>, key: string, value: unknown) {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  data[key] = value;
}

function processing(r: RowReader, ctx: RowContext): Planned[] {
  const d: Record<string, unknown> = {};
  const name = r.get('name') as string | undefined;
  put(d, 'name', name);
  put(d, 'controller', ctx.isOrganisation(r.cellText('controller')) ? undefined : r.board('controller'));
  put(d, 'purposes', r.get('purposes'));
  const bases = r.get('legalBasis') as string[] | undefined;
  const reference = r.get('legalBasisReference') as string | undefined;
  // The cell's own words are the reference ("Skollagen 2010:800"): the basis is read from them, not instead.
  const legalCell = r.cellText('legalBasis');
  if (bases)
    d.legalBasis = bases.map((basis, i) => ({
      basis,
      ...(i === 0 && (reference || legalCell) ? { reference: reference ?? legalCell } : {}),
    }));
  put(d, 'dataSubjects', r.get('dataSubjects'));
  put(d, 'dataSubjectsCount', r.get('dataSubjectsCount'));
  put(d, 'personalData', r.get('personalData'));
  put(d, 'specialCategories', r.get('specialCategories'));
  for (const f of ['criminalData', 'identityNumbers', 'protectedIdentities']) put(d, f, r.get(f));
  for (const f of ['jointControllers', 'recipients', 'processors', 'thirdCountryTransfers'])
    put(d, f, r.get(f));
  const period = r.get('retention') as string | undefined;
  const basis = r.get('retentionBasis') as string | undefined;
  if (period) d.retention = { period, ...(basis ? { basis } : {}) };
  put(d, 'securityMeasures', r.get('securityMeasures'));
  put(d, 'systems', r.get('systems'));
  put(d, 'dpia', r.get('dpia'));
  put(d, 'restricted', r.get('restricted'));
  const id = (r.get('id') as string | undefined) ?? ctx.idFor('processing', name ?? '');
  return [{ kind: 'processing', id, data: d, kept: r.kept }];
}

function classification(r: RowReader, ctx: RowContext): Planned[] {
  const l = ctx.locale;
  const assetName = r.get('asset') as string | undefined;
  if (!assetName) return [];
  const out: Planned[] = [];
  let assetId = ctx.lookups.asset(assetName);
  let owner = assetId ? ctx.assetOwner(assetId) : undefined;
  if (!assetId) {
    assetId = ctx.idFor('asset', assetName);
    // In Norway a row naming no body (or the kommune) is the kommune's own: no board is invented for it.
    const own = !ctx.defaultBoard && ctx.isOrganisation(r.cellText('board'));
    const board = own ? undefined : r.board();
    owner = r.get('owner') as string | undefined;
    if (!owner)
      r.problems.push({
        severity: 'error',
        message: t(l, 'import.noOwner', { asset: printable(assetName) }),
        hint: t(l, 'import.noOwnerHint', { id: assetId }),
      });
    if (!owner || (!board && !own)) {
      r.refused = true;
      return [];
    }
    const a: Record<string, unknown> = { name: assetName };
    put(a, 'description', r.get('description'));
    put(a, 'board', board);
    a.owner = owner;
    put(a, 'systems', r.get('systems'));
    put(a, 'restricted', r.get('restricted'));
    out.push({ kind: 'asset', id: assetId, data: a, kept: [] });
  }
  const levels: Record<string, { level: number; justification: string }> = {};
  const general = r.get('justification') as string | undefined;
  for (const aspect of ctx.aspects) {
    const level = r.get(`levels.${aspect}`) as number | undefined;
    if (level === undefined) continue;
    let justification = (r.get(`justification.${aspect}`) as string | undefined) ?? general;
    if (!justification) {
      justification = t(l, 'import.placeholder');
      const cell = r.cell(`levels.${aspect}`);
      r.problems.push({
        severity: 'warning',
        ...(cell ? { column: cell.column, heading: cell.heading } : {}),
        message: t(l, 'import.noJustification', { aspect: cell?.heading ?? aspect }),
      });
    }
    levels[aspect] = { level, justification };
  }
  if (Object.keys(levels).length === 0) {
    r.problems.push({ severity: 'error', message: t(l, 'import.noLevels') });
    r.refused = true;
    return [];
  }
  const c: Record<string, unknown> = { asset: assetId };
  c.date = (r.get('date') as string | undefined) ?? ctx.today;
  c.participants = (r.get('participants') as string[] | undefined) ?? (owner ? [owner] : []);
  c.levels = levels;
  put(c, 'nextReview', r.get('nextReview'));
  if (!out.length) put(c, 'restricted', r.get('restricted'));
  const id = (r.get('id') as string | undefined) ?? assetId;
  out.push({ kind: 'classification', id, data: c, kept: r.kept });
  return out;
}

function system(r: RowReader, ctx: RowContext): Planned[] {
  const d: Record<string, unknown> = {};
  const name = r.get('name') as string | undefined;
  put(d, 'name', name);
  put(d, 'aliases', r.get('aliases'));
  put(d, 'description', r.get('description'));
  put(d, 'board', !ctx.defaultBoard && ctx.isOrganisation(r.cellText('board')) ? undefined : r.board());
  put(d, 'owner', r.get('owner'));
  put(d, 'administrator', r.get('administrator'));
  put(d, 'supplier', r.get('supplier'));
  put(d, 'hosting', r.get('hosting'));
  put(d, 'hostingCountry', r.get('hostingCountry'));
  const protection: Record<string, number> = {};
  for (const aspect of ctx.aspects) {
    const level = r.get(`protection.${aspect}`) as number | undefined;
    if (level !== undefined) protection[aspect] = level;
  }
  d.protection = protection;
  put(d, 'restricted', r.get('restricted'));
  const id = (r.get('id') as string | undefined) ?? ctx.idFor('system', name ?? '');
  return [{ kind: 'system', id, data: d, kept: r.kept }];
}

/** The entries one row makes, and what could not be read of it. */
export function readRow(kind: ImportKind, cells: Map<string, Cell>, ctx: RowContext): RowResult {
  const r = new RowReader(kind, cells, ctx);
  const planned =
    kind === 'processing'
      ? processing(r, ctx)
      : kind === 'classification'
        ? classification(r, ctx)
        : system(r, ctx);
  return { planned: r.refused ? [] : planned, problems: r.problems, refused: r.refused };
}
