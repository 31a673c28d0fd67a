import { type Rule, valid } from './context.js';

// Rules for the yearly report's assessment records (report/<year>.yaml).

export const reportBoardUnknown: Rule = {
  id: 'report-board-unknown',
  severity: 'error',
  description: 'rule.report-board-unknown.description',
  message: 'rule.report-board-unknown.message',
  hint: 'rule.report-board-unknown.hint',
  check(ctx) {
    const known = new Set((ctx.registry.organisation?.data.boards ?? []).map((b) => b?.id));
    if (!ctx.registry.organisation?.valid) return;
    for (const r of valid(ctx.registry, 'report'))
      for (const board of Object.keys(r.data.boards ?? {}))
        if (!known.has(board)) ctx.report(this, { entity: r, path: ['boards', board] }, { board });
  },
};

export const reportYearMismatch: Rule = {
  id: 'report-year-mismatch',
  severity: 'warning',
  description: 'rule.report-year-mismatch.description',
  message: 'rule.report-year-mismatch.message',
  hint: 'rule.report-year-mismatch.hint',
  check(ctx) {
    for (const r of valid(ctx.registry, 'report'))
      if (r.id !== String(r.data.year))
        ctx.report(this, { entity: r, path: ['year'] }, { id: r.id, year: r.data.year });
  },
};

export const REPORT_RULES = [reportBoardUnknown, reportYearMismatch];
