// "Vem äger …?": owners, administrators and controllers.
import type { Entity } from '../../registry.js';
import type { Intent } from '../answer.js';
import { board, type Ctx, controller, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { entryAnswer } from './entry.js';

export function ownerAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const e = entry.entity;
  const base = { intent: 'owner' as Intent, confidence, answered: true, used: [entry] };
  switch (entry.kind) {
    case 'system': {
      const s = (e as Entity<'system'>).data;
      const lines = [t(ctx, M.systemOwner, { name: s.name, owner: role(ctx, s.owner) })];
      const admin = s.administrator
        ? t(ctx, M.systemAdministratorOf, { name: s.name, who: role(ctx, s.administrator) })
        : t(ctx, M.noAdministrator);
      // Asked for the administrator: that first.
      if (ctx.q.concepts.has('administrator') && !ctx.q.concepts.has('owner')) lines.unshift(admin);
      else
        lines.push(
          s.administrator
            ? t(ctx, M.systemAdministrator, { who: role(ctx, s.administrator) })
            : t(ctx, M.noAdministrator),
        );
      // No board is the organisation's own (Norway): there is no committee to name.
      if (s.board) lines.push(t(ctx, M.board, { board: board(ctx, s.board) }));
      return {
        ...base,
        lines,
        next: t(ctx, M.nextOwner, { owner: role(ctx, s.owner) }),
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'asset': {
      const a = (e as Entity<'asset'>).data;
      return {
        ...base,
        lines: [
          t(ctx, M.assetOwner, { name: a.name, owner: role(ctx, a.owner) }),
          ...(a.board ? [t(ctx, M.board, { board: board(ctx, a.board) })] : []),
        ],
        next: t(ctx, M.nextAsk, { owner: role(ctx, a.owner) }),
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'document': {
      const d = (e as Entity<'document'>).data;
      return {
        ...base,
        lines: [t(ctx, M.documentOwner, { name: d.title, owner: role(ctx, d.owner) })],
        next: t(ctx, M.nextAsk, { owner: role(ctx, d.owner) }),
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'kpi': {
      const k = (e as Entity<'kpi'>).data;
      return {
        ...base,
        lines: [t(ctx, M.kpiOwner, { name: k.name, owner: role(ctx, k.owner) })],
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'cycle': {
      const c = (e as Entity<'cycle'>).data;
      return {
        ...base,
        lines: [t(ctx, M.cycleOwner, { name: c.name, owner: role(ctx, c.owner) })],
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'processing': {
      const p = (e as Entity<'processing'>).data;
      return {
        ...base,
        lines: [t(ctx, M.processingController, { name: p.name, board: controller(ctx, p.controller) })],
        refs: [{ entity: e, path: ['controller'] }],
      };
    }
    default:
      return entryAnswer(ctx, entry, confidence);
  }
}
