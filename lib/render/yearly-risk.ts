import { classificationsInForce, isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import { levelsOf } from '../model.js';
import type { Registry } from '../registry.js';
import { actionOpen, analysisBoard, modelOf } from '../risk-register.js';
import { allActionRows } from './action-plan.js';
import { type BoardRef, boards, collator, type ModelInput, valid } from './common.js';
import { boardScenarios } from './risk-report.js';

// The yearly report's section on risk analyses and the action plan, built to answer the auditors' first
// question (seed 002): have risk analyses been done for the information the board is responsible for, and
// have measures followed? Per board: analyses, done this year, past review, top-classified information
// without its own analysis; the treatment of every risk above acceptance; the plan's open, overdue and done.
// Restricted analyses and actions are counted, never named.

interface BoardRow {
  board: BoardRef;
  analyses: number;
  thisYear: number;
  reviewOverdue: number;
  missingTop: number;
}

/** Top-classified information (the model's highest confidentiality level) without an analysis of its own. */
function missingTopAnalyses(registry: Registry) {
  const { confidentialityAspect } = registry.model;
  // The confidentiality aspect's own scale when it has one, as the rule reads it.
  const top = Math.max(...levelsOf(registry.model, confidentialityAspect).map((l) => l.value));
  const analysed = new Set<string>();
  for (const r of valid(registry, 'risk')) if (r.data.object.asset) analysed.add(r.data.object.asset);
  const inForce = classificationsInForce(registry);
  const out: { board: string; name: string; restricted: boolean }[] = [];
  for (const c of inForce.values()) {
    if (!c.valid || c.data.levels[confidentialityAspect]?.level !== top || analysed.has(c.data.asset))
      continue;
    const asset = registry.entities.asset.get(c.data.asset);
    if (!asset?.valid) continue;
    out.push({
      // No board: the organisation's own (Norway: the kommune).
      board: asset.data.board ?? '',
      name: asset.data.name,
      restricted: isRestricted(registry, asset, inForce),
    });
  }
  return out;
}

export function yearlyRisk(registry: Registry, input: ModelInput, scope?: BoardRef) {
  const { locale, today } = input;
  const year = today.slice(0, 4);
  const mine = (board: string | undefined) => !scope || board === scope.id;
  const model = modelOf(registry);
  const rows = new Map<string, BoardRow>();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) {
      const b = boards(registry).find((x) => x.id === id);
      r = { board: { id, name: b?.name ?? id }, analyses: 0, thisYear: 0, reviewOverdue: 0, missingTop: 0 };
      rows.set(id, r);
    }
    return r;
  };
  let restricted = false;
  const analyses = valid(registry, 'risk').filter((r) => mine(analysisBoard(registry, r)));
  for (const r of analyses) {
    const b = row(analysisBoard(registry, r) ?? '');
    b.analyses++;
    if (r.data.date.startsWith(year)) b.thisYear++;
    if (r.data.nextReview < today) b.reviewOverdue++;
    if (isRestricted(registry, r)) restricted = true;
  }
  const missing = missingTopAnalyses(registry).filter((m) => mine(m.board));
  for (const m of missing) row(m.board).missingTop++;

  // Every risk above acceptance before measures, in exactly one state.
  const treatment = { aboveBefore: 0, reducedBelow: 0, accepted: 0, inProgress: 0, untreated: 0 };
  for (const e of boardScenarios(registry, scope?.id)) {
    if ((e.before ?? 0) <= model.acceptance) continue;
    if (e.restricted) restricted = true;
    treatment.aboveBefore++;
    const s = e.scenario;
    if ((e.current ?? 0) <= model.acceptance) treatment.reducedBelow++;
    else if (s.treatment === 'accept') treatment.accepted++;
    else if (s.treatment && (s.treatment !== 'reduce' || (s.actions?.length ?? 0) > 0))
      treatment.inProgress++;
    else treatment.untreated++;
  }

  const actions = allActionRows(registry, today, locale).filter((a) => mine(a.board.id));
  if (actions.some((a) => a.restricted)) restricted = true;
  const plan = {
    open: actions.filter((a) => actionOpen(a.status)).length,
    overdue: actions.filter((a) => a.overdue).length,
    doneYear: actions.filter((a) => a.status === 'done' && (a.done ?? a.since ?? '').startsWith(year)).length,
    total: actions.length,
  };

  const c = collator(locale);
  const boardRows = [...rows.values()].sort((a, b) => c.compare(a.board.name, b.board.name));
  const overdueReviews = boardRows.reduce((n, r) => n + r.reviewOverdue, 0);
  const gaps = missing.length + overdueReviews + treatment.untreated + plan.overdue;
  const answer =
    analyses.length === 0
      ? t(locale, 'riskdoc.yearly.answerNo')
      : gaps === 0
        ? t(locale, 'riskdoc.yearly.answerYes', { treated: treatment.inProgress + treatment.reducedBelow })
        : t(locale, 'riskdoc.yearly.answerPartly', { analyses: analyses.length, gaps });
  const named = missing.filter((m) => !m.restricted).map((m) => m.name);
  return {
    answer,
    answered: analyses.length > 0 && gaps === 0,
    boards: boardRows,
    ...(named.length
      ? {
          missingNames: t(locale, 'riskdoc.yearly.missingNames', { names: named.sort(c.compare).join(', ') }),
        }
      : {}),
    treatment,
    plan,
    restricted,
  };
}
