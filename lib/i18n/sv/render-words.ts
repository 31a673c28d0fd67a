// Words of the documents' view models: the KPI charts' text alternatives (lib/render/kpi-review.ts) and who
// answers an audit in Norway (lib/render/audit.ts), and why a template is not read (lib/io/templates.ts).
// ICU syntax.
export const renderWords = {
  'chart.description': 'Linjediagram för {from}–{to}. Mål: {target} ({direction}). Värden: {values}.',
  'chart.missingValue': 'värde saknas',
  'audit.norway.respondent': 'Kommundirektören',
  'audit.norway.controlCommittee': 'Kontrollutskottet',
  'templates.refused':
    'mallen {name} i {dir} läses inte: den är en länk ut ur mallmappen eller ingen vanlig fil. Lägg själva filen i mappen.',
} as const;
