import type { diff as sv } from '../sv/diff.js';

export const diff: Record<keyof typeof sv, string> = {
  'diff.needsTwo':
    'Oppgi to registermapper: lisa diff BASE HODE (f.eks. lisa diff gammel/registry registry).',
  'diff.meaning': 'Hva endringen betyr',
  'diff.noChanges': 'Endringen berører ingen registre.',
  'diff.effects': 'Følger',
  'diff.documents': 'Berørte dokumenter',
  'diff.noDocuments': 'Endringen påvirker ingen utvalgsdokumenter.',
  'diff.change': '{change, select, added {ny} removed {fjernet} other {endret}}',
  'diff.findingsAdded': '{n, plural, one {# nytt problem} other {# nye problemer}}',
  'diff.findingsFixed': '{n, plural, one {# rettet problem} other {# rettede problemer}}',
};
