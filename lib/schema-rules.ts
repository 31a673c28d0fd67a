import { defineRule } from './rule-def.js';

// Findings from the JSON Schemas: the shape of each register entry.

export const unknownField = defineRule({
  id: 'unknown-field',
  severity: 'error',
  description: 'rule.unknown-field.description',
  message: 'rule.unknown-field.message',
  hint: 'rule.unknown-field.hint',
});

export const missingField = defineRule({
  id: 'missing-field',
  severity: 'error',
  description: 'rule.missing-field.description',
  message: 'rule.missing-field.message',
  hint: 'rule.missing-field.hint',
});

export const wrongType = defineRule({
  id: 'wrong-type',
  severity: 'error',
  description: 'rule.wrong-type.description',
  message: 'rule.wrong-type.message',
  hint: 'rule.wrong-type.hint',
});

export const invalidValue = defineRule({
  id: 'invalid-value',
  severity: 'error',
  description: 'rule.invalid-value.description',
  message: 'rule.invalid-value.message',
  hint: 'rule.invalid-value.hint',
});

export const invalidDate = defineRule({
  id: 'invalid-date',
  severity: 'error',
  description: 'rule.invalid-date.description',
  message: 'rule.invalid-date.message',
  hint: 'rule.invalid-date.hint',
});

export const SCHEMA_RULES = [unknownField, missingField, wrongType, invalidValue, invalidDate];
