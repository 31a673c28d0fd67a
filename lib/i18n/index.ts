import { IntlMessageFormat } from 'intl-messageformat';
import { LANGUAGE_TAG, type Locale, type Localized } from '../locale.js';
import { catalogue as en } from './en/index.js';
import { catalogue as nb } from './nb/index.js';
import { catalogue as sv } from './sv/index.js';

// One message catalogue per language, shared by the CLI, the action, the bot, reminders and documents.
// Keys come from the Swedish catalogue; nb and en are typed against it, so a missing text does not compile.
// Texts are ICU messages (plurals, selects, numbers) formatted with intl-messageformat, compiled once each.

export type MessageKey = keyof typeof sv;
export type Catalogue = Record<MessageKey, string>;
/** Values an ICU message may take. Strings are inserted as they are: escaping is the edge's job. */
export type MessageParams = Record<string, string | number | boolean | Date | null | undefined>;

const CATALOGUES: Record<Locale, Catalogue> = { sv, nb, en };
const TAGS = LANGUAGE_TAG;
/** A compiled message with the names of its parameters, and its text when it takes none. */
interface Compiled {
  message: IntlMessageFormat;
  names: string[];
  constant?: string;
}
// Reminders ask for the same few messages tens of thousands of times in a region's year: the parameter
// names are read from the message once, and a message without parameters is formatted once.
const compiled = new Map<string, Compiled>();

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(sv, key);
}

function compile(locale: Locale, key: MessageKey): Compiled {
  const message = new IntlMessageFormat(CATALOGUES[locale][key], TAGS[locale], undefined, {
    ignoreTag: true,
  });
  const names = [...argumentNames(message.getAst())];
  const entry: Compiled = { message, names };
  if (names.length === 0) entry.constant = text(message.format({}));
  return entry;
}

function text(result: ReturnType<IntlMessageFormat['format']>): string {
  return typeof result === 'string' ? result : String(result);
}

/** The text of `key` in `locale` with `params` filled in. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const id = `${locale}\u0000${key}`;
  let entry = compiled.get(id);
  if (!entry) {
    entry = compile(locale, key);
    compiled.set(id, entry);
  }
  if (entry.constant !== undefined) return entry.constant;
  return text(entry.message.format(withPlaceholders(entry.names, params)));
}

// A parameter the caller did not give stays visible as {name} instead of making the message throw: a
// missing value in a finding should still show the finding.
function withPlaceholders(names: readonly string[], params: MessageParams): Record<string, unknown> {
  const values: Record<string, unknown> = { ...params };
  for (const name of names) {
    if (values[name] === undefined || values[name] === null) values[name] = `{${name}}`;
  }
  return values;
}

type Ast = ReturnType<IntlMessageFormat['getAst']>;

function argumentNames(ast: Ast, names = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (
      'value' in el &&
      typeof el.value === 'string' &&
      el.type !== 0 /* literal */ &&
      el.type !== 8 /* tag */
    )
      names.add(el.value);
    if ('options' in el && el.options) {
      for (const option of Object.values(el.options as Record<string, { value: Ast }>))
        argumentNames(option.value, names);
    }
  }
  return names;
}

/** The names of the parameters `key` takes in `locale` (for a rule's help text, where none is given). */
export function messageArguments(locale: Locale, key: MessageKey): string[] {
  return [
    ...argumentNames(
      new IntlMessageFormat(CATALOGUES[locale][key], TAGS[locale], undefined, { ignoreTag: true }).getAst(),
    ),
  ];
}

/**
 * The text of `key` in every language, where a text stands that a registry may replace with one of its own
 * (KLASSA's level names, the default risk scale): register texts are one string per language.
 */
export function localized(key: MessageKey, params: MessageParams = {}): Localized {
  return { sv: t('sv', key, params), nb: t('nb', key, params), en: t('en', key, params) };
}

/** A function bound to one locale, for templates (`t('key', {…})`) and modules that speak one language. */
export function translator(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(locale, key, params);
}

/** A register value ("in-progress") as an ICU select key ("inProgress"): selectors take no hyphens. */
export function selector(value: string): string {
  return value.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
