// How a change to a governing document is told: status, decision, review date.
import { DOCUMENT_STATUS, DOCUMENT_TYPE, label } from '../../render/labels.js';
import { type Ctx, lower, sameData, str } from '../context.js';
import type { ChangeDetail, Data, Describe } from '../types.js';

export const describeDocument: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const handled = ['title', 'status', 'decision', 'nextReview', 'communicated'];
  if (change === 'added') {
    details.push(
      ctx.t('documentNew', {
        type: lower(label(DOCUMENT_TYPE, b.type as never, ctx.locale)),
        status: lower(label(DOCUMENT_STATUS, b.status as never, ctx.locale)),
      }),
    );
    return { details, handled: [...handled, 'type'] };
  }
  if (change === 'removed') return { details, handled };
  if (str(a.title) !== str(b.title)) details.push(ctx.t('renamed', { from: str(a.title), to: str(b.title) }));
  if (a.status !== b.status) {
    details.push(
      ctx.t('documentStatus', {
        from: lower(label(DOCUMENT_STATUS, a.status as never, ctx.locale)),
        to: lower(label(DOCUMENT_STATUS, b.status as never, ctx.locale)),
        decision:
          b.status === 'decided' && b.decision
            ? ` (${decisionText(b.decision as Data, str(b.decidedBy), ctx)})`
            : '',
      }),
    );
  } else if (!sameData(a.decision, b.decision) && b.decision) {
    details.push(ctx.t('decision', { what: decisionText(b.decision as Data, str(b.decidedBy), ctx) }));
  }
  if (a.nextReview !== b.nextReview)
    details.push(ctx.t('nextReview', { from: str(a.nextReview) || '–', to: str(b.nextReview) || '–' }));
  if (a.communicated !== b.communicated && b.communicated)
    details.push(ctx.t('communicated', { date: str(b.communicated) }));
  return { details, handled };
};

export function decisionText(d: Data, board: string, ctx: Ctx): string {
  return [
    board ? ctx.name('board', board) : '',
    str(d.date) || str(d.meetingDate),
    str(d.paragraph),
    str(d.registrationNumber),
  ]
    .filter(Boolean)
    .join(' ');
}
