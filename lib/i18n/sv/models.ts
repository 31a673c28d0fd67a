// Defaults a registry may replace with its own texts: KLASSA's aspects and levels (lib/model.ts), the default
// risk scale (lib/risk-model.ts), each country's data protection authority (lib/country.ts). ICU syntax.
export const models = {
  'model.klassa.aspect.confidentiality': 'Konfidentialitet',
  'model.klassa.aspect.integrity': 'Riktighet',
  'model.klassa.aspect.availability': 'Tillgänglighet',
  'model.klassa.aspect.traceability': 'Spårbarhet',
  'model.klassa.level.0': 'Ingen eller försumbar skada',
  'model.klassa.level.1': 'Måttlig skada',
  'model.klassa.level.2': 'Betydande skada',
  'model.klassa.level.3': 'Allvarlig skada',
  'model.klassa.level.4': 'Synnerligen allvarlig skada',
  'riskModel.likelihood.1': 'Osannolik',
  'riskModel.likelihood.2': 'Möjlig',
  'riskModel.likelihood.3': 'Sannolik',
  'riskModel.likelihood.4': 'Mycket sannolik',
  'riskModel.consequence.1': 'Försumbar',
  'riskModel.consequence.2': 'Måttlig',
  'riskModel.consequence.3': 'Allvarlig',
  'riskModel.consequence.4': 'Mycket allvarlig',
  'country.se.authority': 'IMY',
  'country.no.authority': 'Datatilsynet',
} as const;
