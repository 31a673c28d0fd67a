// What a rule is, as a user sees it: its id, severity, description and messages. Shared by the reading and
// shape checks (parse, schema), the cross-file rules, suppression and SARIF.
import type { RuleMessages, Severity } from './finding.js';
import type { MessageKey } from './i18n/index.js';

/** Everything a user needs to know about one check: its id, how serious it is and what it says. */
export interface RuleDef extends RuleMessages {
  id: string;
  severity: Severity;
  /** One line on what the rule checks, for SARIF and the README (a catalogue key). */
  description: MessageKey;
}

export function defineRule(def: RuleDef): RuleDef {
  return def;
}
