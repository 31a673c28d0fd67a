import type { documentsSystems as sv } from '../sv/documents-systems.js';

export const documentsSystems: Record<keyof typeof sv, string> = {
  'documents.systems.method': 'Klassifiseringsmodell',
  'documents.systems.leadSystems': '{n, plural, one {# system} other {# systemer}} er i drift eller planlagt',
  'documents.systems.leadBelow': ', og {n} av dem har lavere beskyttelse enn informasjonen i dem krever',
  'documents.systems.leadAssets':
    '{classified} av {n, plural, one {# informasjonsressurs} other {# informasjonsressurser}} er klassifisert',
  'documents.systems.leadOverdue':
    ', og {n, plural, one {# klassifisering} other {# klassifiseringer}} skulle vært gjennomgått',
  'documents.systems.aspects': 'Aspekter',
  'documents.systems.levelsFor': 'Nivåer for',
  'documents.systems.levels': 'Nivåer',
  'documents.systems.belowLegend':
    'Der beskyttelsen er lavere enn kravet, står beskyttelsesnivået i en ramme fulgt av nivået som kreves, f.eks. {example}.',
  'documents.systems.retired':
    '{n, plural, one {# avviklet system} other {# avviklede systemer}} vises ikke.',
  'documents.systems.systemsHeading': 'Systemer',
  'documents.systems.system': 'System',
  'documents.systems.systemOwner': 'Systemeier',
  'documents.systems.administrator': 'Systemforvalter',
  'documents.systems.supplier': 'Leverandør',
  'documents.systems.hosting': 'Drift',
  'documents.systems.information': 'Informasjon i systemet',
  'documents.systems.noSystems': 'Ingen systemer er registrert.',
  'documents.systems.assetsHeading': 'Informasjonsressurser og klassifisering',
  'documents.systems.asset': 'Informasjonsressurs',
  'documents.systems.assetOwner': 'Informasjonseier',
  'documents.systems.systemsColumn': 'Systemer',
  'documents.systems.classified': 'Klassifisert',
  'documents.systems.nextReview': 'Neste gjennomgang',
  'documents.systems.personalData': 'Personopplysninger',
  'documents.systems.notClassified': 'Ikke klassifisert',
  'documents.systems.noAssets': 'Ingen informasjonsressurser er registrert.',
};
