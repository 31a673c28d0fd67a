// Processing activities: legal basis, retention, purposes, and who to ask (the DPO).
import type { Entity } from '../../registry.js';
import { board, type Ctx, list, type Ref, type Result, t } from '../context.js';
import type { Entry } from '../index.js';
import { LEGAL_BASIS, M } from '../messages.js';
import { boards, rolesOfKind, roleText } from '../people.js';

export function processingAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const p = (entry.entity as Entity<'processing'>).data;
  const c = ctx.q.concepts;
  const lines = [t(ctx, M.processingExists, { name: p.name, board: board(ctx, p.controller) })];
  const refs: Ref[] = [{ entity: entry.entity, path: [] }];
  const basis = t(ctx, M.legalBasis, {
    list: list(
      ctx,
      (p.legalBasis ?? []).map((b) => {
        const label = LEGAL_BASIS[b.basis]?.[ctx.locale] ?? b.basis;
        return b.reference ? `${label} – ${b.reference}` : label;
      }),
    ),
  });
  const retention = p.retention
    ? t(ctx, M.retention, {
        period: p.retention.period,
        basis: p.retention.basis ? ` (${p.retention.basis})` : '',
      })
    : undefined;
  if (c.has('retention') && !c.has('legal-basis')) {
    if (retention) lines.push(retention);
    if (p.retention?.archived) lines.push(t(ctx, M.archived));
    lines.push(basis);
    refs.unshift({ entity: entry.entity, path: ['retention'] });
  } else {
    lines.push(basis);
    if (retention) lines.push(retention);
    if (c.has('legal-basis')) refs.unshift({ entity: entry.entity, path: ['legalBasis'] });
  }
  if (!c.has('legal-basis') && !c.has('retention') && p.purposes?.length)
    lines.push(t(ctx, M.purposes, { list: list(ctx, p.purposes, 3) }));
  const dpo = dpoFor(ctx, p.controller);
  return {
    intent: 'processing',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextProcessing, { who: dpo ?? ctx.who }),
    refs,
    used: [entry],
  };
}

export function dpoFor(ctx: Ctx, boardId: string | undefined): string | undefined {
  const reg = ctx.index.registry;
  const b = boards(reg).find((x) => x.id === boardId);
  if (b?.dpo) return roleText(reg, b.dpo, ctx.locale);
  const roles = rolesOfKind(reg, 'dpo');
  return roles.length > 0 ? roles.map((r) => roleText(reg, r, ctx.locale)).join(', ') : undefined;
}
