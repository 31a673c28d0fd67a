// Which entries are restricted, as `kind/id`: what the PR comment and `lisa diff` withhold the details of.
import { classificationsInForce, isRestricted } from '../derive.js';
import { KINDS } from '../kinds.js';
import { entityKey, type Registry } from '../registry.js';

export function restrictedEntries(registry: Registry): Set<string> {
  const out = new Set<string>();
  const inForce = classificationsInForce(registry);
  for (const kind of KINDS)
    for (const entity of registry.entities[kind].values()) {
      try {
        if (isRestricted(registry, entity, inForce)) out.add(entityKey(entity));
      } catch {
        // An entry without the shape restriction reads: withhold, as the diff does.
        if (!entity.valid) out.add(entityKey(entity));
      }
    }
  return out;
}
