import { classificationsInForce, isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import { type Locale, pickText } from '../locale.js';
import type { Entity, Registry } from '../registry.js';
import { maxRiskLevel, type RiskModel, riskLevel } from '../risk-model.js';
import {
  analysisBoard,
  modelOf,
  objectName,
  type Scenario,
  scenarioLevels,
  scenarioRestricted,
} from '../risk-register.js';
import { roleName } from '../roles.js';
import { type ActionRow, planActionRow } from './action-plan.js';
import {
  type BoardRef,
  boardRef,
  boardsAmong,
  collator,
  common,
  type DocumentMeta,
  type DocumentModel,
  type ModelInput,
  valid,
} from './common.js';
import { type MatrixCell, riskMatrixSvg } from './risk-matrix.js';

// The risk report per board: its analyses, the risk matrix as a heat map before measures and now, the risks
// above the acceptance level with their treatment, and the accepted risks with who accepted them and when.
// A risk about a restricted entry is restricted: it counts in the matrix and the totals, nothing more.

export interface ScenarioEntry {
  analysis: Entity<'risk'>;
  scenario: Scenario;
  restricted: boolean;
  before?: number;
  current?: number;
}

/** The scenarios of the board's analyses (every board's when `board` is undefined). */
export function boardScenarios(registry: Registry, board?: string): ScenarioEntry[] {
  const model = modelOf(registry);
  const inForce = classificationsInForce(registry);
  const out: ScenarioEntry[] = [];
  for (const r of valid(registry, 'risk')) {
    if (board !== undefined && analysisBoard(registry, r) !== board) continue;
    for (const s of r.data.scenarios) {
      const levels = scenarioLevels(model, s);
      out.push({
        analysis: r,
        scenario: s,
        restricted: scenarioRestricted(registry, r, s, inForce),
        ...(levels.before !== undefined ? { before: levels.before } : {}),
        ...(levels.current !== undefined ? { current: levels.current } : {}),
      });
    }
  }
  return out;
}

/** The boards with an analysis of their own: each gets a risk report. */
export function riskReportBoards(registry: Registry): BoardRef[] {
  const ids = new Set<string>();
  for (const r of valid(registry, 'risk')) {
    const b = analysisBoard(registry, r);
    if (b) ids.add(b);
  }
  return boardsAmong(registry, ids);
}

export function riskReportIds(registry: Registry): string[] {
  return riskReportBoards(registry).map((b) => `risk-report-${b.id}`);
}

function matrixView(
  id: string,
  title: string,
  model: RiskModel,
  entries: ScenarioEntry[],
  pick: (e: ScenarioEntry) => [number, number] | undefined,
  locale: Locale,
) {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const at = pick(e);
    if (!at) continue;
    const key = `${at[0]}/${at[1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const likelihood = model.likelihood.map((s) => ({ level: s.level, label: pickText(s.label, locale) }));
  const consequence = model.consequence.map((s) => ({ level: s.level, label: pickText(s.label, locale) }));
  const cells: MatrixCell[][] = likelihood.map((l) =>
    consequence.map((c) => {
      const level = riskLevel(model, l.level, c.level) ?? 0;
      return {
        likelihood: l.level,
        consequence: c.level,
        level,
        count: counts.get(`${l.level}/${c.level}`) ?? 0,
        above: level > model.acceptance,
      };
    }),
  );
  const filled = cells.flat().filter((c) => c.count > 0);
  const cellsText = filled.length
    ? filled.map((c) => t(locale, 'riskdoc.report.matrixCell', { ...c, n: c.count })).join('; ')
    : t(locale, 'riskdoc.report.matrixEmpty');
  const svg = riskMatrixSvg({
    id,
    title,
    description: t(locale, 'riskdoc.report.matrixDescription', { title, cells: cellsText }),
    likelihood,
    consequence,
    cells,
    maxLevel: maxRiskLevel(model),
    words: { likelihood: t(locale, 'riskdoc.likelihood'), consequence: t(locale, 'riskdoc.consequence') },
  });
  // The table reads top to bottom as the picture does: highest likelihood first.
  const rows = likelihood
    .map((l, i) => ({
      label: `${l.level} ${l.label}`,
      cells: (cells[i] ?? []).map((c) => ({
        level: c.level,
        count: c.count,
        above: c.above,
      })),
    }))
    .reverse();
  return {
    id,
    title,
    svg,
    head: consequence.map((c) => `${c.level} ${c.label}`),
    rows,
  };
}

function entitled(model: RiskModel, role: string | undefined, level: number | undefined): boolean {
  if (!model.mayAccept || level === undefined) return true;
  return model.mayAccept.some((m) => m.role === role && m.upTo >= level);
}

function actionsOf(registry: Registry, s: Scenario, today: string, locale: Locale): ActionRow[] {
  const out: ActionRow[] = [];
  for (const id of s.actions ?? []) {
    const a = registry.entities.plan.get(id);
    if (a?.valid) out.push(planActionRow(registry, a, today, locale));
  }
  return out.filter((a) => !a.restricted);
}

function scenarioView(registry: Registry, e: ScenarioEntry, today: string, locale: Locale) {
  const s = e.scenario;
  return {
    ref: `${e.analysis.id}/${s.id}`,
    id: s.id,
    analysis: e.analysis.data.title,
    object: objectName(registry, e.analysis, locale),
    threat: s.threat,
    ...(s.vulnerability ? { vulnerability: s.vulnerability } : {}),
    before: e.before,
    current: e.current,
    reassessed: Boolean(s.residual),
    ...(s.residual?.assessed ? { assessed: s.residual.assessed } : {}),
    treatment: t(locale, `riskdoc.treatment.${s.treatment ?? 'none'}` as 'riskdoc.treatment.none'),
    untreated: !s.treatment,
    actions: actionsOf(registry, s, today, locale),
    existingMeasures: s.existingMeasures ?? [],
  };
}

export function riskReport(registry: Registry, input: ModelInput, board: BoardRef): DocumentModel {
  const { locale, today } = input;
  const model = modelOf(registry);
  const entries = boardScenarios(registry, board.id);
  const inForce = classificationsInForce(registry);
  const analyses = valid(registry, 'risk').filter((r) => analysisBoard(registry, r) === board.id);
  const c = collator(locale);
  const open = entries.filter((e) => !e.restricted);
  const above = open
    .filter((e) => (e.before ?? 0) > model.acceptance)
    .sort((a, b) => (b.current ?? 0) - (a.current ?? 0) || (b.before ?? 0) - (a.before ?? 0));
  const accepted = open.filter((e) => e.scenario.treatment === 'accept');
  const meta: DocumentMeta = {
    id: `risk-report-${board.id}`,
    kind: 'risk-report',
    template: 'risk-report.njk',
    title: t(locale, 'riskdoc.report.title', { board: board.name }),
    orientation: 'portrait',
    date: today,
    draft: false,
    board: boardRef(registry, board.id),
  };
  const steps = (list: RiskModel['likelihood']) =>
    list.map((s) => `${s.level} ${pickText(s.label, locale).toLowerCase()}`).join(', ');
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      risk: {
        acceptance: model.acceptance,
        lead: t(locale, 'riskdoc.report.lead', {
          analyses: analyses.length,
          scenarios: entries.length,
          above: entries.filter((e) => (e.current ?? 0) > model.acceptance).length,
          accepted: entries.filter((e) => e.scenario.treatment === 'accept').length,
          acceptance: model.acceptance,
        }),
        // Analyses exist but every one is restricted: say so rather than "no analyses" under a lead that counts them.
        allRestricted: analyses.length > 0 && analyses.every((r) => isRestricted(registry, r, inForce)),
        analyses: analyses
          .filter((r) => !isRestricted(registry, r, inForce))
          .map((r) => ({
            id: r.id,
            title: r.data.title,
            object: objectName(registry, r, locale),
            date: r.data.date,
            nextReview: r.data.nextReview,
            overdue: r.data.nextReview < today,
            scenarios: r.data.scenarios.length,
            method: r.data.method,
          }))
          .sort((a, b) => c.compare(a.object, b.object)),
        matrices: [
          matrixView(
            `${board.id}-before`,
            t(locale, 'riskdoc.report.matrixBefore'),
            model,
            entries,
            (e) => [e.scenario.likelihood, e.scenario.consequence],
            locale,
          ),
          matrixView(
            `${board.id}-now`,
            t(locale, 'riskdoc.report.matrixNow'),
            model,
            entries,
            (e) =>
              e.scenario.residual
                ? [e.scenario.residual.likelihood, e.scenario.residual.consequence]
                : [e.scenario.likelihood, e.scenario.consequence],
            locale,
          ),
        ],
        legend: t(locale, 'riskdoc.report.matrixLegend', { acceptance: model.acceptance }),
        scales: [
          t(locale, 'riskdoc.report.scaleLikelihood', { steps: steps(model.likelihood) }),
          t(locale, 'riskdoc.report.scaleConsequence', { steps: steps(model.consequence) }),
        ],
        above: above.map((e) => scenarioView(registry, e, today, locale)),
        accepted: accepted.map((e) => ({
          ...scenarioView(registry, e, today, locale),
          acceptedBy: roleName(registry, e.scenario.acceptedBy, locale),
          acceptedOn: e.scenario.acceptedOn,
          ...(entitled(model, e.scenario.acceptedBy, e.current)
            ? {}
            : { notEntitled: t(locale, 'riskdoc.report.notEntitled', { level: e.current ?? '' }) }),
        })),
        restrictedCount: entries.length - open.length,
        restrictedNote: t(locale, 'riskdoc.report.restrictedNote', { n: entries.length - open.length }),
      },
    },
  };
}
