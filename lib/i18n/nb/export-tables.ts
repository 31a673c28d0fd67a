import type { exportTables as sv } from '../sv/export-tables.js';

// Bokmål, typed against the Swedish keys.
export const exportTables: Record<keyof typeof sv, string> = {
  'export.asset': 'Informasjonsverdi',
  'export.owner': 'Eier',
  'export.administrator': 'Forvalter',
  'export.country': 'Land',
  'export.protection': 'Sikkerhetsnivå',
  'export.classificationsSheet': 'Klassifiseringer',
};
