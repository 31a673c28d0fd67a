import type { renderWords as sv } from '../sv/render-words.js';

// Bokmål, typed against the Swedish keys.
export const renderWords: Record<keyof typeof sv, string> = {
  'chart.description': 'Linjediagram for {from}–{to}. Mål: {target} ({direction}). Verdier: {values}.',
  'chart.missingValue': 'verdi mangler',
  'audit.norway.respondent': 'Kommunedirektøren',
  'audit.norway.controlCommittee': 'Kontrollutvalget',
  'templates.refused':
    'malen {name} i {dir} leses ikke: den er en lenke ut av malmappen eller ingen vanlig fil. Legg selve filen i mappen.',
};
