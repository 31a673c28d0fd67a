import type { models as sv } from '../sv/models.js';

// English, typed against the Swedish keys.
export const models: Record<keyof typeof sv, string> = {
  'model.klassa.aspect.confidentiality': 'Confidentiality',
  'model.klassa.aspect.integrity': 'Integrity',
  'model.klassa.aspect.availability': 'Availability',
  'model.klassa.aspect.traceability': 'Traceability',
  'model.klassa.level.0': 'Negligible',
  'model.klassa.level.1': 'Moderate',
  'model.klassa.level.2': 'Significant',
  'model.klassa.level.3': 'Serious',
  'model.klassa.level.4': 'Exceptionally serious',
  'riskModel.likelihood.1': 'Unlikely',
  'riskModel.likelihood.2': 'Possible',
  'riskModel.likelihood.3': 'Likely',
  'riskModel.likelihood.4': 'Very likely',
  'riskModel.consequence.1': 'Negligible',
  'riskModel.consequence.2': 'Moderate',
  'riskModel.consequence.3': 'Serious',
  'riskModel.consequence.4': 'Very serious',
  'country.se.authority': 'IMY',
  'country.no.authority': 'Datatilsynet',
};
