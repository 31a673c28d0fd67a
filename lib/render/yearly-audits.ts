// The yearly report's audits: open recommendations and overdue actions (restricted audits only counted).

import { isRestricted } from '../derive.js';
import { plannedActions } from './audit.js';
import { boardRef, valid } from './common.js';
import type { YearlyScope } from './yearly-scope.js';

export function yearlyAudits({ registry, input, mine }: YearlyScope) {
  const openRecommendations: {
    audit: string;
    number: number;
    text: string;
    board: string;
    open: number;
    nextDue?: string;
  }[] = [];
  const overdueActions: { audit: string; text: string; owner: string; due: string; statusLabel: string }[] =
    [];
  let restrictedOpen = 0;
  let restrictedOverdue = 0;
  let actionsDone = 0;
  let actionsTotal = 0;
  for (const audit of valid(registry, 'audit')) {
    const a = audit.data;
    if (a.status === 'closed') continue;
    const restricted = isRestricted(registry, audit);
    a.recommendations.forEach((r, i) => {
      if (!mine(r.board)) return;
      const actions = plannedActions(registry, r, input);
      actionsTotal += actions.filter((p) => p.status !== 'cancelled').length;
      actionsDone += actions.filter((p) => p.status === 'done').length;
      const open = actions.filter((p) => p.status === 'planned' || p.status === 'in-progress');
      const overdue = open.filter((p) => p.overdue);
      if (restricted) {
        if (open.length > 0 || !r.answer) restrictedOpen++;
        restrictedOverdue += overdue.length;
        return;
      }
      if (open.length > 0 || !r.answer) {
        const nextDue = open.flatMap((p) => (p.due ? [p.due] : [])).sort()[0];
        openRecommendations.push({
          audit: a.title,
          number: i + 1,
          text: r.text,
          board: boardRef(registry, r.board).name,
          open: open.length,
          ...(nextDue ? { nextDue } : {}),
        });
      }
      for (const p of overdue)
        overdueActions.push({
          audit: a.title,
          text: p.text,
          owner: p.owner ?? '',
          due: p.due ?? '',
          statusLabel: p.statusLabel,
        });
    });
  }
  overdueActions.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));

  return {
    audits: { openRecommendations, overdueActions, restrictedOpen, restrictedOverdue },
    figures: {
      recommendationsOpen: openRecommendations.length + restrictedOpen,
      actionsOverdue: overdueActions.length + restrictedOverdue,
      actionsDone,
      actionsTotal,
    },
  };
}
