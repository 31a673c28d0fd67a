import type { csv as sv } from '../sv/csv.js';

// Bokmål, typed against the Swedish keys.
export const csv: Record<keyof typeof sv, string> = {
  'csv.headers.role': 'Rolle',
  'csv.headers.jointControllers': 'Felles behandlingsansvarlige',
  'csv.headers.controllersServed': 'Behandlingsansvarlige (som databehandler)',
  'csv.headers.legalBasis': 'Behandlingsgrunnlag',
  'csv.headers.dataSubjects': 'Kategorier av registrerte',
  'csv.headers.dataSubjectsCount': 'Antall registrerte (ca.)',
  'csv.headers.personalData': 'Kategorier av personopplysninger',
  'csv.headers.criminalData': 'Straffbare forhold (art. 10)',
  'csv.headers.recipients': 'Mottakere',
  'csv.headers.processors': 'Databehandlere',
  'csv.headers.retentionBasis': 'Grunnlag for sletting',
  'csv.headers.archived': 'Bevares for arkivformål',
  'csv.headers.dpia': 'Personvernkonsekvensvurdering',
  'csv.headers.dpiaDate': 'Vurdering dato',
  'csv.agreement': 'databehandleravtale',
};
