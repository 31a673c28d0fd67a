// The action plan: "what's overdue?", "who owns action X?". An action from a risk or a classification gap of a
// restricted entry is restricted with it (lib/derive.ts).
import { dueEnd } from '../../plan.js';
import type { Entity } from '../../registry.js';
import { type Ctx, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { entriesOf, type Named, selector, subject, tr, visibleOf } from './registers.js';

type Action = Entity<'plan'>['data'];

function status(ctx: Ctx, a: Action): string {
  return tr(ctx, 'answer.plan.status', { status: selector(a.status) });
}

function line(ctx: Ctx, e: Entry): string {
  const a = (e.entity as Entity<'plan'>).data;
  return tr(ctx, 'answer.plan.line', {
    title: a.title,
    owner: role(ctx, a.owner),
    due: String(a.due),
    status: status(ctx, a),
  });
}

function dueOf(e: Entry): string {
  return e.due ?? dueEnd((e.entity as Entity<'plan'>).data.due) ?? '9999-12-31';
}

/** One action the question names: its owner, due date, status and latest note. */
function actionAnswer(ctx: Ctx, e: Entry, confidence: number): Result {
  const a = (e.entity as Entity<'plan'>).data;
  const lines = [
    tr(ctx, 'answer.plan.action', {
      title: a.title,
      owner: role(ctx, a.owner),
      due: String(a.due),
      status: status(ctx, a),
    }),
  ];
  const last = a.history?.[a.history.length - 1];
  if (last?.note) lines.push(tr(ctx, 'answer.plan.note', { date: last.date, note: last.note }));
  return {
    intent: 'plan',
    confidence,
    answered: true,
    lines,
    next: tr(ctx, 'answer.plan.next', { owner: role(ctx, a.owner) }),
    refs: [{ entity: e.entity, path: ['owner'] }],
    used: [e],
  };
}

/** The overdue actions, or (none overdue) the open ones soonest due. */
function overdueAnswer(ctx: Ctx): Result {
  // The index keeps the open actions sorted by due date: at region scale a sort per question was most of its time.
  const { visible: openOnes, hidden } = visibleOf(ctx, ctx.index.openActions);
  const late = openOnes.filter((e) => dueOf(e) < ctx.today);
  const shown = (late.length > 0 ? late : openOnes).slice(0, 6);
  const lines =
    late.length > 0
      ? [tr(ctx, 'answer.plan.overdue', { n: late.length })]
      : [
          tr(ctx, 'answer.plan.none'),
          ...(openOnes.length > 0 ? [tr(ctx, 'answer.plan.open', { n: openOnes.length })] : []),
        ];
  for (const e of shown) lines.push(line(ctx, e));
  if (hidden.length > 0) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'plan',
    confidence: 0.8,
    answered: true,
    lines,
    next: t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: shown.map((e) => ({ entity: e.entity, path: ['due'] })),
    used: shown,
  };
}

export function planAnswer(ctx: Ctx, own?: Named): Result | undefined {
  if (entriesOf(ctx, 'plan').length === 0) return undefined;
  const named = own ?? subject(ctx, ['plan'], ['action', 'overdue']);
  if (named.entry) return actionAnswer(ctx, named.entry, named.confidence);
  if (ctx.q.concepts.has('overdue')) return overdueAnswer(ctx);
  return undefined;
}
