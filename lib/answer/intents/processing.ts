// Processing activities: legal basis, retention, purposes, and who to ask (the DPO).
import type { Entity } from '../../registry.js';
import { type Ctx, controller, list, type Ref, type Result, t } from '../context.js';
import type { Entry } from '../index.js';
import { DPIA_STATUS, LEGAL_BASIS } from '../labels.js';
import { M } from '../messages.js';
import { boards, rolesOfKind, roleText } from '../people.js';

export function processingAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const p = (entry.entity as Entity<'processing'>).data;
  const c = ctx.q.concepts;
  const lines = [t(ctx, M.processingExists, { name: p.name, board: controller(ctx, p.controller) })];
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
  const specific = c.has('legal-basis') || c.has('retention') || c.has('dpia') || c.has('processor');
  if (!specific && p.purposes?.length) lines.push(t(ctx, M.purposes, { list: list(ctx, p.purposes, 3) }));
  // "Har vi gjort konsekvensbedömning för …?", "vilka biträden …?": that first, under the activity's name.
  if (c.has('dpia')) {
    lines.splice(1, 0, dpiaLine(ctx, p.dpia));
    refs.unshift({ entity: entry.entity, path: p.dpia ? ['dpia'] : [] });
  }
  if (c.has('processor')) {
    const names = (p.processors ?? []).map((x) => x.name);
    lines.splice(
      1,
      0,
      names.length > 0 ? t(ctx, M.processors, { list: list(ctx, names) }) : t(ctx, M.noProcessors),
    );
    refs.unshift({ entity: entry.entity, path: p.processors ? ['processors'] : [] });
  }
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

function dpiaLine(ctx: Ctx, dpia: Entity<'processing'>['data']['dpia']): string {
  if (!dpia) return t(ctx, M.noDpia);
  return t(ctx, M.dpia, {
    status: DPIA_STATUS[dpia.status]?.[ctx.locale] ?? dpia.status,
    date: dpia.date ? ` (${dpia.date})` : '',
  });
}

/**
 * The processing activity behind the entry a question names: "is there a DPIA for <the service in schools>" is
 * about the activity that uses that system or holds that asset, not the system. One, or none.
 */
export function processingOf(ctx: Ctx, about: Entry | undefined): Entry | undefined {
  if (!about || about.kind === 'processing') return about;
  const all = ctx.index.byKind.get('processing') ?? [];
  let hits: Entry[] = [];
  if (about.kind === 'asset') {
    const ids = (about.entity as Entity<'asset'>).data.processing ?? [];
    hits = ids
      .map((id) => ctx.index.byKey.get(`processing/${id}`))
      .filter((e): e is Entry => e !== undefined);
    if (hits.length === 0 && about.systems) {
      const systems = new Set(about.systems);
      hits = all.filter((e) => e.systems?.some((s) => systems.has(s)));
    }
  } else if (about.kind === 'system') {
    hits = all.filter((e) => e.systems?.includes(about.id));
  }
  return hits.length === 1 ? hits[0] : undefined;
}

export function dpoFor(ctx: Ctx, boardId: string | undefined): string | undefined {
  const reg = ctx.index.registry;
  const b = boards(reg).find((x) => x.id === boardId);
  // No board named: where the organisation is controller, its own data protection officer.
  const own = boardId ? b?.dpo : reg.organisation?.data.controller?.dpo;
  if (own) return roleText(reg, own, ctx.locale);
  const roles = rolesOfKind(reg, 'dpo');
  return roles.length > 0 ? roles.map((r) => roleText(reg, r, ctx.locale)).join(', ') : undefined;
}
