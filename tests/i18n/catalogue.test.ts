import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogue as en } from '../../lib/i18n/en/index.js';
import { t } from '../../lib/i18n/index.js';
import { catalogue as nb } from '../../lib/i18n/nb/index.js';
import { catalogue as sv } from '../../lib/i18n/sv/index.js';

describe('the message catalogue', () => {
  it('agrees in number by each language’s rules', () => {
    expect(t('sv', 'common.warnings', { n: 1 })).toBe('1 varning');
    expect(t('sv', 'common.warnings', { n: 2 })).toBe('2 varningar');
    expect(t('nb', 'common.warnings', { n: 1 })).toBe('1 advarsel');
    expect(t('en', 'common.errors', { n: 1 })).toBe('1 error');
    expect(t('en', 'common.errors', { n: 1200 })).toBe('1,200 errors');
    expect(t('sv', 'common.errors', { n: 1200 })).toBe('1\u00a0200 fel');
  });

  it('keeps a missing parameter visible instead of throwing', () => {
    expect(() => t('en', 'common.errors')).not.toThrow();
  });

  it('has every key in every language, each a valid ICU message with the same arguments', () => {
    // The set of arguments, each once (English may need a count twice for agreement). A name and its
    // genitive are one argument: Swedish writes "Kommunstyrelsens förslag", English "of the …" with the name.
    const same = (name: string) => ({ gen: 'name', genLower: 'nameLower' })[name] ?? name;
    // Parsed as t() parses them: `<…>` (a Slack link, "Name <email>") is text, not a tag.
    const args = (text: string) =>
      [
        ...new Set(
          JSON.stringify(
            new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).getAst(),
            (k, v) => (k === 'location' ? undefined : v),
          )
            .match(/"value":"[^"]*","type":[1-6]\b|"type":[1-6],"value":"[^"]*"/g)
            ?.map((m) => same(m.replace(/.*"value":"([^"]*)".*/, '$1'))) ?? [],
        ),
      ].sort();
    // A Norwegian letter closes "Med hilsen" without naming the board; English refers back with "it".
    const fewer = new Set(['documents.closingLetter', 'documents.register.intro']);
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      for (const other of [nb, en]) {
        expect(other[key], key).toBeTypeOf('string');
        if (fewer.has(key)) expect(args(sv[key]), key).toEqual(expect.arrayContaining(args(other[key])));
        else expect(args(other[key]), key).toEqual(args(sv[key]));
      }
    }
    expect(Object.keys(nb).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });
});
