export const LOCALES = ['sv', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

/** The BCP 47 tag each language is formatted with (Intl, the message catalogue). */
export const LANGUAGE_TAG: Record<Locale, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than becoming "undefined". */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** A register text is a plain string (in the registry's language) or one string per locale. */
export type RegisterText = string | Partial<Record<Locale, string>>;

/**
 * The text and the language it is in: a plain string is in the registry's language, a per-language text in
 * the reader's when it has one, else in the language it falls back to. Documents mark text whose language
 * is not theirs with a `lang` attribute, so a screen reader pronounces it right.
 */
export function pickTextLang(
  text: RegisterText | undefined,
  locale: Locale,
  registryLocale: Locale,
): { text: string; lang: Locale } {
  if (text === undefined) return { text: '', lang: locale };
  if (typeof text === 'string') return { text, lang: registryLocale };
  for (const l of [locale, 'sv', 'nb', 'en'] as const) {
    const t = text[l];
    if (t) return { text: t, lang: l };
  }
  return { text: '', lang: locale };
}

export function pickText(text: RegisterText | undefined, locale: Locale, fallback: Locale = 'sv'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[fallback] ?? text.sv ?? text.nb ?? text.en ?? '';
}
