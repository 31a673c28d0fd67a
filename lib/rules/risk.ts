import { classificationsInForce, requiredProtectionBySystem } from '../derive.js';
import { label } from '../finding.js';
import { keepsRegister } from '../init-example.js';
import type { RiskAnalysis } from '../kinds.js';
import { memoOnMaps } from '../memo.js';
import { levelsOf } from '../model.js';
import { actionsBySource, dueEnd, isOpen } from '../plan.js';
import type { Entity, Registry } from '../registry.js';
import { type RiskModel, riskLevel, riskModel } from '../risk-model.js';
import { type Rule, valid } from './context.js';

// Rules on risk analyses and the action plan: what auditors check first (seed 002) — were risks analysed,
// did measures follow, were they followed up.

type Scenario = RiskAnalysis['scenarios'][number];

const models = new WeakMap<Registry, RiskModel>();
function modelOf(registry: Registry): RiskModel {
  let m = models.get(registry);
  if (!m) {
    m = riskModel(registry.organisation?.data);
    models.set(registry, m);
  }
  return m;
}

/** The level a scenario stands at now: the residual once assessed, else the level before treatment. */
function currentLevel(model: RiskModel, s: Scenario): number | undefined {
  return s.residual
    ? riskLevel(model, s.residual.likelihood, s.residual.consequence)
    : riskLevel(model, s.likelihood, s.consequence);
}

type Placed = readonly [Entity<'risk'>, Scenario, number];

// Every valid analysis's scenarios with where they stand, listed once per risk map (kept by a patched registry
// whose change was elsewhere) for the five rules that walk them.
const scenarios = memoOnMaps(
  (registry: Registry) => [registry.entities.risk],
  (registry: Registry): readonly Placed[] => {
    const out: Placed[] = [];
    for (const r of valid(registry, 'risk'))
      for (let i = 0; i < r.data.scenarios.length; i++) out.push([r, r.data.scenarios[i] as Scenario, i]);
    return out;
  },
);

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text;
}

export const riskRatingOffScale: Rule = {
  id: 'risk-rating-off-scale',
  severity: 'error',
  description: 'rule.risk-rating-off-scale.description',
  message: 'rule.risk-rating-off-scale.message',
  hint: 'rule.risk-rating-off-scale.hint',
  check(ctx) {
    const model = modelOf(ctx.registry);
    const names = {
      likelihood: 'finding.risk.names.likelihood',
      consequence: 'finding.risk.names.consequence',
    } as const;
    // The scale's levels looked up, and a finding's path made only for a rating off the scale: this runs over
    // every scenario of the region (20,000) on each re-validation.
    const levels = {
      likelihood: new Set(model.likelihood.map((x) => x.level)),
      consequence: new Set(model.consequence.map((x) => x.level)),
    };
    const rate = (
      r: Entity<'risk'>,
      at: (string | number)[],
      scale: 'likelihood' | 'consequence',
      value: number,
    ) => {
      if (levels[scale].has(value)) return;
      ctx.report(
        this,
        { entity: r, path: [...at, scale] },
        { value, scale: { key: names[scale] }, levels: model[scale].map((x) => x.level).join(', ') },
      );
    };
    for (const [r, s, i] of scenarios(ctx.registry)) {
      const { residual } = s;
      if (
        levels.likelihood.has(s.likelihood) &&
        levels.consequence.has(s.consequence) &&
        (!residual ||
          (levels.likelihood.has(residual.likelihood) && levels.consequence.has(residual.consequence)))
      )
        continue;
      rate(r, ['scenarios', i], 'likelihood', s.likelihood);
      rate(r, ['scenarios', i], 'consequence', s.consequence);
      if (residual) {
        rate(r, ['scenarios', i, 'residual'], 'likelihood', residual.likelihood);
        rate(r, ['scenarios', i, 'residual'], 'consequence', residual.consequence);
      }
    }
  },
};

export const riskLevelMismatch: Rule = {
  id: 'risk-level-mismatch',
  severity: 'warning',
  description: 'rule.risk-level-mismatch.description',
  message: 'rule.risk-level-mismatch.message',
  hint: 'rule.risk-level-mismatch.hint',
  check(ctx) {
    const model = modelOf(ctx.registry);
    for (const [r, s, i] of scenarios(ctx.registry)) {
      const computed = riskLevel(model, s.likelihood, s.consequence);
      if (s.level === undefined || computed === undefined || computed === s.level) continue;
      ctx.report(
        this,
        { entity: r, path: ['scenarios', i, 'level'] },
        { id: s.id, level: s.level, computed, likelihood: s.likelihood, consequence: s.consequence },
      );
    }
  },
};

