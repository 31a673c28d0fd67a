import type { exportTables as sv } from '../sv/export-tables.js';

// English, typed against the Swedish keys.
export const exportTables: Record<keyof typeof sv, string> = {
  'export.asset': 'Information asset',
  'export.owner': 'Owner',
  'export.administrator': 'Administrator',
  'export.country': 'Country',
  'export.protection': 'Protection',
  'export.classificationsSheet': 'Classifications',
};
