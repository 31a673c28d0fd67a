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
  description: {
    sv: 'Planerad åtgärd i ett granskningssvar som inte finns i handlingsplanen (när registret har en).',
    nb: 'Planlagt tiltak i et revisjonssvar som ikke finnes i handlingsplanen (når registeret har en).',
    en: 'A planned action in an audit answer that is not in the action plan (once the registry keeps one).',
  },
  message: {
    sv: 'Åtgärden "{action}" ({rec}) följs bara upp i svaret, inte i handlingsplanen.',
    nb: 'Tiltaket «{action}» ({rec}) følges bare opp i svaret, ikke i handlingsplanen.',
    en: 'The action "{action}" ({rec}) is followed up only in the answer, not in the action plan.',
  },
  hint: {
    sv: 'Kör lisa migrate för att se hur åtgärderna flyttas till plan/, och lisa migrate --write för att flytta dem. Svarets text ändras inte.',
    nb: 'Kjør lisa migrate for å se hvordan tiltakene flyttes til plan/, og lisa migrate --write for å flytte dem. Svarteksten endres ikke.',
    en: 'Run lisa migrate to see how the actions move to plan/, and lisa migrate --write to move them. The answer’s wording is kept.',
  },
  check(ctx) {
    // Only once the registry keeps a plan: a registry from before plan/ must stay valid as it was.
    if (ctx.registry.entities.plan.size === 0) return;
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
