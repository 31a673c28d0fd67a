import { defineRule } from './rule-def.js';

// Findings from the JSON Schemas: the shape of each register entry.

export const unknownField = defineRule({
  id: 'unknown-field',
  severity: 'error',
  description: {
    sv: 'Fält som registret inte känner till.',
    nb: 'Felt som registeret ikke kjenner.',
    en: 'A field the register does not know.',
  },
  message: {
    sv: 'Okänt fält "{field}".{didYouMean}',
    nb: 'Ukjent felt «{field}».{didYouMean}',
    en: 'Unknown field "{field}".{didYouMean}',
  },
  hint: {
    sv: 'Tillåtna fält här: {allowed}.',
    nb: 'Tillatte felt her: {allowed}.',
    en: 'Fields allowed here: {allowed}.',
  },
});

export const missingField = defineRule({
  id: 'missing-field',
  severity: 'error',
  description: {
    sv: 'Obligatoriskt fält saknas.',
    nb: 'Obligatorisk felt mangler.',
    en: 'A required field is missing.',
  },
  message: {
    sv: 'Fältet "{field}" saknas{condition}.',
    nb: 'Feltet «{field}» mangler{condition}.',
    en: 'The field "{field}" is missing{condition}.',
  },
  hint: {
    sv: 'Lägg till "{field}:".{about}',
    nb: 'Legg til «{field}:».{about}',
    en: 'Add "{field}:".{about}',
  },
});

export const wrongType = defineRule({
  id: 'wrong-type',
  severity: 'error',
  description: {
    sv: 'Värdet har fel typ.',
    nb: 'Verdien har feil type.',
    en: 'The value has the wrong type.',
  },
  message: {
    sv: '"{field}" ska vara {expected}, inte {actual}.',
    nb: '«{field}» skal være {expected}, ikke {actual}.',
    en: '"{field}" must be {expected}, not {actual}.',
  },
  hint: { sv: '{example}', nb: '{example}', en: '{example}' },
});

export const invalidValue = defineRule({
  id: 'invalid-value',
  severity: 'error',
  description: {
    sv: 'Värdet är inte tillåtet.',
    nb: 'Verdien er ikke tillatt.',
    en: 'The value is not allowed.',
  },
  message: {
    sv: '"{field}": {problem}.{didYouMean}',
    nb: '«{field}»: {problem}.{didYouMean}',
    en: '"{field}": {problem}.{didYouMean}',
  },
  hint: { sv: '{fix}', nb: '{fix}', en: '{fix}' },
});

export const invalidDate = defineRule({
  id: 'invalid-date',
  severity: 'error',
  description: { sv: 'Ogiltigt datum.', nb: 'Ugyldig dato.', en: 'Invalid date.' },
  message: {
    sv: '"{field}": {value} är inget giltigt datum.',
    nb: '«{field}»: {value} er ingen gyldig dato.',
    en: '"{field}": {value} is not a valid date.',
  },
  hint: {
    sv: 'Skriv datumet som ÅÅÅÅ-MM-DD och kontrollera att dagen finns i månaden (februari har 28 dagar, 29 under skottår).',
    nb: 'Skriv datoen som ÅÅÅÅ-MM-DD og kontroller at dagen finnes i måneden (februar har 28 dager, 29 i skuddår).',
    en: 'Write the date as YYYY-MM-DD and check that the day exists in that month (February has 28 days, 29 in leap years).',
  },
});

export const SCHEMA_RULES = [unknownField, missingField, wrongType, invalidValue, invalidDate];
