import { redactIdentityNumbers } from './escape/identity.js';
import { type MessageKey, type MessageParams, t } from './i18n/index.js';
import type { Locale, Localized } from './locale.js';

export type Severity = 'error' | 'warning';

/** A place in a file: 1-based line and column, as editors and GitHub annotations count them. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * A parameter of a finding. Words the message puts in (a type name, "did you mean …") are catalogue
 * messages of their own, and labels from the registry's model are given in every language, so a finding
 * holds no text of any one language: it is told at the edge, in whichever language the reader wants.
 */
export type FindingValue =
  | string
  | number
  | boolean
  | { key: MessageKey; data?: FindingData; capitalize?: boolean }
  | { list: readonly FindingValue[]; separator?: FindingValue }
  | { label: string }
  | Localized;
export type FindingData = Record<string, FindingValue>;

/** A problem found in a registry, as data (ESLint's `messageId` + `data`): no text until it is told. */
export interface Finding extends Position {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  severity: Severity;
  rule: string;
  /** The catalogue keys of the message and its hint. */
  messageId: MessageKey;
  hintId?: MessageKey;
  data: FindingData;
  /** `kind/id` of the entity the finding is about, when there is one. */
  entity?: string;
}

/** A finding with its message and hint in one language, as outputs show it. */
export interface ToldFinding extends Finding {
  message: string;
  hint?: string;
}

/** A rule's message and hint, as catalogue keys: a missing key does not compile. */
export interface RuleMessages {
  message: MessageKey;
  hint?: MessageKey;
}

/** The finding of `rule` at `pos` with `data`; `messages` picks another of the rule's messages. */
export function findingOf(
  rule: RuleMessages & { id: string; severity: Severity },
  file: string,
  pos: Position,
  data: FindingData = {},
  messages: RuleMessages = rule,
): Finding {
  const finding: Finding = {
    file,
    severity: rule.severity,
    rule: rule.id,
    ...pos,
    messageId: messages.message,
    data,
  };
  if (messages.hint) finding.hintId = messages.hint;
  return finding;
}

function isLocalized(value: object): value is Localized {
  return 'sv' in value && 'nb' in value && 'en' in value;
}

/** One parameter in `locale`: nested messages told, lists joined, labels picked. */
function valueIn(value: FindingValue, locale: Locale): string | number {
  // ICU shows `false` as nothing; lisa has always shown it as the word.
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return value;
  if ('key' in value) {
    const text = t(locale, value.key, paramsIn(value.data ?? {}, locale));
    return value.capitalize ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }
  if ('list' in value) {
    const separator = value.separator === undefined ? ', ' : String(valueIn(value.separator, locale));
    return value.list.map((v) => valueIn(v, locale)).join(separator);
  }
  if ('label' in value) return value.label;
  if (isLocalized(value)) return value[locale];
  return String(value);
}

function paramsIn(data: FindingData, locale: Locale): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(data)) out[name] = valueIn(value, locale);
  return out;
}

/**
 * The text of a finding in `locale`: the one place findings become words, for every output (text, JSON,
 * SARIF, annotations, check run, comment, summary, Slack). An identity number a message quotes is masked here.
 */
export function describeFinding(finding: Finding, locale: Locale): { message: string; hint?: string } {
  const params = paramsIn(finding.data, locale);
  const message = redactIdentityNumbers(t(locale, finding.messageId, params));
  if (!finding.hintId) return { message };
  const hint = redactIdentityNumbers(t(locale, finding.hintId, params));
  return hint ? { message, hint } : { message };
}

/** The findings with their text in `locale`. */
export function tellFindings(findings: readonly Finding[], locale: Locale): ToldFinding[] {
  return findings.map((f) => {
    const told = describeFinding(f, locale);
    const out: ToldFinding = { ...f, message: told.message };
    if (told.hint !== undefined) out.hint = told.hint;
    return out;
  });
}

/** The parameters as the message shows them in `locale`, identity numbers masked (for JSON output). */
export function dataIn(finding: Finding, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(finding.data)) {
    const v = valueIn(value, locale);
    out[name] = typeof v === 'string' ? redactIdentityNumbers(v) : v;
  }
  return out;
}

/**
 * A name the message shows the reader (an entry's name or title, another entry's name): part of the text,
 * not of what the finding is, so renaming the entry keeps its findings the same findings.
 */
export function label(text: string): FindingValue {
  return { label: text };
}

/** A stable text of a value: object keys sorted, so equal data give equal keys; labels left out. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if ('label' in value) return '"…"';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * What a finding is, independent of where it stands, of language and of names: rule, entity (or file, for a
 * finding about no entity), message and parameters other than labels. Base and head findings with the same
 * key are the same problem, so an entry renamed or moved to another line is neither fixed nor new.
 */
export function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.entity ?? f.file}\u0000${f.messageId}\u0000${canonical(f.data)}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** A label in every language, for a parameter from the registry's model (a scale's names, a country's words). */
export function inEveryLocale(label: (locale: Locale) => string): Localized {
  return { sv: label('sv'), nb: label('nb'), en: label('en') };
}
