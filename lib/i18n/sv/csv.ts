// Texts moved from lib/render/csv.ts by scripts/codemod-messages.mjs; edited by hand since. ICU syntax.
export const csv = {
  'csv.headers.role': 'Roll',
  'csv.headers.jointControllers': 'Gemensamt personuppgiftsansvariga',
  'csv.headers.controllersServed': 'Personuppgiftsansvariga (som biträde)',
  'csv.headers.legalBasis': 'Rättslig grund',
  'csv.headers.dataSubjects': 'Kategorier av registrerade',
  'csv.headers.dataSubjectsCount': 'Antal registrerade (ca)',
  'csv.headers.personalData': 'Kategorier av personuppgifter',
  'csv.headers.criminalData': 'Lagöverträdelser (art. 10)',
  'csv.headers.recipients': 'Mottagare',
  'csv.headers.processors': 'Personuppgiftsbiträden',
  'csv.headers.retentionBasis': 'Grund för gallring',
  'csv.headers.archived': 'Bevaras för arkivändamål',
  'csv.headers.dpia': 'Konsekvensbedömning',
  'csv.headers.dpiaDate': 'Konsekvensbedömning datum',
  'csv.agreement': 'PUB-avtal',
} as const;
