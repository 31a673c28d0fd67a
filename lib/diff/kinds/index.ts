// Which description tells the changes of which kind; kinds without one get the generic field lines.
import type { Describe, DiffKind } from '../types.js';
import { describeAsset } from './asset.js';
import { describeAudit } from './audit.js';
import { describeClassification } from './classification.js';
import { describeDocument } from './document.js';
import { describeKpi } from './kpi.js';
import { describeOrganisation } from './organisation.js';
import { describeProcessing } from './processing.js';
import { describeSystem } from './system.js';

const noSpecial: Describe = () => ({ details: [], handled: [] });

export const DESCRIBE: Record<DiffKind, Describe> = {
  organisation: describeOrganisation,
  system: describeSystem,
  asset: describeAsset,
  classification: describeClassification,
  processing: describeProcessing,
  document: describeDocument,
  kpi: describeKpi,
  cycle: noSpecial,
  audit: describeAudit,
  faq: noSpecial,
  incident: noSpecial,
  agreement: noSpecial,
  training: noSpecial,
  report: noSpecial,
  risk: noSpecial,
  plan: noSpecial,
  review: noSpecial,
};
