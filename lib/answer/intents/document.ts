// Governing documents: status, decision, summary and review.
import { pickText } from '../../locale.js';
import type { Entity } from '../../registry.js';
import { board, type Ctx, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { DOCUMENT_STATUS } from '../labels.js';
import { M } from '../messages.js';

export function documentAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const d = (entry.entity as Entity<'document'>).data;
  const lines = [
    d.status === 'repealed'
      ? t(ctx, M.documentRepealed, { name: d.title })
      : d.status === 'decided' && d.decision?.date
        ? t(ctx, M.documentDecided, {
            name: d.title,
            date: d.decision.date,
            board: d.decidedByRole && !d.decidedBy ? role(ctx, d.decidedByRole) : board(ctx, d.decidedBy),
          })
        : t(ctx, M.documentStatus, {
            name: d.title,
            status: DOCUMENT_STATUS[d.status]?.[ctx.locale] ?? d.status,
          }),
  ];
  const summary = pickText(d.summary, ctx.locale);
  if (summary) lines.push(summary);
  if (d.nextReview)
    lines.push(
      d.nextReview < ctx.today
        ? t(ctx, M.documentReviewOverdue, { date: d.nextReview })
        : t(ctx, M.documentReview, { date: d.nextReview }),
    );
  else lines.push(t(ctx, M.documentNoReview));
  const links = d.url && /^https?:\/\//i.test(d.url) ? [{ title: d.title, url: d.url }] : [];
  return {
    intent: 'document',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextDocument, { owner: role(ctx, d.owner) }),
    refs: [{ entity: entry.entity, path: ctx.q.concepts.has('review') ? ['nextReview'] : [] }],
    links,
    used: [entry],
  };
}
