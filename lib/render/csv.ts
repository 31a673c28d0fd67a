import { RESTRICTED, YES_NO } from '../labels.js';
import type { Locale, Localized } from '../locale.js';
import type { ProcessingRow } from './model.js';

// The register of processing activities as CSV, for the spreadsheet the data protection officer keeps and
// the authority may ask for. Pure. Safe to open in Excel: a cell that a spreadsheet would read as a formula
// (= + - @, tab, carriage return) gets a leading apostrophe, so "=HYPERLINK(…)" in a register stays text.

const HEADERS = {
  id: { sv: 'Id', nb: 'Id', en: 'Id' },
  name: { sv: 'Behandling', nb: 'Behandling', en: 'Processing activity' },
  role: { sv: 'Roll', nb: 'Rolle', en: 'Role' },
  controller: { sv: 'Personuppgiftsansvarig', nb: 'Behandlingsansvarlig', en: 'Controller' },
  jointControllers: {
    sv: 'Gemensamt personuppgiftsansvariga',
    nb: 'Felles behandlingsansvarlige',
    en: 'Joint controllers',
  },
  controllersServed: {
    sv: 'Personuppgiftsansvariga (som biträde)',
    nb: 'Behandlingsansvarlige (som databehandler)',
    en: 'Controllers served (as processor)',
  },
  purposes: { sv: 'Ändamål', nb: 'Formål', en: 'Purposes' },
  legalBasis: { sv: 'Rättslig grund', nb: 'Behandlingsgrunnlag', en: 'Legal basis' },
  dataSubjects: {
    sv: 'Kategorier av registrerade',
    nb: 'Kategorier av registrerte',
    en: 'Categories of data subjects',
  },
  dataSubjectsCount: {
    sv: 'Antal registrerade (ca)',
    nb: 'Antall registrerte (ca.)',
    en: 'Number of data subjects (approx.)',
  },
  personalData: {
    sv: 'Kategorier av personuppgifter',
    nb: 'Kategorier av personopplysninger',
    en: 'Categories of personal data',
  },
  specialCategories: {
    sv: 'Känsliga personuppgifter (art. 9)',
    nb: 'Særlige kategorier (art. 9)',
    en: 'Special categories (Art. 9)',
  },
  criminalData: {
    sv: 'Lagöverträdelser (art. 10)',
    nb: 'Straffbare forhold (art. 10)',
    en: 'Criminal-offence data (Art. 10)',
  },
  identityNumbers: { sv: 'Personnummer', nb: 'Fødselsnummer', en: 'Identity numbers' },
  protectedIdentities: {
    sv: 'Skyddade personuppgifter',
    nb: 'Beskyttede personopplysninger',
    en: 'Protected identities',
  },
  recipients: { sv: 'Mottagare', nb: 'Mottakere', en: 'Recipients' },
  processors: { sv: 'Personuppgiftsbiträden', nb: 'Databehandlere', en: 'Processors' },
  transfers: {
    sv: 'Överföring till tredjeland',
    nb: 'Overføring til tredjeland',
    en: 'Third-country transfers',
  },
  retention: { sv: 'Gallring', nb: 'Sletting', en: 'Erasure' },
  retentionBasis: { sv: 'Grund för gallring', nb: 'Grunnlag for sletting', en: 'Basis for erasure' },
  archived: { sv: 'Bevaras för arkivändamål', nb: 'Bevares for arkivformål', en: 'Archived' },
  securityMeasures: { sv: 'Säkerhetsåtgärder', nb: 'Sikkerhetstiltak', en: 'Security measures' },
  systems: { sv: 'System', nb: 'Systemer', en: 'Systems' },
  dpia: { sv: 'Konsekvensbedömning', nb: 'Personvernkonsekvensvurdering', en: 'DPIA' },
  dpiaDate: { sv: 'Konsekvensbedömning datum', nb: 'Vurdering dato', en: 'DPIA date' },
  automatedDecisions: {
    sv: 'Automatiserade beslut (art. 22)',
    nb: 'Automatiserte avgjørelser (art. 22)',
    en: 'Automated decisions (Art. 22)',
  },
  restricted: { sv: 'Begränsad', nb: 'Skjermet', en: 'Restricted' },
} satisfies Record<string, Localized>;

const list = (items: readonly string[] | undefined) => (items ?? []).join('; ');
const yesNo = (value: boolean | undefined, l: Locale, restricted: boolean) =>
  restricted ? '' : YES_NO[value ? 'yes' : 'no'][l];

const AGREEMENT: Localized = { sv: 'PUB-avtal', nb: 'databehandleravtale', en: 'DPA' };

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
            x.agreement ? `${AGREEMENT[l]} ${x.agreement}` : '',
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
  ['restricted', (r, l) => (r.restricted ? RESTRICTED[l] : '')],
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
    COLUMNS.map(([key]) => HEADERS[key][locale]),
    ...rows.map((r) => COLUMNS.map(([, get]) => get(r, locale))),
  ];
}

/** The rows as CSV with a byte-order mark (so Excel reads å, ä, ö) and CRLF line ends (RFC 4180). */
export function processingCsv(rows: readonly ProcessingRow[], locale: Locale): string {
  const sep = csvSeparator(locale);
  const lines = processingTable(rows, locale).map((r) => r.map((v) => cell(v, sep)).join(sep));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
