import type { formats as sv } from '../sv/formats.js';

export const formats: Record<keyof typeof sv, string> = {
  'format.error': 'error',
  'format.warning': 'warning',
  'format.hint': 'How to fix',
  'format.clean': '✔ No problems in {files, plural, one {# file} other {# files}}.',
  'format.summary':
    '{mark} {errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# warning} other {# warnings}} in {files, plural, one {# file} other {# files}}.',
  'format.sarifHelpLink': 'More about the rule, with examples',
};
