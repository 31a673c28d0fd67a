// "Vad kom årsrapporten fram till?": the security coordinator's assessment for a year (report/), its
// conclusions and proposed decisions. Reports are not restricted: they go to the board as public documents.
import { pickText } from '../../locale.js';
import type { Entity } from '../../registry.js';
import { type Ctx, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { entriesOf, tr } from './registers.js';

function answerFor(ctx: Ctx, e: Entry, confidence: number): Result {
  const r = (e.entity as Entity<'report'>).data;
  const lines = [
    tr(ctx, 'answer.report.assessment', {
      year: String(r.year),
      author: role(ctx, r.author),
      assessment: pickText(r.assessment, ctx.locale),
    }),
  ];
  const conclusions = (r.conclusions ?? []).map((c) => pickText(c, ctx.locale));
  if (conclusions.length > 0)
    lines.push(tr(ctx, 'answer.report.conclusions', { n: conclusions.length, list: conclusions.join(' ') }));
  const proposals = (r.proposals ?? []).map((c) => pickText(c, ctx.locale));
  if (proposals.length > 0)
    lines.push(tr(ctx, 'answer.report.proposals', { n: proposals.length, list: proposals.join(' ') }));
  return {
    intent: 'report',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: [{ entity: e.entity, path: ['assessment'] }],
    used: [e],
  };
}

/** The report the question names, else the latest year's. */
export function reportAnswer(ctx: Ctx, about?: Entry, confidence = 0.75): Result | undefined {
  if (about?.kind === 'report') return answerFor(ctx, about, confidence);
  const latest = [...entriesOf(ctx, 'report')].sort(
    (a, b) => (b.entity as Entity<'report'>).data.year - (a.entity as Entity<'report'>).data.year,
  )[0];
  if (!latest || (latest.restricted && !ctx.authorised)) return undefined;
  return answerFor(ctx, latest, 0.72);
}
