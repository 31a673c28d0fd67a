import { load } from 'js-yaml';
import type { Locale } from '../locale.js';

// A mapping says which spreadsheet column holds which register field: `columns: {field: [heading, …]}`.
// What a field's cells mean (a list, a board, a legal basis) is decided by the code, per kind, so a mapping
// file cannot make lisa write anything the schema does not know. Pure: the command reads the file.

export type ImportKind = 'processing' | 'classification' | 'system';
export const IMPORT_KINDS: readonly ImportKind[] = ['processing', 'classification', 'system'];

export type FieldType =
  | 'text'
  | 'list'
  | 'integer'
  | 'yes-no'
  | 'board'
  | 'role'
  | 'roles'
  | 'systems'
  | 'asset'
  | 'legal-basis'
  | 'special-categories'
  | 'parties'
  | 'transfers'
  | 'dpia'
  | 'level'
  | 'date'
  | 'hosting'
  | 'country'
  | 'id';

/** The fields each kind can import, their type, and which the register requires. */
export const FIELDS: Record<ImportKind, Record<string, { type: FieldType; required?: boolean }>> = {
  processing: {
    id: { type: 'id' },
    name: { type: 'text', required: true },
    controller: { type: 'board' },
    purposes: { type: 'list', required: true },
    legalBasis: { type: 'legal-basis', required: true },
    legalBasisReference: { type: 'text' },
    dataSubjects: { type: 'list', required: true },
    dataSubjectsCount: { type: 'integer' },
    personalData: { type: 'list', required: true },
    specialCategories: { type: 'special-categories' },
    criminalData: { type: 'yes-no' },
    identityNumbers: { type: 'yes-no' },
    protectedIdentities: { type: 'yes-no' },
    jointControllers: { type: 'parties' },
    recipients: { type: 'parties' },
    processors: { type: 'parties' },
    thirdCountryTransfers: { type: 'transfers' },
    retention: { type: 'text', required: true },
    retentionBasis: { type: 'text' },
    securityMeasures: { type: 'list', required: true },
    systems: { type: 'systems' },
    dpia: { type: 'dpia' },
    restricted: { type: 'yes-no' },
  },
  classification: {
    id: { type: 'id' },
    asset: { type: 'asset', required: true },
    description: { type: 'text' },
    board: { type: 'board' },
    owner: { type: 'role' },
    systems: { type: 'systems' },
    date: { type: 'date' },
    participants: { type: 'roles' },
    'levels.confidentiality': { type: 'level' },
    'levels.integrity': { type: 'level' },
    'levels.availability': { type: 'level' },
    'levels.traceability': { type: 'level' },
    'justification.confidentiality': { type: 'text' },
    'justification.integrity': { type: 'text' },
    'justification.availability': { type: 'text' },
    'justification.traceability': { type: 'text' },
    justification: { type: 'text' },
    nextReview: { type: 'date' },
    restricted: { type: 'yes-no' },
  },
  system: {
    id: { type: 'id' },
    name: { type: 'text', required: true },
    aliases: { type: 'list' },
    description: { type: 'text' },
    board: { type: 'board' },
    owner: { type: 'role', required: true },
    administrator: { type: 'role' },
    supplier: { type: 'text' },
    hosting: { type: 'hosting' },
    hostingCountry: { type: 'country' },
    'protection.confidentiality': { type: 'level' },
    'protection.integrity': { type: 'level' },
    'protection.availability': { type: 'level' },
    'protection.traceability': { type: 'level' },
    restricted: { type: 'yes-no' },
  },
};

export interface Mapping {
  /** The file name without .yaml, or the path of one's own. */
  id: string;
  kind: ImportKind;
  title: Partial<Record<Locale, string>>;
  /** field → the headings it may have, in any of the languages. */
  columns: Record<string, string[]>;
}

export interface MappingProblem {
  message: 'mappingNotYaml' | 'mappingKind' | 'mappingField' | 'mappingHeadings';
  params: Record<string, string>;
}

/** Reads a mapping file's text; problems say what is wrong in it, never throw. */
export function parseMapping(id: string, text: string): { mapping?: Mapping; problems: MappingProblem[] } {
  let data: unknown;
  try {
    data = load(text);
  } catch {
    return { problems: [{ message: 'mappingNotYaml', params: { id } }] };
  }
  const problems: MappingProblem[] = [];
  const d = (data ?? {}) as { kind?: unknown; title?: unknown; columns?: unknown };
  if (typeof d.kind !== 'string' || !(IMPORT_KINDS as readonly string[]).includes(d.kind))
    return { problems: [{ message: 'mappingKind', params: { id, kinds: IMPORT_KINDS.join(', ') } }] };
  const kind = d.kind as ImportKind;
  const columns: Record<string, string[]> = {};
  const raw = (d.columns && typeof d.columns === 'object' ? d.columns : {}) as Record<string, unknown>;
  for (const [field, headings] of Object.entries(raw)) {
    if (!FIELDS[kind][field]) {
      problems.push({
        message: 'mappingField',
        params: { id, field, fields: Object.keys(FIELDS[kind]).join(', ') },
      });
      continue;
    }
    const list = typeof headings === 'string' ? [headings] : Array.isArray(headings) ? headings : [];
    const clean = list.filter((h): h is string => typeof h === 'string' && h.trim() !== '');
    if (clean.length === 0) problems.push({ message: 'mappingHeadings', params: { id, field } });
    else columns[field] = clean;
  }
  const title =
    typeof d.title === 'string'
      ? { sv: d.title, nb: d.title, en: d.title }
      : ((d.title ?? {}) as Partial<Record<Locale, string>>);
  return { mapping: { id, kind, title, columns }, problems };
}

/** Headings compared without case, punctuation, "*" marks or "(obligatorisk)"-style notes. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/\((?:obligatorisk|obligatorisk\w*|valfri\w*|frivillig\w*|required|optional)\)/g, '')
    .replace(/[*:?.,()/\\\-–_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
