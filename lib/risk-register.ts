import { controllerIdOf } from './controller.js';
import { classificationsInForce, isRestricted } from './derive.js';
import { t } from './i18n/index.js';
import type { PlanAction, RiskAnalysis } from './kinds.js';
import type { Locale } from './locale.js';
import { dueEnd } from './plan.js';
import type { Entity, Registry } from './registry.js';
import { type RiskModel, riskLevel, riskModel } from './risk-model.js';

// Facts about the risk register and the action plan that documents, the PR comment and reminders share:
// which board an analysis or an action belongs to, the level a scenario stands at, which scenarios are
// restricted, and an action's status on a given day. Pure.

export type Scenario = RiskAnalysis['scenarios'][number];
export type ActionStatus = PlanAction['status'];

const models = new WeakMap<Registry, RiskModel>();

/** The registry's risk model, read once per registry. */
export function modelOf(registry: Registry): RiskModel {
  let m = models.get(registry);
  if (!m) {
    m = riskModel(registry.organisation?.data);
    models.set(registry, m);
  }
  return m;
}

function executiveBoardId(registry: Registry): string | undefined {
  const boards = registry.organisation?.data.boards ?? [];
  return (boards.find((b) => b.type === 'executive-board') ?? boards[0])?.id;
}

/** The board an analysis belongs to: its own `board`, else the board of what it is about, else the executive board. */
export function analysisBoard(registry: Registry, r: Entity<'risk'>): string | undefined {
  if (r.data.board) return r.data.board;
  const { object } = r.data;
  if (object.system) {
    const board = registry.entities.system.get(object.system)?.data.board;
    if (board) return board;
  }
  if (object.asset) {
    const board = registry.entities.asset.get(object.asset)?.data.board;
    if (board) return board;
  }
  if (object.processing) {
    const p = registry.entities.processing.get(object.processing);
    if (p?.valid) return controllerIdOf(p.data);
  }
  return executiveBoardId(registry);
}

/** The board an action belongs to: its own `board`, else its source's board, else the executive board. */
export function actionBoard(registry: Registry, a: Entity<'plan'>): string | undefined {
  if (a.data.board) return a.data.board;
  const { kind, ref, item } = a.data.source;
  switch (kind) {
    case 'risk': {
      const r = registry.entities.risk.get(ref);
      if (r?.valid) return analysisBoard(registry, r);
      break;
    }
    case 'classification': {
      const board = registry.entities.system.get(ref)?.data.board;
      if (board) return board;
      break;
    }
    case 'review': {
      const board = registry.entities.review.get(ref)?.data.board;
      if (board) return board;
      break;
    }
    case 'incident': {
      const board = registry.entities.incident.get(ref)?.data.board;
      if (board) return board;
      break;
    }
    case 'audit': {
      const audit = registry.entities.audit.get(ref);
      if (audit?.valid) {
        const rec = audit.data.recommendations.find((x) => x.id === item) ?? audit.data.recommendations[0];
        if (rec?.board) return rec.board;
      }
      break;
    }
  }
  return executiveBoardId(registry);
}

export interface ScenarioLevels {
  before?: number;
  residual?: number;
  /** The residual once assessed, else the level before treatment. */
  current?: number;
}

export function scenarioLevels(model: RiskModel, s: Scenario): ScenarioLevels {
  const before = riskLevel(model, s.likelihood, s.consequence);
  const residual = s.residual ? riskLevel(model, s.residual.likelihood, s.residual.consequence) : undefined;
  const current = s.residual ? residual : before;
  return {
    ...(before !== undefined ? { before } : {}),
    ...(residual !== undefined ? { residual } : {}),
    ...(current !== undefined ? { current } : {}),
  };
}

/**
 * A scenario tells as much as what it is about: it is restricted with its analysis, and when any asset or
 * system it names is restricted (a public document then counts it and says nothing more).
 */
export function scenarioRestricted(
  registry: Registry,
  r: Entity<'risk'>,
  s: Scenario,
  inForce = classificationsInForce(registry),
): boolean {
  if (isRestricted(registry, r, inForce)) return true;
  for (const id of s.assets ?? []) {
    const a = registry.entities.asset.get(id);
    if (a && isRestricted(registry, a, inForce)) return true;
  }
  for (const id of s.systems ?? []) {
    const sys = registry.entities.system.get(id);
    if (sys && isRestricted(registry, sys, inForce)) return true;
  }
  return false;
}

/** An action is restricted by its own marking, its source's, or a restricted scenario it treats. */
export function actionRestricted(
  registry: Registry,
  a: Entity<'plan'>,
  inForce = classificationsInForce(registry),
): boolean {
  if (isRestricted(registry, a, inForce)) return true;
  const { kind, ref, item } = a.data.source;
  if (kind === 'risk') {
    const r = registry.entities.risk.get(ref);
    const s = r?.valid ? r.data.scenarios.find((x) => x.id === item) : undefined;
    if (r && s && scenarioRestricted(registry, r, s, inForce)) return true;
  }
  if (kind === 'review' || kind === 'audit' || kind === 'incident') {
    const from = registry.entities[kind].get(ref);
    if (from && isRestricted(registry, from, inForce)) return true;
  }
  return false;
}

/** An action's status on `date`: the last history entry on or before it, else its status now. */
export function actionStatusOn(a: PlanAction, date: string): ActionStatus {
  const history = a.history ?? [];
  if (!history.length) return a.status;
  let status: ActionStatus | undefined;
  for (const h of history) if (h.date <= date) status = h.status;
  return status ?? 'planned';
}

/** The day an action falls due, or undefined when it has no due date (or one the schema would not take). */
export function actionDue(a: PlanAction): string | undefined {
  return a.due === undefined ? undefined : dueEnd(a.due);
}

export function actionOpen(status: ActionStatus): boolean {
  return status === 'planned' || status === 'in-progress';
}

export function actionOverdue(a: PlanAction, today: string): boolean {
  const due = actionDue(a);
  return actionOpen(a.status) && due !== undefined && due < today;
}

/** What an analysis is about, by name: the system, asset or processing activity, or the organisation. */
export function objectName(registry: Registry, r: Entity<'risk'>, locale: Locale): string {
  const { object } = r.data;
  if (object.system) return registry.entities.system.get(object.system)?.data.name ?? object.system;
  if (object.asset) return registry.entities.asset.get(object.asset)?.data.name ?? object.asset;
  if (object.processing) {
    const p = registry.entities.processing.get(object.processing);
    return (p?.data as { name?: string } | undefined)?.name ?? object.processing;
  }
  return t(locale, 'riskdoc.object.organisation');
}
