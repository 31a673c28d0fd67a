import type { formats as sv } from '../sv/formats.js';

export const formats: Record<keyof typeof sv, string> = {
  'format.error': 'feil',
  'format.warning': 'advarsel',
  'format.hint': 'Slik retter du',
  'format.clean': '✔ Ingen problemer i {files, plural, one {# fil} other {# filer}}.',
  'format.summary':
    '{mark} {errors, plural, other {# feil}} og {warnings, plural, one {# advarsel} other {# advarsler}} i {files, plural, one {# fil} other {# filer}}.',
  'format.sarifHelpLink': 'Mer om regelen, med eksempler',
};
