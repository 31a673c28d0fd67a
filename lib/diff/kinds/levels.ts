// Protection and classification levels aspect by aspect, as change lines.
import { aspectLabel } from '../../model.js';
import type { Ctx } from '../context.js';
import type { ChangeDetail } from '../types.js';

export function levelsOf(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const level =
        typeof x === 'number'
          ? x
          : typeof x === 'object' && x !== null
            ? (x as { level?: unknown }).level
            : undefined;
      if (typeof level === 'number') out[k] = level;
    }
  }
  return out;
}

export function levelChanges(
  code: 'protection' | 'level',
  from: Record<string, number>,
  to: Record<string, number>,
  ctx: Ctx,
): ChangeDetail[] {
  const out: ChangeDetail[] = [];
  const model = ctx.head.model;
  const order = [...model.aspects.map((a) => a.id), ...Object.keys({ ...from, ...to })];
  for (const aspect of new Set(order)) {
    if (from[aspect] === to[aspect]) continue;
    if (from[aspect] === undefined && to[aspect] === undefined) continue;
    out.push(
      ctx.t(
        code,
        {
          aspect: aspectLabel(model, aspect, ctx.locale).toLowerCase(),
          from: from[aspect] ?? '–',
          to: to[aspect] ?? '–',
        },
        aspect,
      ),
    );
  }
  return out;
}
