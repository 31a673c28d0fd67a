import { type MessageKey, t } from './i18n/index.js';
import type { Locale } from './locale.js';

// Words for the registers' enumerations and the documents' titles. Prose lives in the templates, where an
// adopter can change it; these are the values the templates are given.

type Labels<K extends string> = Record<K, MessageKey>;

export const HOSTING: Labels<
  'on-premises' | 'swedish-cloud' | 'norwegian-cloud' | 'eu-cloud' | 'third-country-cloud'
> = {
  'on-premises': 'label.hosting.on-premises',
  'swedish-cloud': 'label.hosting.swedish-cloud',
  'norwegian-cloud': 'label.hosting.norwegian-cloud',
  'eu-cloud': 'label.hosting.eu-cloud',
  'third-country-cloud': 'label.hosting.third-country-cloud',
};

/**
 * Whether the hosting country adds anything to the hosting's label: "Sky i Norge" says Norway already, so the
 * documents do not print "Sky i Norge (Norge)"; "Sky i EU/EØS (Irland)" keeps it.
 */
export function hostingNamesCountry(hosting: string, country: string): boolean {
  const national: Record<string, string> = { 'swedish-cloud': 'SE', 'norwegian-cloud': 'NO' };
  return national[hosting] === country.toUpperCase();
}

export const SYSTEM_STATUS: Labels<'planned' | 'active' | 'decommissioning' | 'retired'> = {
  planned: 'label.systemStatus.planned',
  active: 'label.systemStatus.active',
  decommissioning: 'label.systemStatus.decommissioning',
  retired: 'label.systemStatus.retired',
};

export const LEGAL_BASIS: Labels<
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-interest'
  | 'official-authority'
  | 'legitimate-interests'
> = {
  consent: 'label.legalBasis.consent',
  contract: 'label.legalBasis.contract',
  'legal-obligation': 'label.legalBasis.legal-obligation',
  'vital-interests': 'label.legalBasis.vital-interests',
  'public-interest': 'label.legalBasis.public-interest',
  'official-authority': 'label.legalBasis.official-authority',
  'legitimate-interests': 'label.legalBasis.legitimate-interests',
};

export const SPECIAL_CATEGORY: Labels<
  | 'health'
  | 'ethnic-origin'
  | 'political-opinions'
  | 'religious-beliefs'
  | 'trade-union'
  | 'genetic'
  | 'biometric'
  | 'sex-life'
  | 'sexual-orientation'
> = {
  health: 'label.specialCategory.health',
  'ethnic-origin': 'label.specialCategory.ethnic-origin',
  'political-opinions': 'label.specialCategory.political-opinions',
  'religious-beliefs': 'label.specialCategory.religious-beliefs',
  'trade-union': 'label.specialCategory.trade-union',
  genetic: 'label.specialCategory.genetic',
  biometric: 'label.specialCategory.biometric',
  'sex-life': 'label.specialCategory.sex-life',
  'sexual-orientation': 'label.specialCategory.sexual-orientation',
};

export const SAFEGUARD: Labels<
  'adequacy-decision' | 'standard-contractual-clauses' | 'binding-corporate-rules' | 'derogation' | 'none'
> = {
  'adequacy-decision': 'label.safeguard.adequacy-decision',
  'standard-contractual-clauses': 'label.safeguard.standard-contractual-clauses',
  'binding-corporate-rules': 'label.safeguard.binding-corporate-rules',
  derogation: 'label.safeguard.derogation',
  none: 'label.safeguard.none',
};

export const DPIA_STATUS: Labels<'not-needed' | 'planned' | 'in-progress' | 'done'> = {
  'not-needed': 'label.dpiaStatus.not-needed',
  planned: 'riskdoc.status.planned',
  'in-progress': 'riskdoc.status.in-progress',
  done: 'documents.cycleDone',
};

export const DPIA_CRITERION: Labels<
  | 'evaluation-or-scoring'
  | 'automated-decisions'
  | 'systematic-monitoring'
  | 'sensitive-data'
  | 'large-scale'
  | 'combined-datasets'
  | 'vulnerable-data-subjects'
  | 'new-technology'
  | 'prevents-rights'
