import { describe, expect, it } from 'vitest';
import { messageArguments, t } from '../../lib/i18n/index.js';
import { LOCALES } from '../../lib/locale.js';
import { ALL_RULES } from '../../lib/rules/index.js';
import { asset, check, classification, DECIDED, doc, ORG, processing, single, system } from './fixtures.js';

const withLocale = (locale: string) => ORG.replace('locale: sv', `locale: ${locale}`);

/** A registry with one finding of several kinds: a schema error, a reference, a cross-file rule and a warning. */
const FILES = {
  'system/procapita.yaml': system('Procapita', { confidentiality: 1 }),
  'system/lifecare.yaml': system('Lifecare', {}, 'ownr: it-chef\n'),
  'asset/journaler.yaml': asset('Journaler', 'systems: [procapita]\nprocessing: [bistnd]\n'),
  'classification/journaler.yaml': classification('journaler', '2026-05-01', { confidentiality: 3 }),
  'processing/bistand.yaml': processing('Bistånd', 'criminalData: true\n'),
  'document/policy.yaml': doc('Policy', `${DECIDED}nextReview: 2020-01-01\ncommunicated: 2025-04-01\n`),
};

const EXPECTED = {
  sv: {
    'unknown-field': 'Okänt fält "ownr". Menade du "owner"?',
    'dangling-reference': 'Behandlingen "bistnd" finns inte. Menade du "bistand"?',
    'dpia-missing':
      '"Bistånd" omfattar uppgifter om lagöverträdelser (art. 10) men har ingen genomförd konsekvensbedömning (DPIA-status: —).',
    'document-review-overdue': '"Policy" skulle ha setts över senast 2020-01-01.',
  },
  nb: {
    'unknown-field': 'Ukjent felt «ownr». Mente du «owner»?',
    'dangling-reference': 'Behandlingen «bistnd» finnes ikke. Mente du «bistand»?',
    'dpia-missing':
      '«Bistånd» omfatter opplysninger om straffbare forhold (art. 10), men har ingen gjennomført personvernkonsekvensvurdering (DPIA-status: —).',
    'document-review-overdue': '«Policy» skulle vært gjennomgått senest 2020-01-01.',
  },
  en: {
    'unknown-field': 'Unknown field "ownr". Did you mean "owner"?',
    'dangling-reference': 'The processing activity "bistnd" does not exist. Did you mean "bistand"?',
    'dpia-missing':
      '"Bistånd" involves criminal-offence data (Art. 10) but has no completed DPIA (status: —).',
    'document-review-overdue': '"Policy" was due for review by 2020-01-01.',
  },
} as const;

describe('locales', () => {
  it.each(LOCALES)('the registry locale %s gives every message and hint in that language', (locale) => {
    const r = check({ 'lisa.yaml': withLocale(locale), ...FILES });
    expect(r.registry.locale).toBe(locale);
    for (const [rule, message] of Object.entries(EXPECTED[locale]))
      expect(single(r, rule).message).toBe(message);
    // The same findings, in the same places, whatever the language.
    const sv = check({ 'lisa.yaml': withLocale('sv'), ...FILES });
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.rule, f.severity])).toEqual(
      sv.findings.map((f) => [f.file, f.line, f.column, f.rule, f.severity]),
    );
  });

  it('the override (--lang) wins over the registry locale', () => {
    const r = check({ 'lisa.yaml': withLocale('sv'), ...FILES }, { locale: 'nb' });
    expect(single(r, 'unknown-field').message).toBe(EXPECTED.nb['unknown-field']);
    expect(single(r, 'unknown-field').hint).toMatch(/^Tillatte felt her: /);
    expect(single(r, 'protection-below-classification').message).toBe(
      'Procapita har beskyttelsesnivå 1 for konfidensialitet, men behandler «Journaler», klassifisert 3 (Alvorlig skade).',
    );
  });

  it('an unknown locale in lisa.yaml falls back to Swedish, and is itself a finding', () => {
    const r = check({ 'lisa.yaml': withLocale('de'), ...FILES });
    expect(r.registry.locale).toBe('sv');
    expect(single(r, 'invalid-value').message).toBe('"locale": "de" är inte ett tillåtet värde.');
  });

  it('a quoted locale with a comment is read', () => {
    expect(check({ 'lisa.yaml': ORG.replace('locale: sv', 'locale: "en" # engelska') }).registry.locale).toBe(
      'en',
    );
  });

  it('every rule has a description and message in all three languages, with the same parameters', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const rule of ALL_RULES) {
      // Keys by rule id, so the catalogue says which rule a text belongs to.
      expect(rule.message, rule.id).toMatch(new RegExp(`^rule\\.${rule.id}\\.`));
      for (const part of [rule.description, rule.message, rule.hint]) {
        if (!part) continue;
        for (const locale of LOCALES) expect(t(locale, part), `${rule.id} ${locale}`).toBeTruthy();
        expect(messageArguments('nb', part).sort(), rule.id).toEqual(messageArguments('sv', part).sort());
        expect(messageArguments('en', part).sort(), rule.id).toEqual(messageArguments('sv', part).sort());
      }
      // Swedish and English are different texts where there are words at all: nothing was left untranslated.
      const sv = t('sv', rule.message, {});
      if (/\p{L}{3}/u.test(sv.replace(/\{\w+\}/g, '')))
        expect(t('en', rule.message, {}), rule.id).not.toBe(sv);
    }
  });
});
