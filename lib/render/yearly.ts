import { t } from '../i18n/index.js';
// The yearly report on the information-security work, one per board: the facts from the registers, the
// security coordinator's assessment, conclusions and proposed decisions for the year (report/<year>.yaml),
// and whether each activity of the yearly cycle was actually done (its completion records). Each section's
// view model is its own file (yearly-<section>.ts); this one puts them together.

import { TITLES } from '../labels.js';
import type { Registry } from '../registry.js';
import {
  type BoardRef,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
} from './common.js';
import { kpiViews } from './kpi-review.js';
import { yearlyAgreements } from './yearly-agreements.js';
import { assessmentView } from './yearly-assessment.js';
import { yearlyAudits } from './yearly-audits.js';
import { yearlyClassification } from './yearly-classification.js';
import { yearlyCycle } from './yearly-cycle.js';
import { yearlyDocuments } from './yearly-documents.js';
import { yearlyIncidents } from './yearly-incidents.js';
import { yearlyProcessing } from './yearly-processing.js';
import { yearlyProtection } from './yearly-protection.js';
import { yearlyRisk } from './yearly-risk.js';
import { yearlyScope } from './yearly-scope.js';
import { yearlyTraining } from './yearly-training.js';

/**
 * The yearly report to a board. Without `scope` it is the executive board's report on the whole organisation;
 * with one, a board's own report: its information, systems, processing activities, recommendations and
 * cycle activities (governing documents and KPIs are the organisation's and stay in every report).
 */
export function yearlyReport(registry: Registry, input: ModelInput, scope?: BoardRef): DocumentModel {
  const { locale, today } = input;
  const year = today.slice(0, 4);
  const s = yearlyScope(registry, input, scope);
  const documents = yearlyDocuments(s);
  const classification = yearlyClassification(s);
  const protection = yearlyProtection(s);
  const processing = yearlyProcessing(s);
  const audits = yearlyAudits(s);
  const cycle = yearlyCycle(s);
  const kpis = kpiViews(registry, input);
  const openKpis = kpis.kpis.filter((k) => !k.restricted);
  const board = scope ?? executiveBoard(registry);
  const assessment = assessmentView(registry, year, board, locale);
  const meta: DocumentMeta = {
    id: scope ? `yearly-report-${scope.id}` : 'yearly-report',
    kind: 'yearly-report',
    template: 'yearly-report.njk',
    title: t(locale, TITLES.yearlyReport, { year }),
    orientation: 'portrait',
    date: assessment?.date ?? today,
    ...(assessment?.registrationNumber ? { registrationNumber: assessment.registrationNumber } : {}),
    draft: false,
    ...(board ? { board } : {}),
  };
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      report: {
        year,
        scoped: Boolean(scope),
        assessment,
        cycleDue: cycle.cycleDue,
        cycleDoneDue: cycle.cycleDoneDue,
        figures: {
          ...documents.figures,
          ...classification.figures,
          ...protection.figures,
          ...processing.figures,
          ...audits.figures,
          kpis: openKpis.length,
          kpisOnTarget: openKpis.filter((k) => k.status === 'on-target').length,
          kpisMissing: openKpis.filter((k) => k.status === 'missing').length,
        },
        documents: documents.documents,
        classification: classification.classification,
        protection: protection.protection,
        processing: processing.processing,
        kpis,
        audits: audits.audits,
        cycle: cycle.cycle,
        // Partials of their own (templates/shared/partials/yearly-*.njk), each from its own module.
        incidentSummary: yearlyIncidents(registry, input, scope),
        agreements: yearlyAgreements(registry, input, scope),
        training: yearlyTraining(registry, input, scope),
        risk: yearlyRisk(registry, input, scope),
      },
    },
  };
}
