import { classificationsInForce, isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { Entity, Registry } from '../registry.js';
import { type ActionStatus, actionBoard, actionDue, actionOpen, actionRestricted } from '../risk-register.js';
import { roleName } from '../roles.js';
import { shortDate } from '../values.js';
import {
  type BoardRef,
  boardRef,
  boardsAmong,
  collator,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
  valid,
} from './common.js';

// The action plan as a document, for the whole organisation and per board: every action in plan/, and the
// planned actions still written only inside audit answers (not yet moved by `lisa migrate`), so nothing
// decided is missing. Overdue first; an action with no date is shown as such and never counted as overdue.

export interface ActionRow {
  id: string;
  restricted: boolean;
  title: string;
  board: BoardRef;
  sourceKind: string;
  sourceLabel: string;
  /** What in the source: the analysis and scenario, the audit, the system… */
  sourceName: string;
  owner: string;
  dueText: string;
  due?: string;
  undated: boolean;
  status: ActionStatus;
  statusLabel: string;
  /** The date of the latest status change, when the history gives it. */
  since?: string;
  overdue: boolean;
  /** When it was done, as the register says. */
  done?: string;
  /** Still only in an audit answer, not in plan/. */
  fromAudit: boolean;
}

function dueText(value: string | number | undefined, locale: Locale): string {
  if (value === undefined) return '';
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? shortDate(text, locale) : text;
}

function sourceName(registry: Registry, a: Entity<'plan'>, locale: Locale): string {
  const { kind, ref, item } = a.data.source;
  const named = (name: string | undefined) => (name ? (item ? `${name}, ${item}` : name) : ref);
  switch (kind) {
    case 'risk':
      return named(registry.entities.risk.get(ref)?.data.title);
    case 'audit':
      return named(registry.entities.audit.get(ref)?.data.title);
    case 'review':
      return named(registry.entities.review.get(ref)?.data.title);
    case 'classification':
      return registry.entities.system.get(ref)?.data.name ?? ref;
    case 'incident': {
      // An incident's account is restricted unless marked otherwise: its title is not repeated here.
      const incident = registry.entities.incident.get(ref);
      return incident && !isRestricted(registry, incident)
        ? incident.data.title
        : t(locale, 'riskdoc.source.incident');
    }
  }
  return ref;
}

/** The latest dated status change, for "since …". */
function since(history: { date: string; status: string }[] | undefined): string | undefined {
  if (!history?.length) return undefined;
  let latest = history[0];
  for (const h of history) if (latest && h.date >= latest.date) latest = h;
  return latest?.date;
}

export function planActionRow(
  registry: Registry,
  a: Entity<'plan'>,
  today: string,
  locale: Locale,
  inForce = classificationsInForce(registry),
): ActionRow {
  const d = a.data;
  const due = actionDue(d);
  const board = boardRef(registry, actionBoard(registry, a));
  const status = d.status;
  const last = since(d.history);
  return {
    id: a.id,
    restricted: actionRestricted(registry, a, inForce),
    title: d.title,
    board,
    sourceKind: d.source.kind,
    sourceLabel: t(locale, `riskdoc.source.${d.source.kind}` as 'riskdoc.source.risk'),
    sourceName: sourceName(registry, a, locale),
    owner: roleName(registry, d.owner, locale),
    dueText: dueText(d.due, locale),
    ...(due ? { due } : {}),
    undated: due === undefined,
    status,
    statusLabel: t(locale, `riskdoc.status.${status}` as 'riskdoc.status.done'),
    ...(last ? { since: last } : {}),
    overdue: actionOpen(status) && due !== undefined && due < today,
    ...(d.done ? { done: d.done } : {}),
    fromAudit: false,
  };
}

/** The planned actions in audit answers that name no action in plan/ (see `lisa migrate`). */
export function auditOnlyRows(registry: Registry, today: string, locale: Locale): ActionRow[] {
  const out: ActionRow[] = [];
  for (const audit of valid(registry, 'audit')) {
    const restricted = isRestricted(registry, audit);
    for (const rec of audit.data.recommendations) {
      for (const p of rec.plannedActions ?? []) {
        if (p.plan) continue;
        const status = (p.status ?? 'planned') as ActionStatus;
        const last = since(p.history);
        out.push({
          id: `${audit.id}/${p.id}`,
          restricted,
          title: p.text,
          board: boardRef(registry, rec.board),
          sourceKind: 'audit',
          sourceLabel: t(locale, 'riskdoc.source.audit'),
          sourceName: `${audit.data.title}, ${rec.id}`,
          owner: p.owner ? roleName(registry, p.owner, locale) : '',
          dueText: p.due ? shortDate(p.due, locale) : (p.period ?? ''),
          ...(p.due ? { due: p.due } : {}),
          undated: !p.due,
          status,
          statusLabel: t(locale, `riskdoc.status.${status}` as 'riskdoc.status.done'),
          ...(last ? { since: last } : {}),
          overdue: actionOpen(status) && p.due !== undefined && p.due < today,
          ...(p.done ? { done: p.done } : {}),
          fromAudit: true,
        });
      }
    }
  }
  return out;
}

/** Overdue first (oldest due first), then open by due, open undated, then done and cancelled. */
export function sortActions(rows: ActionRow[], locale: Locale): ActionRow[] {
  const c = collator(locale);
  const rank = (r: ActionRow) => (r.overdue ? 0 : actionOpen(r.status) ? (r.undated ? 2 : 1) : 3);
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      c.compare(a.board.name, b.board.name) ||
      c.compare(a.title, b.title),
  );
}

