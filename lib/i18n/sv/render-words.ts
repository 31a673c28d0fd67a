// Words of the documents' view models: the KPI charts' text alternatives (lib/render/kpi-review.ts) and who
// answers an audit in Norway (lib/render/audit.ts). ICU syntax.
export const renderWords = {
  'chart.description': 'Linjediagram för {from}–{to}. Mål: {target} ({direction}). Värden: {values}.',
  'chart.missingValue': 'värde saknas',
  'audit.norway.respondent': 'Kommundirektören',
  'audit.norway.controlCommittee': 'Kontrollutskottet',
} as const;
