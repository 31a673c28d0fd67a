// The intents of the risk, action-plan, agreement, training and incident registers: the evidence the question's
// words give for each (weighed with the others in dispatch.ts), and the answer part for each.
import type { Intent } from '../answer.js';
import type { Ctx, Result } from '../context.js';
import type { Entry } from '../index.js';
import type { Query } from '../query.js';
import { agreementAnswer } from './agreement.js';
import { incidentAnswer } from './incident.js';
import { planAnswer } from './plan.js';
import { reportAnswer } from './report.js';
import { reviewAnswer } from './review.js';
import { riskAnswer } from './risk.js';
import { trainingAnswer } from './training.js';

/** Words for a share of a whole: what a measure (a KPI) is, not a count of one occasion. */
const SHARE = new Set([
  'andel',
  'andelen',
  'andelar',
  'andeler',
  'andelene',
  'procent',
  'prosent',
  'share',
  'percentage',
  'percent',
]);

export function registerEvidence(
  q: Query,
  add: (intent: Intent, weight: number) => void,
  about?: Entry,
): void {
  const has = (id: Parameters<typeof q.concepts.has>[0]) => q.concepts.has(id);
  const howto = has('howto') || has('handling') || has('report');
  // "When is the next risk analysis?" asks for the yearly cycle; "what are the risks?" for the analyses.
  if (has('risk') && !has('when') && !has('next')) add('risk', 4.2);
  if (has('agreement')) add('agreement', 6.2);
  if (has('overdue')) add('plan', 4.8);
  // "Who owns the action about …": the action, before any entry its words also name.
  if (has('action')) add('plan', has('owner') || has('who') || has('status') ? 6.2 : 3);
  // "How many took the training?" asks the training register, unless the question names the KPI that measures
  // it, or counts what happened in an exercise ("how many clicked in the phishing exercise").
  // A share or a target of those who took it ("andelen som gått utbildningen", "target share") is a measure's.
  const measured = about?.kind === 'kpi' || has('target') || q.folded.some((w) => SHARE.has(w));
  if (has('training') && !measured && (has('attended') || (has('count') && !q.synonyms.has('~exercise'))))
    add('training', 4.6);
  else if (has('training') && !has('when') && !has('next') && !has('status')) add('training', 2.2);
  // "What does the annual report conclude?" asks the assessment; "when is it sent?" the yearly cycle.
  if (has('annual-report') && !has('when') && !has('next')) add('report', 4.4);
  // "How do I report an incident?" is for the guidance; "which incidents have we had?" for the register.
  if (has('incident') && !howto) add('incident', has('which') || has('exists') || has('this') ? 4.2 : 3.2);
}

/** The register's answer; `about` is the entry the question names, when it is one of that register's. */
export function registerStructured(
  ctx: Ctx,
  intent: Intent,
  about?: Entry,
  confidence = 0.75,
): Result | undefined {
  const own = about?.kind === intent ? { entry: about, confidence } : undefined;
  switch (intent) {
    case 'risk':
      return riskAnswer(ctx, own);
    case 'plan':
      return planAnswer(ctx, own);
    case 'agreement':
      return agreementAnswer(ctx, own);
    case 'training':
      return trainingAnswer(ctx, own);
    case 'incident':
      return incidentAnswer(ctx, own);
    case 'review':
      return reviewAnswer(ctx, own?.entry, confidence);
    case 'report':
      return reportAnswer(ctx, own?.entry, confidence);
    default:
      return undefined;
  }
}