export const riskUntreated: Rule = {
  id: 'risk-untreated',
  severity: 'warning',
  description: 'rule.risk-untreated.description',
  message: 'rule.risk-untreated.message',
  hint: 'rule.risk-untreated.hint',
  check(ctx) {
    const model = modelOf(ctx.registry);
    for (const [r, s, i] of scenarios(ctx.registry)) {
      if (s.treatment) continue;
      const level = riskLevel(model, s.likelihood, s.consequence);
      if (level === undefined || level <= model.acceptance) continue;
      ctx.report(
        this,
        { entity: r, path: ['scenarios', i, 'id'] },
        { threat: short(s.threat), level, acceptance: model.acceptance },
      );
    }
  },
};

export const riskAcceptedWithoutAuthority: Rule = {
  id: 'risk-accepted-without-authority',
  severity: 'warning',
  description: 'rule.risk-accepted-without-authority.description',
  message: 'rule.risk-accepted-without-authority.message',
  hint: 'rule.risk-accepted-without-authority.hint',
  check(ctx) {
    const model = modelOf(ctx.registry);
    if (!model.mayAccept) return;
    for (const [r, s, i] of scenarios(ctx.registry)) {
      if (s.treatment !== 'accept' || !s.acceptedBy) continue;
      const level = currentLevel(model, s);
      if (level === undefined) continue;
      const upTo = Math.max(0, ...model.mayAccept.filter((m) => m.role === s.acceptedBy).map((m) => m.upTo));
      if (level <= upTo) continue;
      const allowed = model.mayAccept.filter((m) => m.upTo >= level).map((m) => m.role);
      ctx.report(
        this,
        { entity: r, path: ['scenarios', i, 'acceptedBy'] },
        { threat: short(s.threat), level, role: s.acceptedBy, upTo, allowed: allowed.join(', ') || '–' },
      );
    }
  },
};

export const riskResidualNotReassessed: Rule = {
  id: 'risk-residual-not-reassessed',
  severity: 'warning',
  description: 'rule.risk-residual-not-reassessed.description',
  message: 'rule.risk-residual-not-reassessed.message',
  hint: 'rule.risk-residual-not-reassessed.hint',
  check(ctx) {
    const plan = ctx.registry.entities.plan;
    for (const [r, s, i] of scenarios(ctx.registry)) {
      if (s.treatment !== 'reduce' || !s.actions?.length) continue;
      const actions = s.actions.map((id) => plan.get(id));
      if (actions.some((a) => !a?.valid || a.data.status !== 'done')) continue;
      const done = actions.map((a) => a?.data.done ?? '').reduce((x, y) => (x > y ? x : y), '');
      if (s.residual && (s.residual.assessed ?? r.data.date) >= done) continue;
      ctx.report(
        this,
        { entity: r, path: s.residual ? ['scenarios', i, 'residual'] : ['scenarios', i, 'actions'] },
        { threat: short(s.threat), done },
      );
    }
  },
};

export const riskReviewOverdue: Rule = {
  id: 'risk-review-overdue',
  severity: 'warning',
  description: 'rule.risk-review-overdue.description',
  message: 'rule.risk-review-overdue.message',
  hint: 'rule.risk-review-overdue.hint',
  check(ctx) {
    for (const r of valid(ctx.registry, 'risk')) {
      if (r.data.nextReview >= ctx.today) continue;
      ctx.report(
        this,
        { entity: r, path: ['nextReview'] },
        { title: label(r.data.title), due: r.data.nextReview },
      );
    }
  },
};

export const planActionOverdue: Rule = {
  id: 'plan-action-overdue',
  severity: 'warning',
  description: 'rule.plan-action-overdue.description',
  message: 'rule.plan-action-overdue.message',
  hint: 'rule.plan-action-overdue.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'plan')) {
      const end = dueEnd(a.data.due);
      if (!isOpen(a) || !end || end >= ctx.today) continue;
      ctx.report(
        this,
        { entity: a, path: ['due'] },
        { title: label(short(a.data.title)), due: a.data.due, status: a.data.status },
      );
    }
  },
};

const SOURCE_NAMES = {
  audit: 'finding.references.targetNames.audit',
  risk: 'finding.references.targetNames.risk',
  classification: 'finding.references.targetNames.system',
  review: 'finding.references.targetNames.review',
} as const;

