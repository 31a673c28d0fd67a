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
