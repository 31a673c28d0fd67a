import { type ParseArgsConfig, parseArgs } from 'node:util';
import { t } from '../lib/i18n/index.js';
import type { Locale } from '../lib/locale.js';
import { closest } from '../lib/suggest.js';
import { UsageError } from './io.js';

const UNKNOWN = 'cli.args.unknown';
const NEEDS_VALUE = 'cli.args.needsValue';

/** node:util's parseArgs, with its errors turned into a usage error in the user's language. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  locale: Locale,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const option = /'(-[^']+)'/.exec(e.message)?.[1] ?? '';
    // Each detail ends a sentence; the advice to run --help follows it.
    let detail = /[.?!]$/.test(e.message) ? e.message : `${e.message}.`;
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const s = closest(option.replace(/^-+/, '').split('=')[0] ?? '', Object.keys(options));
      detail =
        t(locale, UNKNOWN, { option }) +
        (s ? t(locale, 'finding.references.didYouMean', { s: `--${s}` }) : '');
    } else if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      detail = t(locale, NEEDS_VALUE, { option: option.split(' ')[0] });
    }
    throw new UsageError(t(locale, 'cli.badOption', { detail }));
  }
}

export function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  locale: Locale,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t(locale, 'cli.badValue', { option, value, allowed: allowed.join(', ') }));
}

export function isoDate(option: string, value: string | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== value)
    throw new UsageError(t(locale, 'cli.badDate', { option, value }));
  return value;
}
