// Audits and their recommendations: the board's answer and the planned actions.
import type { PathSegment } from '../../parse.js';
import type { Entity } from '../../registry.js';
import { type Ctx, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { ACTION_STATUS, AUDIT_STATUS } from '../labels.js';
import { M } from '../messages.js';

export function auditAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const audit = entry.entity as Entity<'audit'>;
  const a = audit.data;
  const header = t(ctx, M.auditLine, {
    name: a.title,
    firm: a.firm ? `${a.firm}, ` : '',
    date: a.reportDate,
    status: AUDIT_STATUS[a.status]?.[ctx.locale] ?? a.status,
  });
  const lines = [header];
  const late = (p: { due: string; status: string }) =>
    p.due < ctx.today && (p.status === 'planned' || p.status === 'in-progress') ? t(ctx, M.late) : '';
  let item = entry.item;
  if (item === undefined) {
    const wanted = ctx.q.ids.find((id) => a.recommendations.some((r) => r.id.toLowerCase() === id));
    if (wanted) item = a.recommendations.findIndex((r) => r.id.toLowerCase() === wanted);
  }
  let next: string | undefined;
  let path: PathSegment[] = [];
  const r = item !== undefined ? a.recommendations[item] : undefined;
  if (item !== undefined && r) {
    lines.push(t(ctx, M.recommendationLine, { id: r.id, text: r.text }));
    if (r.answer) lines.push(t(ctx, M.boardAnswer, { text: r.answer }));
    const actions = r.plannedActions ?? [];
    if (actions.length === 0) lines.push(t(ctx, M.noActions));
    for (const p of actions.slice(0, 5)) {
      lines.push(
        t(ctx, M.actionLine, {
          text: p.text,
          owner: role(ctx, p.owner),
          due: p.due,
          status: ACTION_STATUS[p.status]?.[ctx.locale] ?? p.status,
          late: late(p),
        }),
      );
    }
    const open = actions.find((p) => p.status === 'planned' || p.status === 'in-progress');
    if (open) next = t(ctx, M.nextAudit, { owner: role(ctx, open.owner) });
    path = ['recommendations', item];
  } else {
    if (a.answerDue && (a.status === 'received' || a.status === 'in-progress'))
      lines.push(t(ctx, M.auditAnswerDue, { date: a.answerDue }));
    for (const r of a.recommendations.slice(0, 6)) {
      const actions = r.plannedActions ?? [];
      const done = actions.filter((p) => p.status === 'done').length;
      const open = actions
        .filter((p) => p.status === 'planned' || p.status === 'in-progress')
        .sort((x, y) => (x.due < y.due ? -1 : 1))[0];
      lines.push(
        t(ctx, M.recommendationSummary, {
          id: r.id,
          done,
          total: actions.length,
          next: open ? t(ctx, M.nextAction, { text: open.text, due: open.due, late: late(open) }) : '',
        }),
      );
    }
    path = ['status'];
    const open = a.recommendations
      .flatMap((r) => r.plannedActions ?? [])
      .filter((p) => p.status === 'planned' || p.status === 'in-progress');
    const first = open.sort((x, y) => (x.due < y.due ? -1 : 1))[0];
    next = t(ctx, M.nextAudit, { owner: first ? role(ctx, first.owner) : ctx.who });
  }
  return {
    intent: 'audit',
    confidence,
    answered: true,
    lines,
    ...(next ? { next } : {}),
    refs: [{ entity: audit, path }],
    used: [entry],
  };
}
