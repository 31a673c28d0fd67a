// How a change to an audit is told: status, recommendations, the board's answer, actions and decisions.
import { ACTION_STATUS, AUDIT_STATUS, label } from '../../render/labels.js';
import { asList, listDelta, lower, quote, sameData, str } from '../context.js';
import type { ChangeDetail, Data, Describe } from '../types.js';
import { decisionText } from './document.js';

interface Rec {
  id: string;
  answer?: string;
  actionsTaken?: unknown[];
  plannedActions?: { id: string; text?: string; due?: string; status?: string }[];
}

export const describeAudit: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const handled = ['title', 'status', 'recommendations', 'answerDue', 'decisions'];
  if (change !== 'changed') return { details, handled };
  if (str(a.title) !== str(b.title)) details.push(ctx.t('renamed', { from: str(a.title), to: str(b.title) }));
  if (a.status !== b.status) {
    details.push(
      ctx.t('auditStatus', {
        from: lower(label(AUDIT_STATUS, a.status as never, ctx.locale)),
        to: lower(label(AUDIT_STATUS, b.status as never, ctx.locale)),
      }),
    );
  }
  if (a.answerDue !== b.answerDue)
    details.push(ctx.t('answerDue', { from: str(a.answerDue) || '–', to: str(b.answerDue) || '–' }));
  const recsA = (asList(a.recommendations) as Rec[]).filter((r) => r && typeof r === 'object');
  const recsB = (asList(b.recommendations) as Rec[]).filter((r) => r && typeof r === 'object');
  const byId = new Map(recsA.map((r) => [str(r.id), r]));
  recsB.forEach((rb, i) => {
    const n = i + 1;
    const ra = byId.get(str(rb.id));
    if (!ra) {
      details.push(ctx.t('recAdded', { n }));
      return;
    }
    if (!ra.answer && rb.answer) details.push(ctx.t('recAnswerNew', { n }));
    else if (ra.answer !== rb.answer) details.push(ctx.t('recAnswerChanged', { n }));
    const [taken] = listDelta(asList(ra.actionsTaken), asList(rb.actionsTaken));
    for (const text of taken) details.push(ctx.t('recActionTaken', { n, text: quote(str(text)) }));
    const actionsA = new Map((ra.plannedActions ?? []).filter(Boolean).map((x) => [str(x.id), x]));
    const actionsB = (rb.plannedActions ?? []).filter(Boolean);
    for (const act of actionsB) {
      const before = actionsA.get(str(act.id));
      if (!before) {
        details.push(ctx.t('recActionNew', { n, text: quote(str(act.text)), due: str(act.due) }));
        continue;
      }
      if (before.due !== act.due) {
        const what = actionsB.length > 1 ? ` ("${quote(str(act.text))}")` : '';
        details.push(ctx.t('recActionMoved', { n, from: str(before.due), to: str(act.due), what }));
      }
      if (before.status !== act.status) {
        details.push(
          ctx.t('recActionStatus', {
            n,
            text: quote(str(act.text)),
            from: lower(label(ACTION_STATUS, before.status as never, ctx.locale)),
            to: lower(label(ACTION_STATUS, act.status as never, ctx.locale)),
          }),
        );
      }
    }
    const idsB = new Set(actionsB.map((x) => str(x.id)));
    for (const [id, act] of actionsA)
      if (!idsB.has(id)) details.push(ctx.t('recActionRemoved', { n, text: quote(str(act.text)) }));
  });
  const idsB = new Set(recsB.map((r) => str(r.id)));
  for (const ra of recsA) if (!idsB.has(str(ra.id))) details.push(ctx.t('recRemoved', { id: str(ra.id) }));
  // Each board's decision on its answer, told when it is new or changed.
  const decisionsA = Array.isArray(a.decisions) ? (a.decisions as Data[]) : [];
  for (const d of Array.isArray(b.decisions) ? (b.decisions as Data[]) : []) {
    const before = decisionsA.find((x) => x.board === d.board);
    if (!before || !sameData(before, d))
      details.push(ctx.t('decision', { what: decisionText(d, str(d.board), ctx) }));
  }
  if (details.length === 0 && !sameData(a.recommendations, b.recommendations))
    details.push(ctx.t('fieldEdited', { field: 'recommendations' }));
  return { details, handled };
};
