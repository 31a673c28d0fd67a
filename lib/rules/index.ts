import { PARSE_RULES } from '../parse-rules.js';
import type { RuleDef } from '../rule-def.js';
import { SCHEMA_RULES } from '../schema-rules.js';
import { AGREEMENT_RULES } from './agreements.js';
import { AUDIT_RULES } from './audits.js';
import type { Rule } from './context.js';
import { COUNTRY_RULES } from './country.js';
import { identityNumber } from './identity.js';
import { INCIDENT_RULES } from './incidents.js';
import { PLAN_MIGRATION_RULES } from './plan-migration.js';
import { PRIVACY_RULES } from './privacy.js';
import { PROTECTION_RULES } from './protection.js';
import { REFERENCE_RULES } from './references.js';
import { REPORT_RULES } from './reports.js';
import { REVIEW_RULES } from './reviews.js';
import { RISK_RULES } from './risk.js';
import { STRUCTURE_RULES } from './structure.js';
import { SUPPRESS_RULES } from './suppress.js';

/** The rules that look across the registry, in the order they run. */
export const RULES: readonly Rule[] = [
  ...STRUCTURE_RULES,
  ...REFERENCE_RULES,
  ...PROTECTION_RULES,
  ...PRIVACY_RULES,
  ...COUNTRY_RULES,
  ...REVIEW_RULES,
  ...INCIDENT_RULES,
  ...AGREEMENT_RULES,
  ...AUDIT_RULES,
  ...REPORT_RULES,
  ...RISK_RULES,
  ...PLAN_MIGRATION_RULES,
  identityNumber,
];

/** Every check lisa makes, for SARIF, documentation and suppression. */
export const ALL_RULES: readonly RuleDef[] = [...PARSE_RULES, ...SCHEMA_RULES, ...RULES, ...SUPPRESS_RULES];
