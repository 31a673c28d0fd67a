import { type MessageKey, t } from '../i18n/index.js';
import { RESTRICTED, YES_NO } from '../labels.js';
import type { Locale } from '../locale.js';
import type { ProcessingRow } from './model.js';

// The register of processing activities as CSV, for the spreadsheet the data protection officer keeps and
// the authority may ask for. Pure. Safe to open in Excel: a cell that a spreadsheet would read as a formula
// (= + - @, tab, carriage return) gets a leading apostrophe, so "=HYPERLINK(…)" in a register stays text.

const HEADERS = {
  id: 'planExport.id',
  name: 'documents.register.activity',
  role: 'csv.headers.role',
  controller: 'documents.register.controller',
  jointControllers: 'csv.headers.jointControllers',
  controllersServed: 'csv.headers.controllersServed',
  purposes: 'documents.register.purposes',
  legalBasis: 'csv.headers.legalBasis',
  dataSubjects: 'csv.headers.dataSubjects',
  dataSubjectsCount: 'csv.headers.dataSubjectsCount',
  personalData: 'csv.headers.personalData',
  specialCategories: 'label.dpiaReason.special',
  criminalData: 'csv.headers.criminalData',
  identityNumbers: 'documents.register.identityNumbers',
  protectedIdentities: 'documents.register.protected',
  recipients: 'csv.headers.recipients',
  processors: 'csv.headers.processors',
  transfers: 'documents.register.transfers',
  retention: 'documents.register.erasure',
  retentionBasis: 'csv.headers.retentionBasis',
  archived: 'csv.headers.archived',
  securityMeasures: 'documents.register.measures',
  systems: 'documents.systems.systemsHeading',
  dpia: 'csv.headers.dpia',
  dpiaDate: 'csv.headers.dpiaDate',
  automatedDecisions: 'documents.register.automated',
  restricted: 'planExport.restricted',
} satisfies Record<string, MessageKey>;

const list = (items: readonly string[] | undefined) => (items ?? []).join('; ');
const yesNo = (value: boolean | undefined, l: Locale, restricted: boolean) =>
  restricted ? '' : t(l, YES_NO[value ? 'yes' : 'no']);

const AGREEMENT: MessageKey = 'csv.agreement';

const COLUMNS: [keyof typeof HEADERS, (r: ProcessingRow, l: Locale) => string][] = [
  ['id', (r) => r.id],
  ['name', (r) => r.name],
  ['role', (r) => r.roleLabel ?? ''],
  ['controller', (r) => r.controller.name],
  [
    'jointControllers',
    (r) => list(r.jointControllers?.map((p) => (p.contact ? `${p.name} (${p.contact})` : p.name))),
  ],
  [
    'controllersServed',
    (r) => list(r.controllersServed?.map((p) => (p.contact ? `${p.name} (${p.contact})` : p.name))),
  ],
  ['purposes', (r) => list(r.purposes)],
  [
    'legalBasis',
    (r) => list(r.legalBasis?.map((b) => (b.reference ? `${b.label}: ${b.reference}` : b.label))),
  ],
  ['dataSubjects', (r) => list(r.dataSubjects)],
  ['dataSubjectsCount', (r) => (r.dataSubjectsCount !== undefined ? String(r.dataSubjectsCount) : '')],
  ['personalData', (r) => list(r.personalData)],
  ['specialCategories', (r) => list(r.specialCategories)],
  ['criminalData', (r, l) => yesNo(r.criminalData, l, r.restricted)],
  ['identityNumbers', (r, l) => yesNo(r.identityNumbers, l, r.restricted)],
  ['protectedIdentities', (r, l) => yesNo(r.protectedIdentities, l, r.restricted)],
  ['recipients', (r) => list(r.recipients?.map((x) => (x.country ? `${x.name} (${x.country})` : x.name)))],
  [
    'processors',
    (r, l) =>
      list(
        r.processors?.map((x) =>
          [
            x.name,
            x.country ? `(${x.country})` : '',
            x.agreement ? `${t(l, AGREEMENT)} ${x.agreement}` : '',
            x.agreementReference ?? '',
          ]
            .filter(Boolean)
            .join(' '),
        ),
      ),
  ],
  [
    'transfers',
    (r) =>
      list(
        r.transfers?.map((t) =>
          [t.country, t.recipient ?? '', t.safeguard, t.reference ?? ''].filter(Boolean).join(', '),
        ),
      ),
  ],
  ['retention', (r) => r.retention?.period ?? ''],
  ['retentionBasis', (r) => r.retention?.basis ?? ''],
  [
    'archived',
    (r, l) => (r.retention?.archived === undefined ? '' : yesNo(r.retention.archived, l, r.restricted)),
  ],
  ['securityMeasures', (r) => list(r.securityMeasures)],
  ['systems', (r) => list(r.systems)],
  ['dpia', (r) => r.dpia?.statusLabel ?? ''],
  ['dpiaDate', (r) => r.dpia?.date ?? ''],
  ['automatedDecisions', (r, l) => yesNo(r.automatedDecisions, l, r.restricted)],
  ['restricted', (r, l) => (r.restricted ? t(l, RESTRICTED) : '')],
];

/** A cell a spreadsheet would evaluate gets a leading apostrophe (OWASP's advice for CSV injection). */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string, separator: string): string {
  const v = neutralise(value);
  return v.includes(separator) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Semicolons where the decimal mark is a comma (sv, nb), as Excel there expects; commas in English. */
export function csvSeparator(locale: Locale): string {
  return locale === 'en' ? ',' : ';';
}

/**
 * The Art. 30 columns as a table: the headings, then one row of cell texts per activity (a restricted one
 * has its name, controller and role, and the marker). Shared by the CSV and the XLSX export; not neutralised.
 */
export function processingTable(rows: readonly ProcessingRow[], locale: Locale): string[][] {
  return [
    COLUMNS.map(([key]) => t(locale, HEADERS[key])),
    ...rows.map((r) => COLUMNS.map(([, get]) => get(r, locale))),
  ];
}

/** The rows as CSV with a byte-order mark (so Excel reads å, ä, ö) and CRLF line ends (RFC 4180). */
export function processingCsv(rows: readonly ProcessingRow[], locale: Locale): string {
  const sep = csvSeparator(locale);
  const lines = processingTable(rows, locale).map((r) => r.map((v) => cell(v, sep)).join(sep));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
