import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isLocale, type Locale } from '../lib/locale.js';

/** What a command may touch of the outside world, so tests can run it in-process. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Where answers to questions come from (lisa init on a terminal); absent in tests that ask nothing. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});

/**
 * The user's language before any registry is read: --lang, LISA_LANG, then the system's LANG; when the system
 * names no language (LANG unset, C or POSIX, as on CI and in containers), the language of the registry in the
 * working directory (`lisa.yaml` or `registry/lisa.yaml`), so a Norwegian kommune's repository speaks bokmål
 * from `lisa --help` on; Swedish last.
 */
export function envLocale(env: Io['env'], explicit?: string, cwd?: string): Locale {
  if (isLocale(explicit)) return explicit;
  if (isLocale(env.LISA_LANG)) return env.LISA_LANG;
  const lang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (/^(nb|no|nn)/.test(lang)) return 'nb';
  if (/^en/.test(lang)) return 'en';
  if (/^sv/.test(lang)) return 'sv';
  return (cwd && registryLocale(cwd)) || 'sv';
}

/** The `locale` of the registry in `dir`, or bokmål for `country: no`; read only inside `dir`. */
function registryLocale(dir: string): Locale | undefined {
  for (const candidate of ['lisa.yaml', path.join('registry', 'lisa.yaml')]) {
    try {
      const root = realpathSync(dir);
      const file = realpathSync(path.join(root, candidate));
      if (path.relative(root, file).startsWith('..')) continue;
      const org = parse(readFileSync(file, 'utf8')) as { locale?: unknown; country?: unknown } | null;
      if (isLocale(org?.locale)) return org.locale;
      if (typeof org?.country === 'string' && /^(no|nor|norway|norge)$/i.test(org.country)) return 'nb';
      return undefined;
    } catch {
      // No registry here, or one that does not parse: validate says why; the language falls back.
    }
  }
  return undefined;
}

export function useColor(io: Io, stream: Io['stdout']): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export class UsageError extends Error {}
