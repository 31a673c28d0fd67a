import { redactIdentityNumbers } from '../escape/identity.js';
import { escapeTerminal } from '../escape/terminal.js';
import { findIdentityNumbers } from '../identity-numbers.js';
import { FIELDS, type Mapping, normaliseHeading } from './mapping.js';

// A spreadsheet as lisa import sees it: sheets of rows of cell texts. Finding the heading row and the column
// of each field. Pure.

export interface Sheet {
  name: string;
  /** rows[r][c]: the text of each cell, '' when empty. */
  rows: string[][];
}

/** A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Text from a spreadsheet that is about to be printed: identity numbers masked and control characters
 * (terminal escapes among them) shown as escapes, by the same functions every other output uses, and long
 * cells cut, so a cell cannot rewrite the terminal or flood it.
 */
export function printable(text: string, max = 80): string {
  const clean = escapeTerminal(redactIdentityNumbers(text));
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export interface ColumnMatch {
  field: string;
  column: number;
  heading: string;
}

export interface Header {
  row: number;
  fields: ColumnMatch[];
  unmapped: { column: number; heading: string }[];
}

function match(cells: string[], mapping: Mapping): Header['fields'] {
  const wanted = new Map<string, string>();
  for (const [field, headings] of Object.entries(mapping.columns))
    for (const h of headings) if (!wanted.has(normaliseHeading(h))) wanted.set(normaliseHeading(h), field);
  const out: ColumnMatch[] = [];
  const seen = new Set<string>();
  cells.forEach((cell, column) => {
    const field = wanted.get(normaliseHeading(cell));
    if (field && !seen.has(field)) {
      seen.add(field);
      out.push({ field, column, heading: cell.trim() });
    }
  });
  return out;
}

/** A heading as it may be shown: never an identity number, even if someone typed one as a heading. */
export function headingText(heading: string, column: number): string {
  return findIdentityNumbers(heading).length > 0 ? columnLetters(column) : printable(heading.trim(), 60);
}

/**
 * The heading row: of the first 20 rows, the one naming most of the mapping's fields (title rows and
 * instructions above the table, as the authorities' templates have, are passed over). Undefined when no row
 * names at least two fields including a required one.
 */
export function findHeader(sheet: Sheet, mapping: Mapping): Header | undefined {
  let best: Header | undefined;
  const required = Object.entries(FIELDS[mapping.kind])
    .filter(([, f]) => f.required)
    .map(([k]) => k);
  for (let r = 0; r < Math.min(20, sheet.rows.length); r++) {
    const cells = sheet.rows[r] ?? [];
    const fields = match(cells, mapping);
    if (fields.length < 2 || !fields.some((f) => required.includes(f.field) || f.field === 'asset')) continue;
    if (!best || fields.length > best.fields.length) {
      const mapped = new Set(fields.map((f) => f.column));
      const unmapped = cells
        .map((heading, column) => ({ column, heading }))
        .filter((c) => c.heading.trim() !== '' && !mapped.has(c.column));
      best = { row: r, fields, unmapped };
    }
  }
  return best;
}
