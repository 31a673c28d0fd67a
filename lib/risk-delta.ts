import { boardName as boardNameOf } from './facts/boards.js';
import { t } from './i18n/index.js';
import type { Locale } from './locale.js';
import type { Entity, Registry } from './registry.js';
import {
  actionBoard,
  analysisBoard,
  modelOf,
  objectName,
  type Scenario,
  scenarioLevels,
  scenarioRestricted,
} from './risk-register.js';

// What a change means for risk, for the PR comment: each scenario whose level now (the residual once
// assessed, else the level before treatment) moved between the base and the head, e.g. "risk r3 for
// Procapita: 12 → 6 after action A17". The actions named are the scenario's actions that became done in the
// change, or, when none did, those done already. A scenario restricted before or after is only counted.

export interface RiskDeltaLine {
  /** The analysis (risk/<id>) the line belongs to. */
  analysis: string;
  scenario: string;
  from?: number;
  to?: number;
  text: string;
}

export interface RiskDelta {
  lines: RiskDeltaLine[];
  /** Scenarios whose level moved but which are restricted: counted, never described. */
  restricted: number;
  /** The sentence for `restricted`, when there are any. */
  restrictedText?: string;
}

function valid(registry: Registry, id: string): Entity<'risk'> | undefined {
  const r = registry.entities.risk.get(id);
  return r?.valid ? r : undefined;
}

function doneIn(registry: Registry, id: string): boolean {
  const a = registry.entities.plan.get(id);
  return Boolean(a?.valid && a.data.status === 'done');
}

export function riskDelta(base: Registry, head: Registry, locale: Locale): RiskDelta {
  const lines: RiskDeltaLine[] = [];
  let restricted = 0;
  const acceptance = modelOf(head).acceptance;
  const ids = new Set([...base.entities.risk.keys(), ...head.entities.risk.keys()]);
  // The same analysis under the same risk model has every scenario at the same level (scenarioLevels reads
  // nothing else): a pull request's base made from its head shares all but the changed entries.
  const sameModel = base.organisation?.data === head.organisation?.data;
  for (const id of [...ids].sort()) {
    const before = valid(base, id);
    const after = valid(head, id);
    if (!before && !after) continue;
    if (sameModel && before === after) continue;
    const scenarioIds = new Set([
      ...(before?.data.scenarios ?? []).map((s) => s.id),
      ...(after?.data.scenarios ?? []).map((s) => s.id),
    ]);
    for (const sid of scenarioIds) {
      const was: Scenario | undefined = before?.data.scenarios.find((s) => s.id === sid);
      const now: Scenario | undefined = after?.data.scenarios.find((s) => s.id === sid);
      const from = was && before ? scenarioLevels(modelOf(base), was).current : undefined;
      const to = now && after ? scenarioLevels(modelOf(head), now).current : undefined;
      if (from === to) continue;
      const hidden =
        (before && was && scenarioRestricted(base, before, was)) ||
        (after && now && scenarioRestricted(head, after, now));
      if (hidden) {
        restricted++;
        continue;
      }
      const object = after
        ? objectName(head, after, locale)
        : objectName(base, before as Entity<'risk'>, locale);
      let text: string;
      if (from === undefined) text = t(locale, 'riskdoc.delta.added', { id: sid, object, to });
      else if (to === undefined) text = t(locale, 'riskdoc.delta.removed', { id: sid, object, from });
      else {
        text = t(locale, 'riskdoc.delta.changed', { id: sid, object, from, to });
        const actions = now?.actions ?? [];
        const newlyDone = actions.filter((a) => doneIn(head, a) && !doneIn(base, a));
        const named = newlyDone.length ? newlyDone : actions.filter((a) => doneIn(head, a));
        if (to < from && named.length)
          text += ` ${t(locale, 'riskdoc.delta.after', { actions: named.join(', ') })}`;
      }
      if (to !== undefined && to > acceptance)
        text += ` (${t(locale, 'riskdoc.delta.acceptance', { acceptance })})`;
      lines.push({
        analysis: id,
        scenario: sid,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        text,
      });
    }
  }
  return {
    lines,
    restricted,
    ...(restricted ? { restrictedText: t(locale, 'riskdoc.delta.restricted', { n: restricted }) } : {}),
  };
}

/**
 * Puts each line next to its analysis's change in the diff (code `risk-level`), or among the effects when
 * the analysis itself did not change; the restricted count goes to the effects.
 */
export function attachRiskDelta(
  changes: { kind: string; id: string; restricted: boolean; details: { code: string; text: string }[] }[],
  effects: { code: string; text: string }[],
  base: Registry,
  head: Registry,
  locale: Locale,
): void {
  const delta = riskDelta(base, head, locale);
  for (const line of delta.lines) {
    const change = changes.find((c) => c.kind === 'risk' && c.id === line.analysis && !c.restricted);
    const detail = { code: 'risk-level', text: line.text };
    if (change) change.details.push(detail);
    else effects.push(detail);
  }
  if (delta.restrictedText) effects.push({ code: 'risk-level-restricted', text: delta.restrictedText });
}

/** The documents a change to an analysis, an action or a review touches: `[id, title]` pairs. */
export function riskDocumentsTouched(
  kind: 'risk' | 'plan' | 'review',
  id: string,
  base: Registry,
  head: Registry,
  locale: Locale,
): [string, string][] {
  const out: [string, string][] = [];
  const boardName = (b: string) => boardNameOf(head, b);
  const report = (registry: Registry, riskId: string) => {
    const r = valid(registry, riskId);
    const board = r ? analysisBoard(registry, r) : undefined;
    if (board)
      out.push([`risk-report-${board}`, t(locale, 'riskdoc.report.title', { board: boardName(board) })]);
  };
  for (const registry of [base, head]) {
    if (kind === 'risk') report(registry, id);
    if (kind === 'plan') {
      const a = registry.entities.plan.get(id);
      if (!a?.valid) continue;
      out.push(['action-plan', t(locale, 'riskdoc.plan.title')]);
      const board = actionBoard(registry, a);
      if (board)
        out.push([`action-plan-${board}`, t(locale, 'riskdoc.plan.titleBoard', { board: boardName(board) })]);
      if (a.data.source.kind === 'risk') report(registry, a.data.source.ref);
      if (a.data.source.kind === 'review') {
        const review = registry.entities.review.get(a.data.source.ref);
        if (review?.valid) out.push([`management-review-${review.id}`, review.data.title]);
      }
    }
    if (kind === 'review') {
      const review = registry.entities.review.get(id);
      if (review?.valid) out.push([`management-review-${id}`, review.data.title]);
    }
  }
  return out;
}
