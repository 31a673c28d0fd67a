// "Hvem deltok i ledelsens gjennomgang?": the management review — when it met, who took part, what it decided
// and when the next one is due.
import type { Entity } from '../../registry.js';
import { type Ctx, list, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { entriesOf, tr } from './registers.js';

function answerFor(ctx: Ctx, e: Entry, confidence: number): Result {
  const r = (e.entity as Entity<'review'>).data;
  const lines = [tr(ctx, 'answer.review.held', { title: r.title, date: String(r.date) })];
  if ((r.participants ?? []).length > 0)
    lines.push(
      tr(ctx, 'answer.review.participants', {
        list: list(
          ctx,
          r.participants.map((p) => role(ctx, p)),
          10,
        ),
      }),
    );
  const decisions = (r.decisions ?? []).map((d) => d.text);
  if (decisions.length > 0)
    lines.push(
      tr(ctx, 'answer.review.decisions', { n: decisions.length, list: decisions.slice(0, 3).join(' ') }),
    );
  if (r.nextReview) lines.push(tr(ctx, 'answer.review.next', { date: String(r.nextReview) }));
  return {
    intent: 'review',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: [{ entity: e.entity, path: (r.participants ?? []).length > 0 ? ['participants'] : ['date'] }],
    used: [e],
  };
}

/** The review the question names, else (one or none named) the latest one. */
export function reviewAnswer(ctx: Ctx, about?: Entry, confidence = 0.75): Result | undefined {
  if (about?.kind === 'review') return answerFor(ctx, about, confidence);
  const all = [...entriesOf(ctx, 'review')].sort((a, b) =>
    String((a.entity as Entity<'review'>).data.date) < String((b.entity as Entity<'review'>).data.date)
      ? 1
      : -1,
  );
  const latest = all[0];
  if (!latest) return undefined;
  if (latest.restricted && !ctx.authorised)
    return {
      intent: 'review',
      confidence: 0.75,
      answered: false,
      lines: [],
      refs: [],
      used: [latest],
      withheld: true,
    };
  return answerFor(ctx, latest, 0.72);
}
