import type { Locale, Localized } from './locale.js';
import { format } from './locale.js';

export type Severity = 'error' | 'warning';

/** A place in a file: 1-based line and column, as editors and GitHub annotations count them. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A problem found in a registry, already told in the user's language. */
export interface Finding extends Position {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  severity: Severity;
  rule: string;
  message: string;
  hint?: string;
  /** `kind/id` of the entity the finding is about, when there is one. */
  entity?: string;
}

export interface RuleMessages {
  message: Localized;
  hint?: Localized;
}

/** Turns a rule's localized templates into the text of a finding. */
export function tell(messages: RuleMessages, locale: Locale, params: Record<string, unknown>) {
  return {
    message: format(messages.message[locale], params),
    hint: messages.hint ? format(messages.hint[locale], params) : undefined,
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
