// "What are our biggest risks for Procapita?": the scenarios of the risk analyses, highest level first. A risk
// about a restricted entry is restricted with it (lib/derive.ts), so it is shown only to those allowed.
import type { Entity } from '../../registry.js';
import { riskLevel, riskModel } from '../../risk-model.js';
import { type Ctx, nameOf, type Result, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { entriesOf, type Named, subject, tr, visibleOf } from './registers.js';

type Scenario = Entity<'risk'>['data']['scenarios'][number];

function levelOf(ctx: Ctx, s: Scenario): number {
  return (
    s.level ?? riskLevel(riskModel(ctx.index.registry.organisation?.data), s.likelihood, s.consequence) ?? 0
  );
}

function residualOf(ctx: Ctx, s: Scenario): string {
  if (!s.residual) return 'none';
  const model = riskModel(ctx.index.registry.organisation?.data);
  return String(riskLevel(model, s.residual.likelihood, s.residual.consequence) ?? 'none');
}

function line(ctx: Ctx, s: Scenario): string {
  return tr(ctx, 'answer.risk.line', {
    id: s.id,
    threat: s.threat,
    level: levelOf(ctx, s),
    treatment: s.treatment ?? 'none',
    residual: residualOf(ctx, s),
  });
}

export function riskAnswer(ctx: Ctx, own?: Named): Result | undefined {
  const all = entriesOf(ctx, 'risk');
  if (all.length === 0) return undefined;
  const named = own
    ? { confidence: own.confidence, unsure: false }
    : subject(ctx, ['system', 'asset', 'processing'], ['risk']);
  if (named.unsure) return undefined;
  const target = 'entry' in named ? named.entry : undefined;
  // The analyses about the entry named, looked up in the index (about() once per analysis, at build); the
  // analysis itself when that is what the question names.
  const hits = own
    ? [own.entry]
    : target
      ? (ctx.index.risksAbout.get(`${target.kind}/${target.entity.id}`) ?? [])
      : all;
  const { visible, hidden } = visibleOf(ctx, hits);
  // The entry named is itself restricted: the answer would say as much as it, whatever it holds.
  const used = target ? [target, ...visible] : visible;
  if (target && hits.length === 0) {
    const others = visibleOf(ctx, all).visible.map((r) => nameOf(r, ctx.locale));
    return {
      intent: 'risk',
      confidence: named.confidence,
      answered: true,
      lines: [
        tr(ctx, 'answer.risk.none', { name: nameOf(target, ctx.locale) }),
        ...(others.length > 0 ? [tr(ctx, 'answer.risk.others', { list: others.join(', ') })] : []),
      ],
      next: t(ctx, M.askCoordinator, { who: ctx.who }),
      refs: [{ entity: target.entity, path: [] }],
      used,
    };
  }
  if (visible.length === 0)
    return {
      intent: 'risk',
      confidence: 0.75,
      answered: false,
      lines: [],
      refs: [],
      used: hidden,
      withheld: true,
    };
  const lines: string[] = [];
  const refs: Result['refs'] = [];
  if (visible.length === 1) {
    const r = visible[0] as Entry;
    const data = (r.entity as Entity<'risk'>).data;
    const ranked = data.scenarios
      .map((s, i) => ({ s, i }))
      .sort((a, b) => levelOf(ctx, b.s) - levelOf(ctx, a.s))
      .slice(0, 3);
    lines.push(tr(ctx, 'answer.risk.top', { title: data.title, date: data.date }));
    for (const { s } of ranked) lines.push(line(ctx, s));
    refs.push({ entity: r.entity, path: ['scenarios', ranked[0]?.i ?? 0] });
  } else {
    const ranked = visible
      .flatMap((r) => (r.entity as Entity<'risk'>).data.scenarios.map((s, i) => ({ r, s, i })))
      .sort((a, b) => levelOf(ctx, b.s) - levelOf(ctx, a.s))
      .slice(0, 5);
    lines.push(tr(ctx, 'answer.risk.topAll'));
    for (const { r, s } of ranked)
      lines.push(
        tr(ctx, 'answer.risk.lineOf', {
          title: (r.entity as Entity<'risk'>).data.title,
          id: s.id,
          threat: s.threat,
          level: levelOf(ctx, s),
        }),
      );
    for (const { r, i } of ranked) refs.push({ entity: r.entity, path: ['scenarios', i] });
  }
  if (hidden.length > 0) lines.push(t(ctx, M.restrictedAlso));
  const first = (visible[0] as Entry).entity as Entity<'risk'>;
  return {
    intent: 'risk',
    confidence: target ? named.confidence : 0.75,
    answered: true,
    lines,
    next: tr(ctx, 'answer.risk.next', { date: first.data.nextReview, who: ctx.who }),
    refs,
    used,
    withheld: hidden.length > 0,
  };
}