/** The ids of the parts of a source an action can name in `item`. */
function itemsOf(entity: Entity): string[] {
  const d = entity.data as { recommendations?: { id: string }[]; scenarios?: { id: string }[] } & {
    decisions?: { id?: string }[];
  };
  return [...(d.recommendations ?? []), ...(d.scenarios ?? []), ...(d.decisions ?? [])]
    .map((x) => x.id)
    .filter((id): id is string => typeof id === 'string');
}

export const planSourceMissing: Rule = {
  id: 'plan-source-missing',
  severity: 'error',
  description: 'rule.plan-source-missing.description',
  message: 'rule.plan-source-missing.message',
  hint: 'rule.plan-source-missing.hint',
  check(ctx) {
    const { registry } = ctx;
    for (const a of valid(registry, 'plan')) {
      const { kind, ref, item } = a.data.source;
      // Incidents have no register yet: nothing to check them against.
      if (kind === 'incident' || a.data.status === 'cancelled') continue;
      const target = registry.entities[kind === 'classification' ? 'system' : kind].get(ref);
      const name = { key: SOURCE_NAMES[kind] };
      if (!target) {
        ctx.report(
          this,
          { entity: a, path: ['source', 'ref'] },
          { title: label(short(a.data.title)), source: name, ref },
        );
      } else if (item && kind !== 'classification' && !itemsOf(target).includes(item)) {
        ctx.report(
          this,
          { entity: a, path: ['source', 'item'] },
          { title: label(short(a.data.title)), source: name, ref: `${ref}/${item}` },
        );
      }
    }
  },
};

export const protectionGapUnplanned: Rule = {
  id: 'protection-gap-unplanned',
  severity: 'warning',
  description: 'rule.protection-gap-unplanned.description',
  message: 'rule.protection-gap-unplanned.message',
  hint: 'rule.protection-gap-unplanned.hint',
  check(ctx) {
    // Only once the registry keeps an action plan: a registry from before plan/ already gets
    // protection-below-classification for the gap itself, and must stay as it was.
    if (ctx.registry.entities.plan.size === 0) return;
    const required = requiredProtectionBySystem(ctx.registry);
    const planned = actionsBySource(ctx.registry);
    const aspects = new Set(ctx.registry.model.aspects.map((a) => a.id));
    for (const system of valid(ctx.registry, 'system')) {
      if (system.data.status === 'retired') continue;
      const gap = [...(required.get(system.id) ?? [])].some(
        ([aspect, req]) => aspects.has(aspect) && !((system.data.protection[aspect] ?? -1) >= req.level),
      );
      if (!gap || (planned.get(`classification/${system.id}`) ?? []).some(isOpen)) continue;
      ctx.report(
        this,
        { entity: system, path: ['protection'], key: true },
        { system: label(system.data.name), id: system.id },
      );
    }
  },
};

export const topClassificationWithoutAnalysis: Rule = {
  id: 'top-classification-without-analysis',
  severity: 'warning',
  description: 'rule.top-classification-without-analysis.description',
  message: 'rule.top-classification-without-analysis.message',
  hint: 'rule.top-classification-without-analysis.hint',
  check(ctx) {
    const { registry } = ctx;
    // Only once the registry keeps risk analyses: a registry from before risk/ must stay valid as it was.
    if (!keepsRegister(registry, 'risk')) return;
    const { confidentialityAspect } = registry.model;
    // The confidentiality aspect's own scale when it has one (Åpen … Strengt fortrolig), else the shared one.
    const top = Math.max(...levelsOf(registry.model, confidentialityAspect).map((l) => l.value));
    const analysed = new Set<string>();
    for (const r of valid(registry, 'risk')) if (r.data.object.asset) analysed.add(r.data.object.asset);
    for (const c of classificationsInForce(registry).values()) {
      if (!c.valid || c.data.levels[confidentialityAspect]?.level !== top || analysed.has(c.data.asset))
        continue;
      const asset = registry.entities.asset.get(c.data.asset);
      ctx.report(
        this,
        { entity: c, path: ['levels', confidentialityAspect, 'level'] },
        { asset: label(asset?.data.name ?? c.data.asset), level: top, id: c.data.asset },
      );
    }
  },
};

export const RISK_RULES = [
  riskRatingOffScale,
  riskLevelMismatch,
  riskUntreated,
  riskAcceptedWithoutAuthority,
  riskResidualNotReassessed,
  riskReviewOverdue,
  planActionOverdue,
  planSourceMissing,
  protectionGapUnplanned,
  topClassificationWithoutAnalysis,
];