> = {
  'evaluation-or-scoring': 'label.dpiaCriterion.evaluation-or-scoring',
  'automated-decisions': 'label.dpiaCriterion.automated-decisions',
  'systematic-monitoring': 'label.dpiaCriterion.systematic-monitoring',
  'sensitive-data': 'label.dpiaCriterion.sensitive-data',
  'large-scale': 'label.dpiaCriterion.large-scale',
  'combined-datasets': 'label.dpiaCriterion.combined-datasets',
  'vulnerable-data-subjects': 'label.dpiaCriterion.vulnerable-data-subjects',
  'new-technology': 'label.dpiaCriterion.new-technology',
  'prevents-rights': 'label.dpiaCriterion.prevents-rights',
};

/** Why a processing activity needs a DPIA, in the words the board reads. */
export const DPIA_REASON: Labels<'special' | 'criminal' | 'protected' | 'criteria'> = {
  special: 'label.dpiaReason.special',
  criminal: 'label.dpiaReason.criminal',
  protected: 'documents.register.protected',
  criteria: 'label.dpiaReason.criteria',
};

export const DOCUMENT_TYPE: Labels<'policy' | 'guideline' | 'routine' | 'instruction' | 'plan'> = {
  policy: 'label.documentType.policy',
  guideline: 'label.documentType.guideline',
  routine: 'label.documentType.routine',
  instruction: 'label.documentType.instruction',
  plan: 'label.documentType.plan',
};

export const DOCUMENT_STATUS: Labels<'draft' | 'decided' | 'repealed'> = {
  draft: 'documents.draft',
  decided: 'label.documentStatus.decided',
  repealed: 'label.documentStatus.repealed',
};

export const AUDIT_STATUS: Labels<'received' | 'in-progress' | 'answered' | 'closed'> = {
  received: 'label.auditStatus.received',
  'in-progress': 'label.auditStatus.in-progress',
  answered: 'label.auditStatus.answered',
  closed: 'label.auditStatus.closed',
};

export const ACTION_STATUS: Labels<'planned' | 'in-progress' | 'done' | 'cancelled'> = {
  planned: 'riskdoc.status.planned',
  'in-progress': 'riskdoc.status.in-progress',
  done: 'label.actionStatus.done',
  cancelled: 'label.actionStatus.cancelled',
};

export const KPI_UNIT: Labels<'percent' | 'count' | 'days' | 'hours' | 'score'> = {
  percent: 'label.kpiUnit.percent',
  count: 'label.kpiUnit.count',
  days: 'label.kpiUnit.days',
  hours: 'label.kpiUnit.hours',
  score: 'label.kpiUnit.score',
};

export const KPI_DIRECTION: Labels<'higher-is-better' | 'lower-is-better'> = {
  'higher-is-better': 'label.kpiDirection.higher-is-better',
  'lower-is-better': 'label.kpiDirection.lower-is-better',
};

export const PROCESSING_ROLE: Labels<'controller' | 'processor'> = {
  controller: 'documents.register.controller',
  processor: 'label.processingRole.processor',
};

export const YES_NO: Labels<'yes' | 'no'> = {
  yes: 'documents.page.yes',
  no: 'documents.page.no',
};

/** The marking a restricted entry gets in a public document, in place of its details. */
export const RESTRICTED: MessageKey = 'common.restricted';

export const TITLES = {
  auditAnswer: 'label.titles.auditAnswer',
  yearlyReport: 'label.titles.yearlyReport',
  kpiReview: 'label.titles.kpiReview',
  processingRegister: 'label.titles.processingRegister',
  systemsOverview: 'label.titles.systemsOverview',
} satisfies Record<string, MessageKey>;

/** The word for an enumeration's value; a value lisa has no word for is shown as it is. */
export function label<K extends string>(labels: Labels<K>, key: K | undefined, locale: Locale): string {
  if (key === undefined) return '';
  const message = Object.hasOwn(labels, key) ? labels[key] : undefined;
  return message ? t(locale, message) : key;
}

/** A quarter key `2025-Q3` as people write it: sv "kv. 3 2025", nb "3. kv. 2025", en "Q3 2025". */
export function quarterLabel(quarter: string, locale: Locale): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  return t(locale, 'label.quarter', { year: m[1], quarter: m[2] });
}
