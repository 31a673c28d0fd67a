import type { diff as sv } from '../sv/diff.js';

export const diff: Record<keyof typeof sv, string> = {
  'diff.needsTwo': 'Give two registry folders: lisa diff BASE HEAD (e.g. lisa diff old/registry registry).',
  'diff.meaning': 'What the change means',
  'diff.noChanges': 'The change touches no register.',
  'diff.effects': 'Consequences',
  'diff.documents': 'Documents affected',
  'diff.noDocuments': 'The change affects no board document.',
  'diff.change': '{change, select, added {new} removed {removed} other {changed}}',
  'diff.findingsAdded': '{n, plural, one {# new problem} other {# new problems}}',
  'diff.findingsFixed': '{n, plural, one {# problem fixed} other {# problems fixed}}',
};
