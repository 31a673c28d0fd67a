import type { common as sv } from '../sv/common.js';

export const common: Record<keyof typeof sv, string> = {
  'common.noProblems': 'No problems',
  'common.errors': '{n, plural, one {# error} other {# errors}}',
  'common.warnings': '{n, plural, one {# warning} other {# warnings}}',
  'common.restricted': 'Restricted entry',
};
