import type { planExport as sv } from '../sv/plan-export.js';

export const planExport: Record<keyof typeof sv, string> = {
  'planExport.file': 'tiltaksplan',
  'planExport.all': 'Hele tiltaksplanen',
  'planExport.id': 'Id',
  'planExport.title': 'Tiltak',
  'planExport.source': 'Kilde',
  'planExport.board': 'Organ',
  'planExport.owner': 'Ansvarlig',
  'planExport.due': 'Frist',
  'planExport.dueDate': 'Siste dag',
  'planExport.status': 'Status',
  'planExport.done': 'Ferdig',
  'planExport.description': 'Beskrivelse',
  // Not "Begrenset": that is a security grade under sikkerhetsloven (see lib/country.ts).
  'planExport.restricted': 'Skjermet',
  'planExport.kind':
    '{kind, select, audit {Revisjon} risk {ROS-analyse} classification {Klassifiseringsgap} incident {Avvik} review {Ledelsens gjennomgang} other {{kind}}}',
};
