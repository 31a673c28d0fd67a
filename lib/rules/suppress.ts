import type { Finding, FindingData } from '../finding.js';
import { findingOf } from '../finding.js';
import { KINDS } from '../kinds.js';
import { locate } from '../parse.js';
import type { Entity, Registry } from '../registry.js';
import { entityKey } from '../registry.js';
import { defineRule, type RuleDef } from '../rule-def.js';
import { closest } from '../suggest.js';

export const suppressError = defineRule({
  id: 'suppress-error',
  severity: 'error',
  description: 'rule.suppress-error.description',
  message: 'rule.suppress-error.message',
  hint: 'rule.suppress-error.hint',
});

export const suppressUnknown = defineRule({
  id: 'suppress-unknown-rule',
  severity: 'error',
  description: 'rule.suppress-unknown-rule.description',
  message: 'rule.suppress-unknown-rule.message',
  hint: 'rule.suppress-unknown-rule.hint',
});

export const suppressUnused = defineRule({
  id: 'suppress-unused',
  severity: 'warning',
  description: 'rule.suppress-unused.description',
  message: 'rule.suppress-unused.message',
  hint: 'rule.suppress-unused.hint',
});

export const SUPPRESS_RULES = [suppressError, suppressUnknown, suppressUnused];

const DID_YOU_MEAN = 'finding.references.didYouMean' as const;

/**
 * Applies each entity's `suppress` list: a warning named there with a reason is dropped for that entity only.
 * Errors stay, and a suppression that names an error, no rule, or nothing to silence is itself a finding.
 */
export function applySuppressions(
  findings: Finding[],
  registry: Registry,
  rules: readonly RuleDef[],
): Finding[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const suppressed = new Map<string, Set<string>>();
  const extra: Finding[] = [];
  const used = new Set<string>();
  const report = (rule: RuleDef, entity: Entity, index: number, data: FindingData) => {
    const finding = findingOf(rule, entity.file, locate(entity.parsed, ['suppress', index, 'rule']), data);
    finding.entity = entityKey(entity);
    extra.push(finding);
  };
  const entries: [Entity, number, string][] = [];
  for (const kind of KINDS) {
    for (const entity of registry.entities[kind].values()) {
      if (!entity.valid) continue;
      const list = (entity.data as { suppress?: { rule: string }[] }).suppress ?? [];
      list.forEach((s, i) => {
        const rule = byId.get(s.rule);
        if (!rule) {
          const guess = closest(s.rule, byId.keys());
          report(suppressUnknown, entity, i, {
            rule: s.rule,
            didYouMean: guess ? { key: DID_YOU_MEAN, data: { s: guess } } : '',
          });
        } else if (rule.severity === 'error') {
          report(suppressError, entity, i, { rule: s.rule });
        } else {
          const key = entityKey(entity);
          let set = suppressed.get(key);
          if (!set) {
            set = new Set();
            suppressed.set(key, set);
          }
          set.add(s.rule);
          entries.push([entity, i, s.rule]);
        }
      });
    }
  }
  const kept = findings.filter((f) => {
    if (f.severity !== 'warning' || !f.entity || !suppressed.get(f.entity)?.has(f.rule)) return true;
    used.add(`${f.entity}#${f.rule}`);
    return false;
  });
  for (const [entity, i, rule] of entries) {
    if (!used.has(`${entityKey(entity)}#${rule}`)) report(suppressUnused, entity, i, { rule });
  }
  return [...kept, ...extra];
}
