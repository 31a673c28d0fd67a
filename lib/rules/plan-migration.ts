import { keepsRegister } from '../init-example.js';
import { dueEnd } from '../plan.js';
import { type Rule, valid } from './context.js';

// The one action plan (plan/) and the older audit answers that keep their planned actions inside: a registry
// without plan/ stays as valid as it was; once it keeps a plan, each planned action still only in an answer
// is a warning that says how to move it (`lisa migrate`, which shows what it would do before it does it).

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text;
}

export const auditActionNotInPlan: Rule = {
  id: 'audit-action-not-in-plan',
  severity: 'warning',
  description: 'rule.audit-action-not-in-plan.description',
  message: 'rule.audit-action-not-in-plan.message',
  hint: 'rule.audit-action-not-in-plan.hint',
  check(ctx) {
    // Only once the registry keeps a plan: a registry from before plan/ must stay valid as it was.
    // (lisa init's commented example does not count as keeping one.)
    if (!keepsRegister(ctx.registry, 'plan')) return;
    for (const a of valid(ctx.registry, 'audit')) {
      if (a.data.status === 'closed') continue;
      a.data.recommendations.forEach((r, ri) => {
        (r.plannedActions ?? []).forEach((p, pi) => {
          if (p.plan || p.status === 'done' || p.status === 'cancelled') return;
          // Without an owner or a date the plan cannot take it yet: that is action-undated's to say.
          if (!p.owner || (!p.due && (!p.period || dueEnd(p.period.trim()) === undefined))) return;
          ctx.report(
            this,
            { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'id'] },
            { action: short(p.text), rec: r.id },
          );
        });
      });
    }
  },
};

export const PLAN_MIGRATION_RULES = [auditActionNotInPlan];
