import type { MessageKey } from '../i18n/index.js';

// The texts are in lib/i18n/<lang>/import.ts.

/** Why a cell could not be read as its field. */
export const PROBLEMS = {
  notYesNo: 'import.problems.notYesNo',
  notInteger: 'import.problems.notInteger',
  notLevel: 'import.problems.notLevel',
  notDate: 'import.problems.notDate',
  unknownBoard: 'import.problems.unknownBoard',
  unknownRole: 'import.problems.unknownRole',
  unknownSystem: 'import.problems.unknownSystem',
  noLegalBasis: 'import.problems.noLegalBasis',
  unknownSpecialCategory: 'import.problems.unknownSpecialCategory',
  transferNotRead: 'import.problems.transferNotRead',
  unknownDpia: 'import.problems.unknownDpia',
  unknownHosting: 'import.problems.unknownHosting',
  notCountry: 'import.problems.notCountry',
  notId: 'import.problems.notId',
} satisfies Record<string, MessageKey>;
