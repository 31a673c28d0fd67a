import { memoOnMaps } from './memo.js';
import type { Entity, Registry } from './registry.js';

// The action plan: when an action falls due, and which actions answer which source.

const SEASON_END: Record<string, string> = {
  våren: '06-30',
  spring: '06-30',
  hösten: '12-31',
  høsten: '12-31',
  autumn: '12-31',
};
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/**
 * The last day of an action's due date or period, YYYY-MM-DD: "2027" → 2027-12-31, "2027-Q2" → 2027-06-30,
 * "hösten 2027" → 2027-12-31. Undefined for text the schema would not take.
 */
export function dueEnd(value: string | number): string | undefined {
  // YAML reads `due: 2027` as a number.
  const due = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  if (/^\d{4}$/.test(due)) return `${due}-12-31`;
  const q = /^(\d{4})-Q([1-4])$/.exec(due);
  if (q) return `${q[1]}-${QUARTER_END[Number(q[2]) - 1]}`;
  const s = /^(\S+) (\d{4})$/.exec(due);
  const end = s ? SEASON_END[s[1] as string] : undefined;
  return s && end ? `${s[2]}-${end}` : undefined;
}

export function isOpen(action: Entity<'plan'>): boolean {
  return action.data.status !== 'done' && action.data.status !== 'cancelled';
}

/** The plan's actions per source, keyed `kind/ref` (e.g. `classification/procapita`). */
export const actionsBySource = memoOnMaps(
  (registry: Registry) => [registry.entities.plan],
  (registry: Registry): Map<string, Entity<'plan'>[]> => {
    const out = new Map<string, Entity<'plan'>[]>();
    for (const a of registry.entities.plan.values()) {
      if (!a.valid) continue;
      const key = `${a.data.source.kind}/${a.data.source.ref}`;
      const list = out.get(key);
      if (list) list.push(a);
      else out.set(key, [a]);
    }
    return out;
  },
);
