// Labels for register values in answers (statuses, legal bases, units), in sv, nb and en: the texts live in
// the message catalogue (lib/i18n/<lang>/answer-labels.ts), one key per value.
import type { Localized } from '../locale.js';
import { texts } from './messages.js';

export const DPIA_STATUS: Record<string, Localized> = {
  'not-needed': texts('answer.label.dpiaStatus.not-needed'),
  planned: texts('answer.label.dpiaStatus.planned'),
  'in-progress': texts('answer.label.dpiaStatus.in-progress'),
  done: texts('answer.label.dpiaStatus.done'),
};

export const LEGAL_BASIS: Record<string, Localized> = {
  consent: texts('answer.label.legalBasis.consent'),
  contract: texts('answer.label.legalBasis.contract'),
  'legal-obligation': texts('answer.label.legalBasis.legal-obligation'),
  'vital-interests': texts('answer.label.legalBasis.vital-interests'),
  'public-interest': texts('answer.label.legalBasis.public-interest'),
  'official-authority': texts('answer.label.legalBasis.official-authority'),
  'legitimate-interests': texts('answer.label.legalBasis.legitimate-interests'),
};

export const DOCUMENT_STATUS: Record<string, Localized> = {
  draft: texts('answer.label.documentStatus.draft'),
  decided: texts('answer.label.documentStatus.decided'),
  repealed: texts('answer.label.documentStatus.repealed'),
};

export const AUDIT_STATUS: Record<string, Localized> = {
  received: texts('answer.label.auditStatus.received'),
  'in-progress': texts('answer.label.auditStatus.in-progress'),
  answered: texts('answer.label.auditStatus.answered'),
  closed: texts('answer.label.auditStatus.closed'),
};

export const ACTION_STATUS: Record<string, Localized> = {
  planned: texts('answer.label.actionStatus.planned'),
  'in-progress': texts('answer.label.actionStatus.in-progress'),
  done: texts('answer.label.actionStatus.done'),
  cancelled: texts('answer.label.actionStatus.cancelled'),
};

export const UNIT: Record<string, Localized> = {
  percent: texts('answer.label.unit.percent'),
  count: texts('answer.label.unit.count'),
  days: texts('answer.label.unit.days'),
  hours: texts('answer.label.unit.hours'),
  score: texts('answer.label.unit.score'),
};
