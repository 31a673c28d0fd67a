import { controllerIdOf, controllerRef, ORGANISATION } from '../controller.js';
import { classificationsInForce, isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import type { PlanAction } from '../kinds.js';
import { ACTION_STATUS, label } from '../labels.js';
import type { Locale } from '../locale.js';
import { dueEnd } from '../plan.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import type { CellValue, Table } from './tables.js';

// The action plan (plan/) as tables for lisa export: the whole plan first, then one sheet per board the actions
// belong to. Pure. A restricted action is as in the documents: its id, title and board, the marker, nothing else.

/** The source entry's board, as the schema says: an action without `board` belongs to its source's board. */
function sourceBoard(registry: Registry, source: PlanAction['source']): string | undefined {
  const e = registry.entities;
  switch (source.kind) {
    case 'audit': {
      const a = e.audit.get(source.ref);
      if (!a?.valid) return undefined;
      const r = a.data.recommendations.find((x) => x.id === source.item);
      return r?.board ?? (a.data.boards.length === 1 ? a.data.boards[0] : undefined);
    }
    case 'risk': {
      const r = e.risk.get(source.ref);
      if (!r?.valid) return undefined;
      if (r.data.board) return r.data.board;
      const o = r.data.object;
      if (o.system) return e.system.get(o.system)?.data.board;
      if (o.asset) return e.asset.get(o.asset)?.data.board;
      const p = o.processing ? e.processing.get(o.processing) : undefined;
      return p?.valid ? controllerIdOf(p.data) || undefined : undefined;
    }
    case 'classification':
      return e.system.get(source.ref)?.data.board;
    case 'incident':
      return e.incident.get(source.ref)?.data.board;
    case 'review':
      return e.review.get(source.ref)?.data.board;
    default:
      return undefined;
  }
}

/** The board an action belongs to; the organisation's empty id when neither it nor its source names one. */
export function actionBoard(registry: Registry, action: PlanAction): string {
  return action.board ?? sourceBoard(registry, action.source) ?? ORGANISATION;
}

/** The source's own name (the audit's or analysis's title, the system's name), else its id. */
function sourceName(registry: Registry, source: PlanAction['source']): string {
  const e = registry.entities;
  const entity =
    source.kind === 'classification'
      ? e.system.get(source.ref)
      : (e[source.kind as 'audit' | 'risk' | 'incident' | 'review']?.get(source.ref) as Entity | undefined);
  const data = entity?.valid ? (entity.data as { title?: string; name?: string }) : undefined;
  return data?.title ?? data?.name ?? source.ref;
}

export function planTables(registry: Registry, locale: Locale): Table[] {
  const inForce = classificationsInForce(registry);
  const c = new Intl.Collator(locale === 'en' ? 'en-GB' : locale, { numeric: true });
  const actions = ([...registry.entities.plan.values()].filter((a) => a.valid) as Entity<'plan'>[]).sort(
    (a, b) =>
      c.compare(dueEnd(a.data.due) ?? '', dueEnd(b.data.due) ?? '') || c.compare(a.data.title, b.data.title),
  );
  const T = (key: Parameters<typeof t>[1], params = {}) => t(locale, key, params);
  const headers = [
    T('planExport.id'),
    T('planExport.title'),
    T('planExport.board'),
    T('planExport.source'),
    T('planExport.owner'),
    T('planExport.due'),
    T('planExport.dueDate'),
    T('planExport.status'),
    T('planExport.done'),
    T('planExport.description'),
    T('planExport.restricted'),
  ];
  const boardOf = new Map(actions.map((a) => [a.id, actionBoard(registry, a.data)]));
  const row = (a: Entity<'plan'>): CellValue[] => {
    const d = a.data;
    const board = controllerRef(registry, boardOf.get(a.id)).name;
    if (isRestricted(registry, a, inForce))
      return [a.id, d.title, board, ...Array(headers.length - 4).fill(''), T('planExport.restricted')];
    return [
      a.id,
      d.title,
      board,
      `${T('planExport.kind', { kind: d.source.kind })}: ${sourceName(registry, d.source)}`,
      roleName(registry, d.owner, locale),
      String(d.due),
      dueEnd(d.due) ?? '',
      label(ACTION_STATUS, d.status, locale),
      d.done ?? '',
      d.description ?? '',
      '',
    ];
  };
  const all: Table = { name: T('planExport.all'), headers, rows: actions.map(row) };
  // One sheet per board in lisa.yaml's order, the organisation's own first, each only when it has actions.
  const order = [ORGANISATION, ...(registry.organisation?.data.boards ?? []).map((b) => b.id)];
  for (const id of boardOf.values()) if (!order.includes(id)) order.push(id);
  const perBoard = order
    .map((id) => ({ id, rows: actions.filter((a) => boardOf.get(a.id) === id) }))
    .filter((b) => b.rows.length > 0)
    .map((b) => ({ name: controllerRef(registry, b.id).name, headers, rows: b.rows.map(row) }));
  return [all, ...perBoard];
}
