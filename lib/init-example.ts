import type { Kind } from './kinds.js';
import type { Entity, Registry } from './registry.js';

// `lisa init` writes one example of each register, marked on its first line. Some rules apply only once a
// registry keeps a register (agreements, risk analyses), so an adopter is not told about every processor or
// top-level classification at once the day they import a spreadsheet; the examples, there to show the shape
// and to be deleted, must not switch those rules on.

const MARK = /^# (?:EXEMPEL skapat av lisa init|EKSEMPEL laget av lisa init)\b/;

/** Whether the entry is one of lisa init's examples, as written (its first line unchanged). */
export function isInitExample(entity: Entity): boolean {
  return MARK.test(entity.parsed.text);
}

/** Whether the registry keeps the register: some entry of the kind that is not an untouched init example. */
export function keepsRegister(registry: Registry, kind: Kind): boolean {
  for (const e of registry.entities[kind].values()) if (!isInitExample(e)) return true;
  return false;
}
