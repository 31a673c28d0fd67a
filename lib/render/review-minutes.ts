import { isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import type { Registry } from '../registry.js';
import { actionDue, actionOpen, actionStatusOn, modelOf } from '../risk-register.js';
import { roleName } from '../roles.js';
import { planActionRow } from './action-plan.js';
import {
  boardRef,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
  valid,
} from './common.js';
import { boardScenarios } from './risk-report.js';

// The minutes of a management review (ledningens genomgång, ISO/IEC 27001 9.3) in the shape a board files:
// who was present, the inputs of 9.3.2 in the standard's order, the decisions of 9.3.3 with the actions they
// created in the plan, and the next review. Beside the inputs as written, the plan's and the risk analyses'
// state on the day of the review, computed from the registers (the history of each action), so the minutes
// show what the meeting had before it.

const INPUTS = [
  'actions',
  'changes',
  'nonconformities',
  'monitoring',
  'audits',
  'risks',
  'feedback',
  'improvements',
] as const;

export function reviewIds(registry: Registry): string[] {
  return valid(registry, 'review').map((r) => `management-review-${r.id}`);
}

/** The plan and the risk analyses as they stood on `date`. */
function registerFacts(registry: Registry, date: string) {
  const model = modelOf(registry);
  let open = 0;
  let overdue = 0;
  let done = 0;
  for (const a of valid(registry, 'plan')) {
    const first = a.data.history?.[0]?.date;
    if (first && first > date) continue;
    const status = actionStatusOn(a.data, date);
    const due = actionDue(a.data);
    if (actionOpen(status)) {
      open++;
      if (due && due < date) overdue++;
    } else if (status === 'done') done++;
  }
  const analyses = valid(registry, 'risk').filter((r) => r.data.date <= date);
  const ids = new Set(analyses.map((r) => r.id));
  // A residual assessed after the review was not before it: the level before treatment counts then.
  const above = boardScenarios(registry).filter((e) => {
    if (!ids.has(e.analysis.id)) return false;
    const assessed = e.scenario.residual?.assessed;
    const level = assessed && assessed > date ? e.before : e.current;
    return (level ?? 0) > model.acceptance;
  }).length;
  return {
    actions: { open, overdue, done },
    risks: {
      analyses: analyses.length,
      above,
      overdue: analyses.filter((r) => r.data.nextReview < date).length,
    },
  };
}

export function managementReview(registry: Registry, input: ModelInput, id: string): DocumentModel {
  const { locale, today } = input;
  const entity = registry.entities.review.get(id.replace(/^management-review-/, ''));
  if (!entity?.valid) throw new Error(`no valid review for ${id}`);
  const r = entity.data;
  const board = r.board ? boardRef(registry, r.board) : executiveBoard(registry);
  const meta: DocumentMeta = {
    id,
    kind: 'management-review',
    template: 'management-review.njk',
    title: r.title,
    orientation: 'portrait',
    date: r.date,
    draft: false,
    ...(board ? { board } : {}),
  };
  const restricted = isRestricted(registry, entity);
  const facts = registerFacts(registry, r.date);
  const inputs = r.inputs as Record<(typeof INPUTS)[number], string | undefined>;
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      review: {
        restricted,
        participants: restricted ? [] : r.participants.map((p) => roleName(registry, p, locale)),
        inputs: restricted
          ? []
          : INPUTS.map((key) => ({
              key,
              heading: t(locale, `riskdoc.review.input.${key}`),
              text: inputs[key],
            })),
        facts: restricted
          ? []
          : [
              t(locale, 'riskdoc.review.factActions', facts.actions),
              t(locale, 'riskdoc.review.factRisks', facts.risks),
            ],
        decisions: restricted
          ? []
          : r.decisions.map((d) => ({
              id: d.id,
              text: d.text,
              actions: (d.actions ?? []).map((aid) => {
                const a = registry.entities.plan.get(aid);
                if (!a?.valid) return { missing: t(locale, 'riskdoc.review.missingAction', { id: aid }) };
                const row = planActionRow(registry, a, today, locale);
                return row.restricted ? { restricted: true } : row;
              }),
            })),
        ...(r.nextReview ? { nextReview: r.nextReview } : {}),
      },
    },
  };
}
