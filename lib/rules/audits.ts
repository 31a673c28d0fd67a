import { currentStatus, decisionDate, isDecided, isOpen, statusHistory } from '../audit-actions.js';
import { boardName } from '../facts/boards.js';
import { label } from '../finding.js';
import { type Rule, valid } from './context.js';

// Rules about the board's answers to audits: what an answer commits to, and what a decided answer needs so
// it can be shown as it stood when it was decided.

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

export const actionUndated: Rule = {
  id: 'action-undated',
  severity: 'warning',
  description: 'rule.action-undated.description',
  message: 'rule.action-undated.message',
  hint: 'rule.action-undated.hint',
  check(ctx) {
    const words = {
      owner: 'finding.audits.words.owner',
      due: 'finding.audits.words.due',
      both: 'finding.audits.words.both',
    } as const;
    for (const a of valid(ctx.registry, 'audit')) {
      if (a.data.status === 'closed') continue;
      a.data.recommendations.forEach((r, ri) => {
        (r.plannedActions ?? []).forEach((p, pi) => {
          if (p.plan || !isOpen(currentStatus(p)) || (p.owner && p.due)) return;
          const which = !p.owner && !p.due ? 'both' : p.owner ? 'due' : 'owner';
          ctx.report(
            this,
            { entity: a, path: ['recommendations', ri, 'plannedActions', pi] },
            { action: short(p.text), missing: { key: words[which] } },
          );
        });
      });
    }
  },
};

export const auditAnswerUndated: Rule = {
  id: 'audit-answer-undated',
  severity: 'warning',
  description: 'rule.audit-answer-undated.description',
  message: 'rule.audit-answer-undated.message',
  hint: 'rule.audit-answer-undated.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      if (!isDecided(a.data)) continue;
      (a.data.decisions ?? []).forEach((d, di) => {
        if (decisionDate(d)) return;
        ctx.report(
          this,
          { entity: a, path: ['decisions', di] },
          { title: label(a.data.title), board: label(boardName(ctx.registry, d.board)) },
        );
      });
    }
  },
};

export const actionHistoryMissing: Rule = {
  id: 'action-history-missing',
  severity: 'warning',
  description: 'rule.action-history-missing.description',
  message: 'rule.action-history-missing.message',
  hint: 'rule.action-history-missing.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      if (!isDecided(a.data)) continue;
      a.data.recommendations.forEach((r, ri) => {
        (r.plannedActions ?? []).forEach((p, pi) => {
          const status = currentStatus(p);
          if (p.plan || status === 'planned') return;
          const last = statusHistory(p).at(-1);
          if (last?.status === status) return;
          ctx.report(
            this,
            { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'status'] },
            { action: short(p.text), status },
          );
        });
      });
    }
  },
};

export const AUDIT_RULES = [actionUndated, auditAnswerUndated, actionHistoryMissing];
