// Audits and their recommendations: the board's answer and the planned actions.
import { auditProcess } from '../../audit-actions.js';
import { t as translate } from '../../i18n/index.js';
import type { Audit } from '../../kinds.js';
import type { PathSegment } from '../../parse.js';
import { plannedViaPlan } from '../../plan-link.js';
import type { Entity } from '../../registry.js';
import { NORWAY } from '../../render/audit.js';
import { countWith } from '../../words.js';
import { type Ctx, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { ACTION_STATUS, AUDIT_STATUS } from '../labels.js';
import { M } from '../messages.js';

const ACTIONS_DONE: Record<Ctx['locale'], [string, string]> = {
  sv: ['åtgärd klar', 'åtgärder klara'],
  nb: ['tiltak ferdig', 'tiltak ferdige'],
  en: ['action done', 'actions done'],
};

/**
 * The answer to a recommendation, said as whose it is: the board's in Sweden; in Norway the kommunedirektør's
 * (or the respondent the audit names), since no committee answers there.
 */
function answerLine(ctx: Ctx, a: Audit, text: string): string {
  const named = a.answer?.respondent;
  if (!named && auditProcess(ctx.index.registry, a) !== 'norway') return t(ctx, M.boardAnswer, { text });
  return translate(ctx.locale, 'nordic.respondentAnswer', {
    who: named ?? NORWAY.respondent[ctx.locale],
    text,
  });
}

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
  // An action without a date is never late; its status is planned until the file says otherwise.
  const late = (p: { due?: string; status?: string }) =>
    p.due !== undefined && p.due < ctx.today && (p.status ?? 'planned') !== 'done' && p.status !== 'cancelled'
      ? t(ctx, M.late)
      : '';
  const when = (p: { due?: string; period?: string }) => p.due ?? p.period ?? '–';
  const isOpen = (p: { status?: string }) =>
    (p.status ?? 'planned') === 'planned' || p.status === 'in-progress';
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
    if (r.answer) lines.push(answerLine(ctx, a, r.answer));
    const actions = plannedViaPlan(ctx.index.registry, r.plannedActions);
    if (actions.length === 0) lines.push(t(ctx, M.noActions));
    for (const p of actions.slice(0, 5)) {
      lines.push(
        t(ctx, M.actionLine, {
          text: p.text,
          owner: role(ctx, p.owner),
          due: when(p),
          status: ACTION_STATUS[p.status ?? 'planned']?.[ctx.locale] ?? p.status,
          late: late(p),
        }),
      );
    }
    const open = actions.find(isOpen);
    // An action the answer gave no owner names nobody: then the security unit is who to ask.
    if (open) next = t(ctx, M.nextAudit, { owner: open.owner ? role(ctx, open.owner) : ctx.who });
    path = ['recommendations', item];
  } else {
    if (a.answerDue && (a.status === 'received' || a.status === 'in-progress'))
      lines.push(t(ctx, M.auditAnswerDue, { date: a.answerDue }));
    for (const r of a.recommendations.slice(0, 6)) {
      const actions = plannedViaPlan(ctx.index.registry, r.plannedActions);
      const done = actions.filter((p) => p.status === 'done').length;
      const open = actions.filter(isOpen).sort((x, y) => ((x.due ?? '9999') < (y.due ?? '9999') ? -1 : 1))[0];
      lines.push(
        t(ctx, M.recommendationSummary, {
          id: r.id,
          done,
          // "1 av 1 åtgärd klar", "0 av 2 åtgärder klara": the noun agrees with the total.
          actions: countWith(ctx.locale, actions.length, ...ACTIONS_DONE[ctx.locale]),
          next: open ? t(ctx, M.nextAction, { text: open.text, due: when(open), late: late(open) }) : '',
        }),
      );
    }
    path = ['status'];
    const open = a.recommendations
      .flatMap((r) => plannedViaPlan(ctx.index.registry, r.plannedActions))
      .filter(isOpen);
    const first = open.sort((x, y) => ((x.due ?? '9999') < (y.due ?? '9999') ? -1 : 1))[0];
    next = t(ctx, M.nextAudit, { owner: first?.owner ? role(ctx, first.owner) : ctx.who });
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
