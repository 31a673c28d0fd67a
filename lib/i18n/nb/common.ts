import type { common as sv } from '../sv/common.js';

export const common: Record<keyof typeof sv, string> = {
  'common.noProblems': 'Ingen problemer',
  'common.errors': '{n, plural, one {# feil} other {# feil}}',
  'common.warnings': '{n, plural, one {# advarsel} other {# advarsler}}',
  // "Begrenset" is a security grade under sikkerhetsloven; lisa's own marking is "Skjermet" (see lib/country.ts).
  'common.restricted': 'Skjermet opplysning',
};
