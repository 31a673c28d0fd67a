// The yearly cycle: what happens in a month or quarter, and when an activity is.
import { pickText } from '../../locale.js';
import type { Entity } from '../../registry.js';
import { type Ctx, list, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M, MONTHS } from '../messages.js';

export function monthName(ctx: Ctx, m: number): string {
  return MONTHS[ctx.locale][m - 1] ?? String(m);
}

export function cycleAnswer(ctx: Ctx): Result | undefined {
  const { q } = ctx;
  const current = Number(ctx.today.slice(5, 7));
  let months: number[];
  let when: string;
  if (q.months.length > 0) {
    months = [...new Set(q.months)];
    when = t(ctx, M.cycleWhenMonth, {
      month: list(
        ctx,
        months.map((m) => monthName(ctx, m)),
      ),
    });
  } else if (q.quarter !== undefined || q.concepts.has('quarter')) {
    let quarter = q.quarter ?? Math.ceil(current / 3);
    if (q.quarter === undefined && q.concepts.has('next')) quarter = (quarter % 4) + 1;
    months = [quarter * 3 - 2, quarter * 3 - 1, quarter * 3];
    when = t(ctx, M.cycleWhenQuarter, {
      q: quarter,
      months: list(
        ctx,
        months.map((m) => monthName(ctx, m)),
      ),
    });
  } else {
    const month = q.concepts.has('next') ? (current % 12) + 1 : current;
    months = [month];
    when = t(ctx, M.cycleWhenMonth, { month: monthName(ctx, month) });
  }
  const all = ctx.index.byKind.get('cycle') ?? [];
  const hits = all.filter((e) =>
    ((e.entity as Entity<'cycle'>).data.months ?? []).some((m) => months.includes(m)),
  );
  const visible = hits.filter((e) => ctx.authorised || !e.restricted);
  const withheld = visible.length < hits.length;
  const firstMonth = (e: Entry) =>
    Math.min(...((e.entity as Entity<'cycle'>).data.months ?? []).filter((m) => months.includes(m)));
  visible.sort(
    (a, b) =>
      firstMonth(a) - firstMonth(b) ||
      ((a.entity as Entity<'cycle'>).data.day ?? 31) - ((b.entity as Entity<'cycle'>).data.day ?? 31),
  );
  const lines: string[] = [];
  if (visible.length === 0) lines.push(t(ctx, M.cycleNothing, { when }));
  else {
    lines.push(t(ctx, M.cycleIn, { when }));
    for (const e of visible.slice(0, 10)) {
      const c = (e.entity as Entity<'cycle'>).data;
      const day = c.day ? t(ctx, M.cycleDay, { day: c.day, month: monthName(ctx, firstMonth(e)) }) : '';
      lines.push(`• ${t(ctx, M.cycleItem, { name: c.name, owner: role(ctx, c.owner), day })}`);
    }
  }
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'cycle',
    // A listing answers "what happens in …?", not a question that only has a time word in it, nor one whose
    // words the listing leaves unexplained ("vad hände med beslutet om bistånd som gick till fel adress i februari").
    confidence: q.content.length === 0 || (q.concepts.has('cycle') && q.content.length <= 1) ? 0.85 : 0.6,
    answered: true,
    lines,
    ...(visible.length > 0 ? { next: t(ctx, M.nextCycle) } : {}),
    refs: visible.slice(0, 4).map((e) => ({ entity: e.entity, path: ['months'] })),
    used: visible,
    withheld,
  } as Result;
}

export function cycleEntryAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const c = (entry.entity as Entity<'cycle'>).data;
  const lines = [
    t(ctx, M.cycleMonths, {
      name: c.name,
      months: list(
        ctx,
        (c.months ?? []).map((m) => monthName(ctx, m)),
      ),
      owner: role(ctx, c.owner),
    }),
  ];
  const description = pickText(c.description, ctx.locale);
  if (description) lines.push(description);
  return {
    intent: 'cycle',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextCycle),
    refs: [{ entity: entry.entity, path: ['months'] }],
    used: [entry],
  };
}
