// Parsed register data in its smallest form, for registries that are kept (the bot's, the answerer's). A YAML
// parser builds each list by pushing onto an empty array, which V8 gives room for 17 elements; and every
// `status: planned` or `date: 2027-06-30` is a string of its own. At region scale the slack of 190,000 short
// lists and 750,000 repeated short strings were a third of the parsed registry. Same content, same order.

/** Short strings seen before, so each value is kept once; bounded, so a long-running bot cannot grow it. */
const SHORT = new Map<string, string>();
const MAX_SHORT = 1 << 16;
/**
 * Longer strings are slices of the file's text, which the registry keeps anyway: sharing them saves
 * nothing. Shorter ones are copies (V8 slices only from 13 characters).
 */
const MAX_SHORT_LENGTH = 12;

function shared(value: string): string {
  if (value.length > MAX_SHORT_LENGTH) return value;
  const kept = SHORT.get(value);
  if (kept !== undefined) return kept;
  if (SHORT.size >= MAX_SHORT) SHORT.clear();
  SHORT.set(value, value);
  return value;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The value with every array copied to its exact length and short strings shared. Objects are kept and their
 * fields replaced in place (a parse's fresh objects, owned by no one else yet); anything that is not a plain
 * object or array (a Date, binary data) is left as it is.
 */
export function compactData<T>(value: T): T {
  if (typeof value === 'string') return shared(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = value.slice();
    for (let i = 0; i < out.length; i++) out[i] = compactData(out[i]);
    return out as T;
  }
  if (!isPlain(value)) return value;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    // `__proto__` as a key of its own is data, and assigning it would set the prototype instead.
    if (key === '__proto__' || !Object.hasOwn(record, key)) continue;
    const field = record[key];
    // A string is written back even when equal: equal is not the same copy.
    if (typeof field === 'string' || Array.isArray(field)) record[key] = compactData(field);
    else compactData(field);
  }
  return value;
}
