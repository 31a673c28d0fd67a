import type { Finding, FindingData, Position, RuleMessages } from '../finding.js';
import { findingOf } from '../finding.js';
import type { Kind } from '../kinds.js';
import { locate, type ParsedFile, type PathSegment } from '../parse.js';
import type { Entity, Registry } from '../registry.js';
import { entityKey } from '../registry.js';
import type { RuleDef } from '../rule-def.js';

export interface RuleContext {
  registry: Registry;
  /** The date rules compare deadlines with, YYYY-MM-DD. */
  today: string;
  /** A finding of `rule` at `at`; `messages` picks another of the rule's messages than its first. */
  report(rule: RuleDef, at: Place, data?: FindingData, messages?: RuleMessages): void;
}

/** Where a finding points: a field of an entity, or a position in a file. */
export type Place =
  | {
      entity: Entity | { kind: Kind | 'organisation'; id: string; parsed: ParsedFile; file: string };
      path?: PathSegment[];
      key?: boolean;
    }
  | { file: string; position: Position; entity?: undefined };

export interface Rule extends RuleDef {
  check(ctx: RuleContext): void;
}

export function runRules(rules: readonly Rule[], registry: Registry, today: string): Finding[] {
  const findings: Finding[] = [];
  const ctx: RuleContext = {
    registry,
    today,
    report(rule, at, data = {}, messages = rule) {
      if (at.entity) {
        const pos = locate(at.entity.parsed, at.path ?? [], at.key ?? false);
        const finding = findingOf(rule, at.entity.file, pos, data, messages);
        finding.entity = entityKey(at.entity);
        findings.push(finding);
      } else findings.push(findingOf(rule, at.file, at.position, data, messages));
    },
  };
  for (const rule of rules) rule.check(ctx);
  return findings;
}

// A registry's entity maps are never changed once built (a patched registry copies the maps it changes), so
// the valid entities of a map are listed once, for every rule that asks and for the next run that keeps the
// map: a generator resumed per entity per rule was a fifth of a re-validation's CPU at region scale.
const validOf = new WeakMap<Map<string, Entity>, readonly Entity[]>();

/** Entities of a kind that passed their schema, so rules can trust the shape; in the map's order. */
export function valid<K extends Kind>(registry: Registry, kind: K): readonly Entity<K>[] {
  const map = registry.entities[kind] as Map<string, Entity>;
  let list = validOf.get(map);
  if (!list) {
    const out: Entity[] = [];
    for (const entity of map.values()) if (entity.valid) out.push(entity);
    list = out;
    validOf.set(map, list);
  }
  return list as readonly Entity<K>[];
}
