// A small bounded cache for pure functions that are called with the same arguments again and again.

/**
 * A map that forgets its oldest entries past `max`. The calendar conversions are pure, and a year's plan
 * asks for the same few hundred (day, time, zone) again and again (every reminder on a day goes out at the
 * same local time), while a long-running bot must not grow without bound.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get size(): number {
    return this.map.size;
  }

  /** The value for `key`, made by `make` the first time (and again once forgotten). */
  get(key: string, make: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = make();
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
      this.map.set(key, value);
    }
    return value;
  }
}

/**
 * A fact derived from a registry, computed once for the entity maps it reads (`inputs`). A registry never
 * changes once built, and a registry patched from another (a pull request's base from its head, a
 * re-validation: lib/registry-patch.ts) shares the maps of every kind it did not change — and with them the
 * facts made from those maps. Kept by weak references: a dropped registry takes its facts with it.
 */
export function memoOnMaps<R, T>(
  inputs: (registry: R) => readonly object[],
  compute: (registry: R) => T,
): (registry: R) => T {
  const cache = new WeakMap<object, unknown>();
  return (registry) => {
    const keys = inputs(registry);
    let level: WeakMap<object, unknown> = cache;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i] as object;
      let next = level.get(key) as WeakMap<object, unknown> | undefined;
      if (!next) {
        next = new WeakMap();
        level.set(key, next);
      }
      level = next;
    }
    const last = keys[keys.length - 1] as object;
    if (level.has(last)) return level.get(last) as T;
    const value = compute(registry);
    level.set(last, value);
    return value;
  };
}
