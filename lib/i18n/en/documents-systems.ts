import type { documentsSystems as sv } from '../sv/documents-systems.js';

export const documentsSystems: Record<keyof typeof sv, string> = {
  'documents.systems.method': 'Classification model',
  'documents.systems.leadSystems':
    '{n, plural, one {# system is} other {# systems are}} in operation or planned',
  'documents.systems.leadBelow': ', and {n} of them are protected below what their information requires',
  'documents.systems.leadAssets':
    '{classified} of {n, plural, one {# information asset is} other {# information assets are}} classified',
  'documents.systems.leadOverdue':
    ', and {n, plural, one {# classification is} other {# classifications are}} overdue for review',
  'documents.systems.aspects': 'Aspects',
  'documents.systems.levelsFor': 'Levels for',
  'documents.systems.levels': 'Levels',
  'documents.systems.belowLegend':
    'Where the protection is below the requirement, the protection level is framed and followed by the level required, e.g. {example}.',
  'documents.systems.retired':
    '{n, plural, one {# retired system is} other {# retired systems are}} not shown.',
  'documents.systems.systemsHeading': 'Systems',
  'documents.systems.system': 'System',
  'documents.systems.systemOwner': 'System owner',
  'documents.systems.administrator': 'Administrator',
  'documents.systems.supplier': 'Supplier',
  'documents.systems.hosting': 'Hosting',
  'documents.systems.information': 'Information in the system',
  'documents.systems.noSystems': 'No systems are registered.',
  'documents.systems.assetsHeading': 'Information assets and classification',
  'documents.systems.asset': 'Information asset',
  'documents.systems.assetOwner': 'Information owner',
  'documents.systems.systemsColumn': 'Systems',
  'documents.systems.classified': 'Classified',
  'documents.systems.nextReview': 'Next review',
  'documents.systems.personalData': 'Personal data',
  'documents.systems.notClassified': 'Not classified',
  'documents.systems.noAssets': 'No information assets are registered.',
};
