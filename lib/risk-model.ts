import { localized } from './i18n/index.js';
import type { Organisation } from './kinds.js';
import type { RegisterText } from './locale.js';
import { isPlainObject } from './registry.js';
import { partIsValid } from './schema.js';

/** One step of a likelihood or consequence scale. */
export interface RiskStep {
  level: number;
  label: RegisterText;
}

/** The risk model in force: the registry's own (`risk` in lisa.yaml), or the default 1–4 × 1–4. */
export interface RiskModel {
  likelihood: RiskStep[];
  consequence: RiskStep[];
  /** Row per likelihood step, column per consequence step; absent: likelihood × consequence. */
  matrix?: number[][];
  /** Highest level that may stand without treatment. */
  acceptance: number;
  /** Who may accept up to which level; absent: not checked (roles are each organisation's own). */
  mayAccept?: { role: string; upTo: number }[];
}

// The scale most Swedish municipalities use in their risk analyses (MSB's method support, SKR's templates):
// four steps each, level = likelihood × consequence, 1–4 low, 6–8 medium, 9–16 high.
export const DEFAULT_RISK_MODEL: RiskModel = {
  likelihood: [
    { level: 1, label: localized('riskModel.likelihood.1') },
    { level: 2, label: localized('riskModel.likelihood.2') },
    { level: 3, label: localized('riskModel.likelihood.3') },
    { level: 4, label: localized('riskModel.likelihood.4') },
  ],
  consequence: [
    { level: 1, label: localized('riskModel.consequence.1') },
    { level: 2, label: localized('riskModel.consequence.2') },
    { level: 3, label: localized('riskModel.consequence.3') },
    { level: 4, label: localized('riskModel.consequence.4') },
  ],
  acceptance: 4,
};

export const DEFAULT_RISK_REVIEW_MONTHS = 12;

/** The risk model from lisa.yaml's `risk`, read only when that section is sound on its own. */
export function riskModel(org: Organisation | undefined): RiskModel {
  const own: unknown = (org as { risk?: unknown } | undefined)?.risk;
  if (!isPlainObject(own) || !partIsValid('organisation', '/properties/risk', own)) return DEFAULT_RISK_MODEL;
  const r = own as NonNullable<Organisation['risk']>;
  const model: RiskModel = {
    likelihood: r.likelihood ?? DEFAULT_RISK_MODEL.likelihood,
    consequence: r.consequence ?? DEFAULT_RISK_MODEL.consequence,
    acceptance: r.acceptance ?? DEFAULT_RISK_MODEL.acceptance,
  };
  if (r.matrix) model.matrix = r.matrix;
  if (r.mayAccept) model.mayAccept = r.mayAccept;
  return model;
}

/** The level the matrix gives, or undefined when a rating is off the scale. */
export function riskLevel(model: RiskModel, likelihood: number, consequence: number): number | undefined {
  const li = model.likelihood.findIndex((s) => s.level === likelihood);
  const ci = model.consequence.findIndex((s) => s.level === consequence);
  if (li === -1 || ci === -1) return undefined;
  if (!model.matrix) return likelihood * consequence;
  return model.matrix[li]?.[ci];
}

/** The highest level the matrix can give. */
export function maxRiskLevel(model: RiskModel): number {
  let max = 0;
  for (const l of model.likelihood)
    for (const c of model.consequence) max = Math.max(max, riskLevel(model, l.level, c.level) ?? 0);
  return max;
}
