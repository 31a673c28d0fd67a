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

/** The user's language before any registry is read: --lang, LISA_LANG, then the system's LANG; Swedish first. */
export function envLocale(env: Io['env'], explicit?: string): Locale {
  if (isLocale(explicit)) return explicit;
  if (isLocale(env.LISA_LANG)) return env.LISA_LANG;
  const lang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (/^(nb|no|nn)/.test(lang)) return 'nb';
  if (/^en/.test(lang)) return 'en';
  return 'sv';
}

export function useColor(io: Io, stream: Io['stdout']): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export class UsageError extends Error {}
