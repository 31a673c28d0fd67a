import type { models as sv } from '../sv/models.js';

// Bokmål, typed against the Swedish keys.
export const models: Record<keyof typeof sv, string> = {
  'model.klassa.aspect.confidentiality': 'Konfidensialitet',
  'model.klassa.aspect.integrity': 'Integritet',
  'model.klassa.aspect.availability': 'Tilgjengelighet',
  'model.klassa.aspect.traceability': 'Sporbarhet',
  'model.klassa.level.0': 'Ingen eller ubetydelig skade',
  'model.klassa.level.1': 'Moderat skade',
  'model.klassa.level.2': 'Betydelig skade',
  'model.klassa.level.3': 'Alvorlig skade',
  'model.klassa.level.4': 'Særdeles alvorlig skade',
  'riskModel.likelihood.1': 'Lite sannsynlig',
  'riskModel.likelihood.2': 'Mindre sannsynlig',
  'riskModel.likelihood.3': 'Sannsynlig',
  'riskModel.likelihood.4': 'Svært sannsynlig',
  'riskModel.consequence.1': 'Ubetydelig',
  'riskModel.consequence.2': 'Moderat',
  'riskModel.consequence.3': 'Alvorlig',
  'riskModel.consequence.4': 'Svært alvorlig',
  'country.se.authority': 'IMY (Integritetsskyddsmyndigheten)',
  'country.no.authority': 'Datatilsynet',
};
