export const LOCALES = ['sv', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

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

export function pickText(text: RegisterText | undefined, locale: Locale, fallback: Locale = 'sv'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[fallback] ?? text.sv ?? text.nb ?? text.en ?? '';
}
