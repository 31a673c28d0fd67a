// Texts moved from lib/export/tables.ts by scripts/codemod-messages.mjs; edited by hand since. ICU syntax.
export const exportTables = {
  'export.asset': 'Informationstillgång',
  'export.owner': 'Ägare',
  'export.administrator': 'Förvaltare',
  'export.country': 'Land',
  'export.protection': 'Skyddsnivå',
  'export.classificationsSheet': 'Klassningar',
} as const;
