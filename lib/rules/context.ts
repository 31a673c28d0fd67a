import type { Finding, Position } from '../finding.js';
import { tell } from '../finding.js';
import type { Kind } from '../kinds.js';
import type { Locale } from '../locale.js';
import { locate, type ParsedFile, type PathSegment } from '../parse.js';
import type { Entity, Registry } from '../registry.js';
import { entityKey } from '../registry.js';
import type { RuleDef } from '../rule-def.js';

export interface RuleContext {
  registry: Registry;
  /** The date rules compare deadlines with, YYYY-MM-DD. */
  today: string;
  locale: Locale;
  report(rule: RuleDef, at: Place, params?: Record<string, unknown>): void;
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

export function runRules(
  rules: readonly Rule[],
  registry: Registry,
  today: string,
  locale: Locale,
): Finding[] {
  const findings: Finding[] = [];
  const ctx: RuleContext = {
    registry,
    today,
    locale,
    report(rule, at, params = {}) {
      const text = tell(rule, locale, params);
      let finding: Finding;
      if (at.entity) {
        const pos = locate(at.entity.parsed, at.path ?? [], at.key ?? false);
        finding = {
          file: at.entity.file,
          severity: rule.severity,
          rule: rule.id,
          ...pos,
          message: text.message,
          entity: entityKey(at.entity),
        };
      } else {
        finding = {
          file: at.file,
          severity: rule.severity,
          rule: rule.id,
          ...at.position,
          message: text.message,
        };
      }
      if (text.hint) finding.hint = text.hint;
      findings.push(finding);
    },
  };
  for (const rule of rules) rule.check(ctx);
  return findings;
}

/** Entities of a kind that passed their schema, so rules can trust the shape. */
export function* valid<K extends Kind>(registry: Registry, kind: K): Generator<Entity<K>> {
  for (const entity of registry.entities[kind].values()) if (entity.valid) yield entity;
}
