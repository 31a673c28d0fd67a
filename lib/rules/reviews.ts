import { classificationReviewDue, classificationsInForce } from '../derive.js';
import { label } from '../finding.js';
import { DEFAULT_REVIEW_MONTHS } from '../model.js';
import { type Rule, valid } from './context.js';

export const classificationReviewOverdue: Rule = {
  id: 'classification-review-overdue',
  severity: 'warning',
  description: 'rule.classification-review-overdue.description',
  message: 'rule.classification-review-overdue.message',
  hint: 'rule.classification-review-overdue.hint',
  check(ctx) {
    // Read from lisa.yaml even when it has other problems, but only a number of months that makes sense.
    const own: unknown = ctx.registry.organisation?.data.reviewMonths?.classification;
    const months =
      Number.isInteger(own) && (own as number) >= 1 ? (own as number) : DEFAULT_REVIEW_MONTHS.classification;
    for (const c of classificationsInForce(ctx.registry).values()) {
      const due = classificationReviewDue(c.data, months);
      if (due >= ctx.today) continue;
      const asset = ctx.registry.entities.asset.get(c.data.asset);
      ctx.report(
        this,
        { entity: c, path: [c.data.nextReview ? 'nextReview' : 'date'] },
        { asset: label(asset?.data.name ?? c.data.asset), due },
      );
    }
  },
};

export const documentReviewOverdue: Rule = {
  id: 'document-review-overdue',
  severity: 'warning',
  description: 'rule.document-review-overdue.description',
  message: 'rule.document-review-overdue.message',
  hint: 'rule.document-review-overdue.hint',
  check(ctx) {
    for (const d of valid(ctx.registry, 'document')) {
      if (d.data.status !== 'decided' || !d.data.nextReview || d.data.nextReview >= ctx.today) continue;
      ctx.report(
        this,
        { entity: d, path: ['nextReview'] },
        { title: label(d.data.title), due: d.data.nextReview },
      );
    }
  },
};

export const documentNotCommunicated: Rule = {
  id: 'document-not-communicated',
  severity: 'warning',
  description: 'rule.document-not-communicated.description',
  message: 'rule.document-not-communicated.message',
  hint: 'rule.document-not-communicated.hint',
  check(ctx) {
    for (const d of valid(ctx.registry, 'document')) {
      const decided = d.data.decision?.date;
      if (d.data.status !== 'decided' || !decided) continue;
      if (d.data.communicated && d.data.communicated >= decided) continue;
      ctx.report(
        this,
        { entity: d, path: d.data.communicated ? ['communicated'] : ['status'] },
        { title: label(d.data.title), decided },
      );
    }
  },
};

export const actionOverdue: Rule = {
  id: 'action-overdue',
  severity: 'warning',
  description: 'rule.action-overdue.description',
  message: 'rule.action-overdue.message',
  hint: 'rule.action-overdue.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      a.data.recommendations.forEach((r, ri) => {
        (r.plannedActions ?? []).forEach((p, pi) => {
          if (p.plan || p.status === 'done' || p.status === 'cancelled' || !p.due || p.due >= ctx.today)
            return;
          const short = p.text.length > 80 ? `${p.text.slice(0, 77).trimEnd()}…` : p.text;
          ctx.report(
            this,
            { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'due'] },
            { action: short, due: p.due, status: p.status ?? 'planned' },
          );
        });
      });
    }
  },
};

export const auditAnswerOverdue: Rule = {
  id: 'audit-answer-overdue',
  severity: 'warning',
  description: 'rule.audit-answer-overdue.description',
  message: 'rule.audit-answer-overdue.message',
  hint: 'rule.audit-answer-overdue.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      const due = a.data.answerDue;
      if (!due || due >= ctx.today || (a.data.status !== 'received' && a.data.status !== 'in-progress'))
        continue;
      ctx.report(this, { entity: a, path: ['answerDue'] }, { title: label(a.data.title), due });
    }
  },
};

export const REVIEW_RULES = [
  classificationReviewOverdue,
  documentReviewOverdue,
  documentNotCommunicated,
  actionOverdue,
  auditAnswerOverdue,
];
