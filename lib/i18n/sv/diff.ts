// `lisa diff`: what a change from one registry to another means, as text.
export const diff = {
  'diff.needsTwo': 'Ange två registermappar: lisa diff BAS HUVUD (t.ex. lisa diff gammal/registry registry).',
  'diff.meaning': 'Vad ändringen betyder',
  'diff.noChanges': 'Ändringen rör inga register.',
  'diff.effects': 'Följder',
  'diff.documents': 'Berörda dokument',
  'diff.noDocuments': 'Ändringen påverkar inga nämndsdokument.',
  'diff.change': '{change, select, added {ny} removed {borttagen} other {ändrad}}',
  'diff.findingsAdded': '{n, plural, one {# nytt problem} other {# nya problem}}',
  'diff.findingsFixed': '{n, plural, one {# rättat problem} other {# rättade problem}}',
} as const;
