// lisa export of the action plan (plan/): sheet and column names, source kinds.
export const planExport = {
  'planExport.file': 'handlingsplan',
  'planExport.all': 'Hela handlingsplanen',
  'planExport.id': 'Id',
  'planExport.title': 'Åtgärd',
  'planExport.source': 'Källa',
  'planExport.board': 'Nämnd',
  'planExport.owner': 'Ansvarig',
  'planExport.due': 'Klart senast',
  'planExport.dueDate': 'Sista dag',
  'planExport.status': 'Status',
  'planExport.done': 'Klar',
  'planExport.description': 'Beskrivning',
  'planExport.restricted': 'Begränsad',
  'planExport.kind':
    '{kind, select, audit {Granskning} risk {Riskanalys} classification {Klassningsgap} incident {Incident} review {Ledningens genomgång} other {{kind}}}',
};
