// Words every part of lisa uses for the same thing. Swedish defines the keys: nb/ and en/ must have each
// of them (a missing text is a compile error). ICU message syntax: `{name}`, `{n, plural, one {…} other {…}}`,
// `{kind, select, …}`; `#` is the number in the locale's notation.
export const common = {
  'common.noProblems': 'Inga problem',
  'common.errors': '{n, plural, one {# fel} other {# fel}}',
  'common.warnings': '{n, plural, one {# varning} other {# varningar}}',
  'common.restricted': 'Begränsad uppgift',
} as const;
