// KPIs: the latest value against the target.
import type { Entity } from '../../registry.js';
import { formatValue } from '../../values.js';
import { type Ctx, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';

export function kpiValue(ctx: Ctx, unit: string, v: number): string {
  return formatValue(v, unit, ctx.locale);
}

export function latest(values: Record<string, number | null | undefined>): [string, number][] {
  return Object.entries(values)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .sort((a, b) => (a[0] < b[0] ? 1 : -1));
}

export function kpiLine(ctx: Ctx, k: Entity<'kpi'>['data']): string {
  const [last] = latest(k.values ?? {});
  if (!last) return t(ctx, M.kpiNoValue, { name: k.name, target: kpiValue(ctx, k.unit, k.target) });
  const met = k.direction === 'lower-is-better' ? last[1] <= k.target : last[1] >= k.target;
  return t(ctx, M.kpiLine, {
    name: k.name,
    value: kpiValue(ctx, k.unit, last[1]),
    quarter: last[0],
    target: kpiValue(ctx, k.unit, k.target),
    verdict: t(ctx, met ? M.kpiMet : M.kpiNotMet),
  });
}

export function kpiAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const k = (entry.entity as Entity<'kpi'>).data;
  const lines = [kpiLine(ctx, k)];
  const values = latest(k.values ?? {});
  const prev = values[1];
  if (prev) lines.push(t(ctx, M.kpiPrevious, { value: kpiValue(ctx, k.unit, prev[1]), quarter: prev[0] }));
  const comment = values[0] && k.comments?.[values[0][0]];
  if (comment) lines.push(t(ctx, M.kpiComment, { text: comment }));
  return {
    intent: 'kpi',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextKpi, { owner: role(ctx, k.owner) }),
    refs: [{ entity: entry.entity, path: values[0] ? ['values', values[0][0]] : ['values'] }],
    used: [entry],
  };
}

export function allKpis(ctx: Ctx): Result | undefined {
  const all = ctx.index.byKind.get('kpi') ?? [];
  if (all.length === 0) return undefined;
  const visible = all.filter((e) => ctx.authorised || !e.restricted);
  const withheld = visible.length < all.length;
  const lines = [
    t(ctx, M.kpiAll),
    ...visible.slice(0, 8).map((e) => kpiLine(ctx, (e.entity as Entity<'kpi'>).data)),
  ];
  if (visible.length > 8) lines.push(t(ctx, M.andMore, { n: visible.length - 8 }));
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'kpi',
    confidence: 0.72,
    answered: visible.length > 0,
    lines,
    next: t(ctx, M.nextKpi, { owner: ctx.who }),
    refs: visible.slice(0, 3).map((e) => ({ entity: e.entity, path: ['values'] })),
    used: visible,
    withheld,
  };
}
