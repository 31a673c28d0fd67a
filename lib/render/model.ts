// Registry → view models for the templates, one file per document (this file runs them). Pure: no files, no clock, no browser. Everything a template
// shows is decided here (what is restricted, what is overdue, which quarters are missing), so the
// templates only lay it out and an adopter's own templates cannot leak what this module withholds.

import { processingRegisterId } from '../controller.js';
import type { Registry } from '../registry.js';
import { auditAnswer, auditAnswers, auditFollowUp, followUpBoards } from './audit.js';
import { type DocumentModel, type ModelInput, valid } from './common.js';
import { controllerBoards, reportBoards } from './documents.js';
import { kpiReview } from './kpi-review.js';
import { processingRegister } from './processing-register.js';
import { systemsOverview } from './systems-overview.js';
import { yearlyReport } from './yearly.js';

export { answeringBoards, type PlannedActionView, type RecommendationView } from './audit.js';
export type {
  BoardRef,
  Commit,
  CommonView,
  DocumentKind,
  DocumentMeta,
  DocumentModel,
  ModelInput,
  Orientation,
} from './common.js';
// The shared view types and helpers live in common.ts; the audit documents in audit.ts, the others one a file.
export { controllerBoards, documentIds, reportBoards } from './documents.js';
export { kpiViews } from './kpi-review.js';
export { dpiaReasons, type ProcessingRow, processingRow } from './processing-register.js';

/** Every document the registry gives, in the order of `documentIds`. */
export function buildDocuments(
  registry: Registry,
  input: ModelInput,
  only?: ReadonlySet<string>,
): DocumentModel[] {
  const want = (id: string) => !only || only.has(id);
  const out: DocumentModel[] = [];
  for (const a of valid(registry, 'audit')) {
    for (const d of auditAnswers(a)) if (want(d.id)) out.push(auditAnswer(registry, a, input, d));
  }
  for (const b of followUpBoards(registry))
    if (want(`audit-followup-${b.id}`)) out.push(auditFollowUp(registry, b, input));
  if (want('yearly-report')) out.push(yearlyReport(registry, input));
  for (const b of reportBoards(registry))
    if (want(`yearly-report-${b.id}`)) out.push(yearlyReport(registry, input, b));
  if (want('kpi-review')) out.push(kpiReview(registry, input));
  for (const b of controllerBoards(registry))
    if (want(processingRegisterId(b))) out.push(processingRegister(registry, b, input));
  if (want('systems-overview')) out.push(systemsOverview(registry, input));
  return out;
}
