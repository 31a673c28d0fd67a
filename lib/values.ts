// Each function and locale from its own module: the barrels ('date-fns', 'date-fns/locale') make Node resolve
// some 1,400 modules, about 1.8 s of every render on Node 24 (biome.json keeps them out).
import { format as formatDateFns } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { sv } from 'date-fns/locale/sv';
import { t } from './i18n/index.js';
import { KPI_UNIT } from './labels.js';
import { LANGUAGE_TAG, type Locale } from './locale.js';

// How dates, numbers and values are written in each language. Pure, shared by the templates' filters and
// the charts' text alternatives, so a value reads the same in the text, the table and the figure.

const DATE_LOCALES = { sv, nb, en: enGB };

function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  // Noon local time: no time zone can move it to another day.
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

/** 2026-11-23 → sv "23 november 2026", nb "23. november 2026", en "23 November 2026". */
export function longDate(value: string | undefined, locale: Locale): string {
  if (!value) return '';
  const d = parseIsoDate(value);
  if (!d) return value;
  return formatDateFns(d, locale === 'nb' ? 'd. MMMM yyyy' : 'd MMMM yyyy', { locale: DATE_LOCALES[locale] });
}

/** For tables: sv keeps ISO dates (as Swedish public documents do), nb "23.11.2026", en "23 Nov 2026". */
export function shortDate(value: string | undefined, locale: Locale): string {
  if (!value) return '';
  const d = parseIsoDate(value);
  if (!d) return value;
  if (locale === 'sv') return formatDateFns(d, 'yyyy-MM-dd');
  if (locale === 'nb') return formatDateFns(d, 'dd.MM.yyyy');
  return formatDateFns(d, 'd MMM yyyy', { locale: enGB });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 1234.5 → sv "1 234,5" (with a no-break space), en "1,234.5". At most `digits` decimals. */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LANGUAGE_TAG[locale], { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  // Intl uses U+2212 for minus in Swedish and Norwegian; keep it, it is the typographic minus.
  return f.format(value);
}

/**
 * A KPI value with its unit, as recorded (up to two decimals): sv "82,25 %", "4,5 dagar"; en "82.25%", "4.5 days".
 * The one way a KPI value is written: documents, charts, the PR comment and answers alike.
 */
export function formatValue(value: number | null | undefined, unit: unknown, locale: Locale): string {
  if (value === null || value === undefined) return '';
  const n = formatNumber(value, locale, 2);
  if (unit === 'percent') return locale === 'en' ? `${n}%` : `${n}\u00a0%`;
  if (unit === 'count' || typeof unit !== 'string' || !Object.hasOwn(KPI_UNIT, unit)) return n;
  return `${n}\u00a0${t(locale, KPI_UNIT[unit as keyof typeof KPI_UNIT])}`;
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** ISO country code → name in the language: "US" → sv "USA", en "United States". */
export function countryName(code: string | undefined, locale: Locale): string {
  if (!code) return '';
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([LANGUAGE_TAG[locale]], { type: 'region' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The month's name, for the yearly cycle: 9 → sv "september". */
export function monthName(month: number, locale: Locale): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return String(month);
  return formatDateFns(new Date(2000, month - 1, 15), 'LLLL', { locale: DATE_LOCALES[locale] });
}

/** "Kommunstyrelsen" → "Kommunstyrelsens"; Swedish adds no s after s, x, z; Norwegian writes an apostrophe. */
export function genitive(name: string, locale: Locale): string {
  if (!name) return name;
  if (/[sxz]$/i.test(name)) return locale === 'sv' ? name : `${name}'`;
  return locale === 'en' ? `${name}'s` : `${name}s`;
}
