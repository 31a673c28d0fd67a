import { LANGUAGE_TAG, type Locale } from './locale.js';

// Grammar the documents need from each language: plural agreement (Intl.PluralRules), lists joined as the
// language joins them (Intl.ListFormat) and names used mid-sentence. Pure and small, so templates (as
// filters), reminders and answers can all use the same rules instead of writing "1 behandlingar".

/**
 * The forms of a word or phrase per plural category; `other` is always there. `#` is the number. An exact
 * number can have its own form, as in ICU: `{'=2': 'båda systemen'}`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

/** The form for `n` by the locale's rules, with `#` replaced by the number written in that locale. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(LANGUAGE_TAG[locale]);
    pluralRules.set(locale, rules);
  }
  let nf = numbers.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(LANGUAGE_TAG[locale], { maximumFractionDigits: 1 });
    numbers.set(locale, nf);
  }
  const form = forms[`=${n}`] ?? forms[rules.select(n)] ?? forms.other;
  return form.replace(/#/g, nf.format(n));
}

/**
 * `{{ n | plural("behandling", "behandlingar") }}` in a template: the number and the agreeing word. A form
 * that contains `#` places the number itself ("# av dem", "alla # system"); without, it goes first.
 */
export function countWith(
  locale: Locale,
  n: number,
  one: string,
  other: string,
  exact: Record<string, string> = {},
): string {
  const place = (f: string) => (f.includes('#') ? f : `# ${f}`);
  const forms: PluralForms = { one: place(one), other: place(other) };
  for (const [k, v] of Object.entries(exact)) forms[`=${Number(k)}`] = v;
  return plural(locale, Number(n) || 0, forms);
}

const lists = new Map<string, Intl.ListFormat>();

/** "kommunstyrelsen, socialnämnden och barn- och utbildningsnämnden" (sv), "… og …" (nb), "… and …" (en). */
export function joinList(
  locale: Locale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${locale}:${type}`;
  let lf = lists.get(key);
  if (!lf) {
    lf = new Intl.ListFormat(LANGUAGE_TAG[locale], { style: 'long', type });
    lists.set(key, lf);
  }
  return lf.format(items.filter((i) => i !== ''));
}

/**
 * A board's name inside a sentence: Swedish and Norwegian write "kommunstyrelsen" and "barn- og
 * oppvekstutvalget" in lower case. Only a name whose first word alone is capitalised is changed, so a proper
 * name ("Sjöbacka Energi AB", "IKT Nordfjord") keeps its capitals. English keeps the name as written.
 */
export function midSentence(name: string, locale: Locale): string {
  if (locale === 'en' || !name) return name;
  if (!/^\p{Lu}\p{Ll}/u.test(name)) return name;
  if (/\p{Lu}/u.test(name.slice(1))) return name;
  return name.charAt(0).toLocaleLowerCase(LANGUAGE_TAG[locale]) + name.slice(1);
}

/** First letter up, for a name or phrase that starts a sentence or a heading. */
export function sentenceStart(text: string, locale: Locale): string {
  return text ? text.charAt(0).toLocaleUpperCase(LANGUAGE_TAG[locale]) + text.slice(1) : text;
}