export function actionCounts(rows: ActionRow[]) {
  return {
    total: rows.length,
    open: rows.filter((r) => actionOpen(r.status)).length,
    overdue: rows.filter((r) => r.overdue).length,
    done: rows.filter((r) => r.status === 'done').length,
    undatedOpen: rows.filter((r) => r.undated && actionOpen(r.status)).length,
  };
}

function tally(rows: ActionRow[], key: (r: ActionRow) => string, locale: Locale) {
  const groups = new Map<string, ActionRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const c = collator(locale);
  return [...groups.entries()]
    .map(([name, list]) => ({ name, ...actionCounts(list) }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || c.compare(a.name, b.name));
}

/** Every row of the plan, restricted ones included (callers count those and leave out their details). */
export function allActionRows(registry: Registry, today: string, locale: Locale): ActionRow[] {
  const inForce = classificationsInForce(registry);
  return [
    ...valid(registry, 'plan').map((a) => planActionRow(registry, a, today, locale, inForce)),
    ...auditOnlyRows(registry, today, locale),
  ];
}

/** The boards with an action of their own in the plan: each gets its own plan document. */
export function actionPlanBoards(registry: Registry): BoardRef[] {
  const ids = new Set<string>();
  for (const a of valid(registry, 'plan')) {
    const b = actionBoard(registry, a);
    if (b) ids.add(b);
  }
  return boardsAmong(registry, ids);
}

export function actionPlanIds(registry: Registry): string[] {
  if (registry.entities.plan.size === 0) return [];
  return ['action-plan', ...actionPlanBoards(registry).map((b) => `action-plan-${b.id}`)];
}

export function actionPlan(registry: Registry, input: ModelInput, board?: BoardRef): DocumentModel {
  const { locale, today } = input;
  const all = allActionRows(registry, today, locale).filter((r) => !board || r.board.id === board.id);
  const shown = sortActions(
    all.filter((r) => !r.restricted),
    locale,
  );
  const counts = actionCounts(all);
  const meta: DocumentMeta = {
    id: board ? `action-plan-${board.id}` : 'action-plan',
    kind: 'action-plan',
    template: 'action-plan.njk',
    title: board
      ? t(locale, 'riskdoc.plan.titleBoard', { board: board.name })
      : t(locale, 'riskdoc.plan.title'),
    orientation: 'landscape',
    date: today,
    draft: false,
    ...((board ?? executiveBoard(registry)) ? { board: board ?? executiveBoard(registry) } : {}),
  };
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      plan: {
        perBoard: Boolean(board),
        lead: t(locale, 'riskdoc.plan.lead', counts),
        ...(counts.undatedOpen
          ? { undated: t(locale, 'riskdoc.plan.undatedLead', { n: counts.undatedOpen }) }
          : {}),
        counts,
        rows: shown,
        bySource: tally(all, (r) => r.sourceLabel, locale),
        byOwner: tally(all, (r) => r.owner || t(locale, 'riskdoc.noOwner'), locale),
        auditOnly: all.filter((r) => r.fromAudit).length,
        auditNote: t(locale, 'riskdoc.plan.auditNote', { n: all.filter((r) => r.fromAudit).length }),
        restrictedCount: all.length - shown.length,
        restrictedNote: t(locale, 'riskdoc.plan.restrictedNote', { n: all.length - shown.length }),
      },
    },
  };
}
