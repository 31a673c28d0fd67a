// Which findings a change brings and which it puts right: base and head findings matched by identity.
import type { Finding } from '../finding.js';

export interface FindingsDelta {
  /** Findings the change brings (in head, not in base). */
  added: Finding[];
  /** Findings the change puts right (in base, not in head). */
  fixed: Finding[];
}

/**
 * A finding's identity across two versions: its rule and the entry (or, without one, the file) it is about.
 * Not the line (an edit above a problem moves it without making it new) and not the message text (renaming an
 * entry changes the text, not the problem). Several findings of one rule on one entry are matched by count.
 */
export function findingIdentity(f: Finding): string {
  return `${f.rule}\u0000${f.entity ?? f.file}`;
}

/** Which findings a change brings and which it puts right, matched by `findingIdentity`. */
export function findingsDelta(base: readonly Finding[], head: readonly Finding[]): FindingsDelta {
  const key = findingIdentity;
  const count = (list: readonly Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return m;
  };
  const inBase = count(base);
  const inHead = count(head);
  const take = (list: readonly Finding[], other: Map<string, number>) =>
    list.filter((f) => {
      const k = key(f);
      const n = other.get(k) ?? 0;
      if (n > 0) {
        other.set(k, n - 1);
        return false;
      }
      return true;
    });
  return { added: take(head, inBase), fixed: take(base, inHead) };
}
