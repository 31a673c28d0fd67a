// Which entries are restricted, as `kind/id`: what the PR comment and `lisa diff` withhold the details of.
import { classificationsInForce, isRestricted } from '../derive.js';
import { KINDS } from '../kinds.js';
import { type Entity, entityKey, type Registry } from '../registry.js';

/** What the outputs ask of the restricted entries: whether one `kind/id` is among them. */
export type RestrictedKeys = Pick<ReadonlySet<string>, 'has'>;

function restrictedIn(
  registry: Registry,
  entity: Entity,
  inForce: ReturnType<typeof classificationsInForce>,
): boolean {
  try {
    return isRestricted(registry, entity, inForce);
  } catch {
    // An entry without the shape restriction reads: withhold, as the diff does.
    return !entity.valid;
  }
}

export function restrictedEntries(registry: Registry): Set<string> {
  const out = new Set<string>();
  const inForce = classificationsInForce(registry);
  for (const kind of KINDS)
    for (const entity of registry.entities[kind].values())
      if (restrictedIn(registry, entity, inForce)) out.add(entityKey(entity));
  return out;
}

/**
 * The entries restricted in any of `registries`, the same set as the union of their `restrictedEntries`,
 * worked out only for the keys asked: an output asks of the entries its findings name, a few hundred at most,
 * where the whole set reads every entry of a region (~0.1 s a registry).
 */
export function restrictedLookup(registries: readonly Registry[]): RestrictedKeys {
  const known = new Map<string, boolean>();
  const ask = (key: string): boolean => {
    const slash = key.indexOf('/');
    const kind = key.slice(0, slash);
    if (slash < 0 || !(KINDS as readonly string[]).includes(kind)) return false;
    const id = key.slice(slash + 1);
    return registries.some((registry) => {
      const entity = registry.entities[kind as (typeof KINDS)[number]].get(id);
      return (
        entity !== undefined &&
        entityKey(entity) === key &&
        restrictedIn(registry, entity, classificationsInForce(registry))
      );
    });
  };
  return {
    has(key) {
      let answer = known.get(key);
      if (answer === undefined) {
        answer = ask(key);
        known.set(key, answer);
      }
      return answer;
    },
  };
}
