import type {
  Asset,
  Audit,
  Classification,
  CycleActivity,
  Faq,
  GoverningDocument,
  Kpi,
  ManagementReview,
  Organisation,
  PlanAction,
  Processing,
  RiskAnalysis,
  Synonyms,
  System,
  YearlyReportRecord,
} from './types.gen.js';

export type * from './types.gen.js';

/** The register kinds, each kept as one YAML file per entity in a folder of the same name. */
export const KINDS = [
  'system',
  'asset',
  'classification',
  'processing',
  'document',
  'kpi',
  'cycle',
  'audit',
  'faq',
  'report',
  'risk',
  'plan',
  'review',
] as const;
export type Kind = (typeof KINDS)[number];

export interface KindData {
  system: System;
  asset: Asset;
  classification: Classification;
  processing: Processing;
  document: GoverningDocument;
  kpi: Kpi;
  cycle: CycleActivity;
  audit: Audit;
  faq: Faq;
  report: YearlyReportRecord;
  risk: RiskAnalysis;
  plan: PlanAction;
  review: ManagementReview;
}

export type { Organisation, Synonyms };

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

export const ORGANISATION_FILE = 'lisa.yaml';

/** Optional: words that mean the same to the organisation's staff, for the answerer. */
export const SYNONYMS_FILE = 'synonyms.yaml';
