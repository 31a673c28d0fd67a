import { isMessageKey, type MessageParams, t } from '../i18n/index.js';
import type { Locale } from '../locale.js';

// The words of the documents come from the message catalogue (lib/i18n/<lang>/documents*.ts). Templates and
// view models name them by their key inside the documents' area: `t('date')` is `documents.date`. Any other
// catalogue key works as written (`t('common.restricted')`), so a new document's own area needs nothing here.

export class UnknownWord extends Error {}

/** The catalogue key a document word resolves to, or undefined when there is none. */
export function documentKey(key: string): string | undefined {
  if (isMessageKey(key)) return key;
  const scoped = `documents.${key}`;
  return isMessageKey(scoped) ? scoped : undefined;
}

/** The text of a document word in `locale`. An unknown key throws: a typo in a template must not print. */
export function docWord(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const resolved = documentKey(key);
  if (!resolved || !isMessageKey(resolved))
    throw new UnknownWord(`"${key}" is not in the message catalogue (lib/i18n/sv/documents*.ts)`);
  return t(locale, resolved, params as MessageParams);
}
