import type { csv as sv } from '../sv/csv.js';

// English, typed against the Swedish keys.
export const csv: Record<keyof typeof sv, string> = {
  'csv.headers.role': 'Role',
  'csv.headers.jointControllers': 'Joint controllers',
  'csv.headers.controllersServed': 'Controllers served (as processor)',
  'csv.headers.legalBasis': 'Legal basis',
  'csv.headers.dataSubjects': 'Categories of data subjects',
  'csv.headers.dataSubjectsCount': 'Number of data subjects (approx.)',
  'csv.headers.personalData': 'Categories of personal data',
  'csv.headers.criminalData': 'Criminal-offence data (Art. 10)',
  'csv.headers.recipients': 'Recipients',
  'csv.headers.processors': 'Processors',
  'csv.headers.retentionBasis': 'Basis for erasure',
  'csv.headers.archived': 'Archived',
  'csv.headers.dpia': 'DPIA',
  'csv.headers.dpiaDate': 'DPIA date',
  'csv.agreement': 'DPA',
};
