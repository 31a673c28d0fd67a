import type { planExport as sv } from '../sv/plan-export.js';

export const planExport: Record<keyof typeof sv, string> = {
  'planExport.file': 'action-plan',
  'planExport.all': 'The whole action plan',
  'planExport.id': 'Id',
  'planExport.title': 'Action',
  'planExport.source': 'Source',
  'planExport.board': 'Board',
  'planExport.owner': 'Responsible',
  'planExport.due': 'Due',
  'planExport.dueDate': 'Last day',
  'planExport.status': 'Status',
  'planExport.done': 'Done',
  'planExport.description': 'Description',
  'planExport.restricted': 'Restricted',
  'planExport.kind':
    '{kind, select, audit {Audit} risk {Risk analysis} classification {Classification gap} incident {Incident} review {Management review} other {{kind}}}',
};
