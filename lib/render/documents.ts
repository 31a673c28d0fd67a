// Which documents a registry gives, by id: the audit answers and follow-ups, the yearly reports (one per board
// with something of its own), the KPI review, a register of processing per controller, the systems overview.
import { type ControllerRef, controllerIdOf, controllers, processingRegisterId } from '../controller.js';
import type { Registry } from '../registry.js';
import { auditAnswers, followUpBoards } from './audit.js';
import { type BoardRef, boards, executiveBoard, valid } from './common.js';
import { incidentReportId, incidentReportRecipients } from './incident-report.js';
import { riskDocumentIds } from './risk-documents.js';

/** The controllers that keep a register of processing activities: boards, or the organisation itself. */
export function controllerBoards(registry: Registry): ControllerRef[] {
  return controllers(
    registry,
    valid(registry, 'processing').map((p) => p.data),
  );
}

/**
 * The boards besides the executive board that get their own yearly report: each board with information,
 * systems, processing activities or audit recommendations of its own (the council gets none).
 */
export function reportBoards(registry: Registry): BoardRef[] {
  const exec = executiveBoard(registry)?.id;
  const owning = new Set<string>();
  for (const a of valid(registry, 'asset')) owning.add(a.data.board ?? '');
  for (const s of valid(registry, 'system')) owning.add(s.data.board ?? '');
  for (const p of valid(registry, 'processing')) owning.add(controllerIdOf(p.data));
  for (const a of valid(registry, 'audit')) for (const r of a.data.recommendations) owning.add(r.board);
  return boards(registry)
    .filter((b) => b.id !== exec && b.type !== 'council' && owning.has(b.id))
    .map((b) => ({ id: b.id, name: b.name }));
}

export function documentIds(registry: Registry): string[] {
  return [
    ...valid(registry, 'audit').flatMap((a) => auditAnswers(a).map((d) => d.id)),
    ...followUpBoards(registry).map((b) => `audit-followup-${b.id}`),
    'yearly-report',
    ...reportBoards(registry).map((b) => `yearly-report-${b.id}`),
    'kpi-review',
    ...controllerBoards(registry).map(processingRegisterId),
    'systems-overview',
    ...incidentReportRecipients(registry).map(incidentReportId),
    ...riskDocumentIds(registry),
  ];
}
