// The words of lisa validate's text and SARIF output (lib/format/text.ts, sarif.ts) and the severities
// and hint the PR comment shares with them.
export const formats = {
  'format.error': 'fel',
  'format.warning': 'varning',
  'format.hint': 'Så rättar du',
  'format.clean': '✔ Inga problem i {files, plural, one {# fil} other {# filer}}.',
  'format.summary':
    '{mark} {errors, plural, other {# fel}} och {warnings, plural, one {# varning} other {# varningar}} i {files, plural, one {# fil} other {# filer}}.',
  'format.sarifHelpLink': 'Mer om regeln, med exempel',
} as const;
