// The overview of systems and information classification (templates/shared/systems-overview.njk).
export const documentsSystems = {
  'documents.systems.method': 'Klassningsmodell',
  'documents.systems.leadSystems':
    '{n, plural, one {# system är i drift eller planerat} other {# system är i drift eller planerade}}',
  'documents.systems.leadBelow': ', och {n} av dem har lägre skydd än informationen i dem kräver',
  'documents.systems.leadAssets':
    '{classified} av {n, plural, one {# informationstillgång är klassad} other {# informationstillgångar är klassade}}',
  'documents.systems.leadOverdue':
    ', och {n, plural, one {# klassning} other {# klassningar}} skulle ha setts över',
  'documents.systems.aspects': 'Aspekter',
  'documents.systems.levelsFor': 'Nivåer för',
  'documents.systems.levels': 'Nivåer',
  'documents.systems.belowLegend':
    'Där skyddet är lägre än kravet står skyddsnivån i en ram följd av den nivå som krävs, t.ex. {example}.',
  'documents.systems.retired':
    '{n, plural, one {# avvecklat system redovisas} other {# avvecklade system redovisas}} inte.',
  'documents.systems.systemsHeading': 'System',
  'documents.systems.system': 'System',
  'documents.systems.systemOwner': 'Systemägare',
  'documents.systems.administrator': 'Förvaltare',
  'documents.systems.supplier': 'Leverantör',
  'documents.systems.hosting': 'Drift',
  'documents.systems.information': 'Information i systemet',
  'documents.systems.noSystems': 'Inga system är registrerade.',
  'documents.systems.assetsHeading': 'Informationstillgångar och klassning',
  'documents.systems.asset': 'Informationstillgång',
  'documents.systems.assetOwner': 'Informationsägare',
  'documents.systems.systemsColumn': 'System',
  'documents.systems.classified': 'Klassad',
  'documents.systems.nextReview': 'Nästa översyn',
  'documents.systems.personalData': 'Personuppgifter',
  'documents.systems.notClassified': 'Ej klassad',
  'documents.systems.noAssets': 'Inga informationstillgångar är registrerade.',
} as const;
