import { controllerIdOf, controllerRef, controllers } from '../controller.js';
import { profileOf } from '../country.js';
import { classificationReviewDue, classificationsInForce, isRestricted } from '../derive.js';
import { type MessageKey, t } from '../i18n/index.js';
import { HOSTING, label, RESTRICTED, SYSTEM_STATUS } from '../labels.js';
import { type Locale, pickText } from '../locale.js';
import type { Entity, Registry } from '../registry.js';
import { processingTable } from '../render/csv.js';
import { processingRow } from '../render/model.js';
import { roleName } from '../roles.js';

// What lisa export puts in its spreadsheets, as tables of cells: the Art. 30 register per board, the
// systems and the classifications. Pure. Restricted entries are as in the documents: the name (and the
// board), the marker, nothing else.

export type CellValue = string | number;

export interface Table {
  /** The sheet's name as the user sees it (the writer makes it a valid one). */
  name: string;
  headers: string[];
  rows: CellValue[][];
}

const H = {
  id: 'planExport.id',
  system: 'documents.systems.system',
  asset: 'export.asset',
  board: 'planExport.board',
  owner: 'export.owner',
  administrator: 'export.administrator',
  supplier: 'documents.systems.supplier',
  hosting: 'documents.systems.hosting',
  country: 'export.country',
  status: 'documents.status',
  protection: 'export.protection',
  systems: 'documents.systems.systemsHeading',
  classified: 'documents.systems.classified',
  nextReview: 'documents.systems.nextReview',
  // Not "Begrenset" in nb: that is a security grade under sikkerhetsloven.
  restricted: 'planExport.restricted',
  systemsSheet: 'documents.systems.systemsHeading',
  classificationsSheet: 'export.classificationsSheet',
} satisfies Record<string, MessageKey>;

function sortedValid<K extends 'processing' | 'system' | 'asset'>(
  registry: Registry,
  kind: K,
  locale: Locale,
) {
  const c = new Intl.Collator(locale === 'en' ? 'en-GB' : locale, { sensitivity: 'base', numeric: true });
  return ([...registry.entities[kind].values()].filter((e) => e.valid) as Entity<K>[]).sort((a, b) =>
    c.compare(String((a.data as { name: string }).name), String((b.data as { name: string }).name)),
  );
}

/**
 * One table per controller, in lisa.yaml's order: each controller board (and each board that has activities),
 * or, where the organisation itself is controller (country: no), the organisation and any board of its own.
 */
export function processingTables(registry: Registry, locale: Locale): Table[] {
  const all = sortedValid(registry, 'processing', locale);
  return exportControllers(registry, all).map((b) => {
    const [headers = [], ...rows] = processingTable(
      all.filter((p) => controllerIdOf(p.data) === b.id).map((p) => processingRow(registry, p, locale)),
      locale,
    );
    return { name: b.name, headers, rows };
  });
}

/** The controllers an export has a table (or a file) for. */
export function exportControllers(
  registry: Registry,
  all: readonly Entity<'processing'>[],
): { id: string; name: string }[] {
  if (profileOf(registry.organisation?.data).controllerModel === 'organisation')
    return controllers(
      registry,
      all.map((p) => p.data),
    );
  return (registry.organisation?.data.boards ?? [])
    .filter((b) => b.controller !== false || all.some((p) => p.data.controller === b.id))
    .map((b) => ({ id: b.id, name: b.name }));
}

// No board is the organisation itself (a Norwegian kommune's shared systems).
const boardName = (registry: Registry, id: string | undefined) => controllerRef(registry, id).name;

export function systemsTable(registry: Registry, locale: Locale): Table {
  const aspects = registry.model.aspects;
  const inForce = classificationsInForce(registry);
  const w = (key: keyof typeof H) => t(locale, H[key]);
  const headers = [
    ...(
      ['id', 'system', 'board', 'owner', 'administrator', 'supplier', 'hosting', 'country', 'status'] as const
    ).map(w),
    ...aspects.map((a) => `${w('protection')}: ${pickText(a.label, locale)}`),
    w('restricted'),
  ];
  const rows = sortedValid(registry, 'system', locale).map((s): CellValue[] => {
    const d = s.data;
    const board = boardName(registry, d.board);
    if (isRestricted(registry, s, inForce))
      return [s.id, d.name, board, ...Array(headers.length - 4).fill(''), t(locale, RESTRICTED)];
    return [
      s.id,
      d.name,
      board,
      roleName(registry, d.owner, locale),
      d.administrator ? roleName(registry, d.administrator, locale) : '',
      d.supplier ?? '',
      label(HOSTING, d.hosting, locale),
      d.hostingCountry ?? '',
      label(SYSTEM_STATUS, d.status ?? 'active', locale),
      ...aspects.map((a) => d.protection[a.id] ?? ''),
      '',
    ];
  });
  return { name: w('systemsSheet'), headers, rows };
}

export function classificationsTable(registry: Registry, locale: Locale): Table {
  const aspects = registry.model.aspects;
  const inForce = classificationsInForce(registry);
  const months = registry.organisation?.data.reviewMonths?.classification ?? 12;
  const w = (key: keyof typeof H) => t(locale, H[key]);
  const headers = [
    ...(['id', 'asset', 'board', 'owner', 'systems', 'classified'] as const).map(w),
    ...aspects.map((a) => pickText(a.label, locale)),
    w('nextReview'),
    w('restricted'),
  ];
  const rows = sortedValid(registry, 'asset', locale).map((a): CellValue[] => {
    const d = a.data;
    const board = boardName(registry, d.board);
    if (isRestricted(registry, a, inForce))
      return [a.id, d.name, board, ...Array(headers.length - 4).fill(''), t(locale, RESTRICTED)];
    const c = inForce.get(a.id);
    return [
      a.id,
      d.name,
      board,
      roleName(registry, d.owner, locale),
      (d.systems ?? []).map((id) => registry.entities.system.get(id)?.data.name ?? id).join('; '),
      c?.data.date ?? '',
      ...aspects.map((x) => c?.data.levels[x.id]?.level ?? ''),
      c ? classificationReviewDue(c.data, months) : '',
      '',
    ];
  });
  return { name: w('classificationsSheet'), headers, rows };
}
