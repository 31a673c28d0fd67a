import type { Registry } from '../registry.js';
import { actionPlan, actionPlanBoards, actionPlanIds } from './action-plan.js';
import type { DocumentModel, ModelInput } from './common.js';
import { managementReview, reviewIds } from './review-minutes.js';
import { riskReport, riskReportBoards, riskReportIds } from './risk-report.js';

// The documents of the risk register and the action plan, registered with model.ts in two lines: the risk
// report per board, the action plan in total and per board, and the minutes of each management review.

export function riskDocumentIds(registry: Registry): string[] {
  return [...riskReportIds(registry), ...actionPlanIds(registry), ...reviewIds(registry)];
}

export function buildRiskDocuments(
  registry: Registry,
  input: ModelInput,
  want: (id: string) => boolean,
): DocumentModel[] {
  const out: DocumentModel[] = [];
  for (const b of riskReportBoards(registry))
    if (want(`risk-report-${b.id}`)) out.push(riskReport(registry, input, b));
  if (registry.entities.plan.size > 0) {
    if (want('action-plan')) out.push(actionPlan(registry, input));
    for (const b of actionPlanBoards(registry))
      if (want(`action-plan-${b.id}`)) out.push(actionPlan(registry, input, b));
  }
  for (const id of reviewIds(registry)) if (want(id)) out.push(managementReview(registry, input, id));
  return out;
}
