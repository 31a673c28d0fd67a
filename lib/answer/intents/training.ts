// "How many took the training?": participation in trainings and exercises, as counts and shares (never names).
import type { Entity } from '../../registry.js';
import { type Ctx, localDecimal, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { entriesOf, type Named, subject, tr, visibleOf } from './registers.js';

type Training = Entity<'training'>['data'];

const EXERCISE = /^(övning|ovning|øvelse|ovelse|exercise|drill)/;

function line(ctx: Ctx, tr0: Training): string {
  const p = tr0.participation;
  const share =
    p?.share !== undefined
      ? p.share
      : p?.participants !== undefined && p.invited
        ? (100 * p.participants) / p.invited
        : undefined;
  return tr(ctx, 'answer.training.line', {
    name: tr0.name,
    date: tr0.date,
    participants: p?.participants === undefined ? 'none' : String(p.participants),
    invited: p?.invited === undefined || p.participants === undefined ? 'none' : String(p.invited),
    share: share === undefined ? 'none' : localDecimal(Math.round(share), ctx.locale),
  });
}

function answerFor(ctx: Ctx, shown: Entry[], confidence: number, withheld: boolean): Result {
  const first = (shown[0] as Entry).entity as Entity<'training'>;
  const lines = shown.map((e) => line(ctx, (e.entity as Entity<'training'>).data));
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'training',
    confidence,
    answered: true,
    lines,
    next: first.data.owner
      ? tr(ctx, 'answer.training.next', { owner: role(ctx, first.data.owner) })
      : t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: shown.map((e) => ({ entity: e.entity, path: ['participation'] })),
    used: shown,
    withheld,
  };
}

/** One training or exercise named: what was learnt from it as well, where it says. */
function withLessons(ctx: Ctx, r: Result): Result {
  const e = r.used[0];
  const d = e ? (e.entity as Entity<'training'>).data : undefined;
  if (!d?.lessons || d.lessons.length === 0) return r;
  return {
    ...r,
    lines: [...r.lines, tr(ctx, 'answer.training.lessons', { name: d.name, list: d.lessons.join(' ') })],
  };
}

export function trainingAnswer(ctx: Ctx, own?: Named): Result | undefined {
  const all = entriesOf(ctx, 'training');
  if (all.length === 0) return undefined;
  const named = own ?? subject(ctx, ['training'], ['training', 'attended', 'count']);
  if (named.entry) return withLessons(ctx, answerFor(ctx, [named.entry], named.confidence, false));
  const { visible, hidden } = visibleOf(ctx, all);
  if (visible.length === 0)
    return {
      intent: 'training',
      confidence: 0.75,
      answered: false,
      lines: [],
      refs: [],
      used: hidden,
      withheld: true,
    };
  // Naming none: an exercise when the question says exercise, else the trainings; staff before other groups
  // ("the training" is the one everybody takes), the latest first.
  const exercise = ctx.q.folded.some((w) => EXERCISE.test(w));
  const kind = (e: Entry) => (e.entity as Entity<'training'>).data;
  const ranked = [...visible].sort((a, b) => {
    const ka = Number((kind(a).kind === 'exercise') !== exercise);
    const kb = Number((kind(b).kind === 'exercise') !== exercise);
    if (ka !== kb) return ka - kb;
    const sa = Number(kind(a).audience.group !== 'staff');
    const sb = Number(kind(b).audience.group !== 'staff');
    if (sa !== sb) return sa - sb;
    return kind(a).date < kind(b).date ? 1 : -1;
  });
  return answerFor(ctx, ranked.slice(0, 3), 0.75, hidden.length > 0);
}
