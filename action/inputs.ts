import * as core from '@actions/core';
import { t } from '../lib/i18n/index.js';
import { isLocale, type Locale } from '../lib/locale.js';

export interface Inputs {
  registry: string;
  templates?: string;
  output: string;
  token: string;
  failOn: 'error' | 'warning';
  comment: boolean;
  locale?: Locale;
  release: boolean;
  chromePath?: string;
  /** The login whose marked comment is lisa's (a GitHub App's `<slug>[bot]`); found out when not given. */
  commentAuthor?: string;
  /** A folder for parsed files kept between runs (restored and saved by actions/cache); none when not given. */
  cacheDir?: string;
}

export class InputError extends Error {}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], locale: Locale): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(t(locale, 'action.badInput', { input: name, value, allowed: allowed.join(', ') }));
}

/** The action's inputs, checked. `early` is the language for mistakes found before the registry is read. */
export function readInputs(early: Locale = 'sv'): Inputs {
  const get = (name: string) => core.getInput(name).trim();
  const lang = get('locale');
  const locale = lang ? oneOf('locale', lang, ['sv', 'nb', 'en'] as const, early) : undefined;
  const say = locale ?? early;
  const bool = (name: string, fallback: boolean) => {
    const v = get(name).toLowerCase();
    if (!v) return fallback;
    return oneOf(name, v, ['true', 'false'] as const, say) === 'true';
  };
  const token = get('github-token');
  // The runner masks github.token itself; a personal token passed in must not show up in the log either.
  if (token) core.setSecret(token);
  const inputs: Inputs = {
    registry: get('registry') || 'registry',
    output: get('output') || 'lisa-out',
    token,
    failOn: oneOf('fail-on', get('fail-on') || 'error', ['error', 'warning'] as const, say),
    comment: bool('comment', true),
    release: bool('release', false),
  };
  const templates = get('templates');
  if (templates) inputs.templates = templates;
  if (locale && isLocale(locale)) inputs.locale = locale;
  const chrome = get('chrome-path');
  if (chrome) inputs.chromePath = chrome;
  const author = get('comment-author');
  if (author) inputs.commentAuthor = author;
  const cacheDir = get('cache-dir');
  if (cacheDir) inputs.cacheDir = cacheDir;
  return inputs;
}
