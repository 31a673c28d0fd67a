// "Hur är … klassad?": an asset's classification, or the protection a system needs for what it holds.
import { assetsBySystem, isRestricted, requiredProtection } from '../../derive.js';
import { aspectLabel, levelLabel } from '../../model.js';
import type { Entity } from '../../registry.js';
import type { Intent } from '../answer.js';
import { type Ctx, list, nameOf, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { entryAnswer } from './entry.js';

export function levelsLines(ctx: Ctx, levels: Record<string, number | undefined>): string[] {
  const { model } = ctx.index.registry;
  const out: string[] = [];
  const order = [
    ...model.aspects.map((a) => a.id),
    ...Object.keys(levels).filter((k) => !model.aspects.some((a) => a.id === k)),
  ];
  for (const aspect of order) {
    const level = levels[aspect];
    if (level === undefined) continue;
    out.push(
      t(ctx, M.levelLine, {
        aspect: aspectLabel(model, aspect, ctx.locale),
        level,
        label: levelLabel(model, level, ctx.locale, aspect),
      }),
    );
  }
  return out;
}

export function shortLevels(ctx: Ctx, levels: Record<string, number | undefined>): string {
  const { model } = ctx.index.registry;
  return Object.entries(levels)
    .filter(([, v]) => v !== undefined)
    .map(([aspect, v]) => `${aspectLabel(model, aspect, ctx.locale)} ${v}`)
    .join(', ');
}

export function classificationAnswer(ctx: Ctx, entry: Entry, confidence: number, intent: Intent): Result {
  if (entry.kind === 'asset') return assetClassification(ctx, entry, confidence, intent);
  if (entry.kind === 'system') return systemProtection(ctx, entry, confidence, intent);
  return entryAnswer(ctx, entry, confidence);
}

/** An asset's classification in force: its levels and when it is due for review. */
function assetClassification(ctx: Ctx, entry: Entry, confidence: number, intent: Intent): Result {
  const { registry, inForce } = ctx.index;
  const asset = entry.entity as Entity<'asset'>;
  const c = inForce.get(asset.id);
  if (!c) {
    return {
      intent,
      confidence,
      answered: true,
      lines: [t(ctx, M.notClassified, { name: asset.data.name })],
      next: t(ctx, M.nextClassify, { owner: role(ctx, asset.data.owner), coordinator: ctx.who }),
      refs: [{ entity: asset, path: [] }],
      used: [entry],
    };
  }
  const levels: Record<string, number> = {};
  for (const [k, v] of Object.entries(c.data.levels)) if (v) levels[k] = v.level;
  const lines = [
    t(ctx, M.classifiedAs, {
      name: asset.data.name,
      date: c.data.date,
      method: c.data.method ?? registry.model.method,
    }),
  ];
  lines.push(...levelsLines(ctx, levels));
  const due = c.data.nextReview;
  if (due)
    lines.push(
      due < ctx.today ? t(ctx, M.reviewOverdue, { date: due }) : t(ctx, M.nextReview, { date: due }),
    );
  // A classification can be marked restricted on its own.
  const classificationEntry = {
    ...entry,
    restricted: entry.restricted || isRestricted(registry, c as Entity, inForce),
  };
  return {
    intent,
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextHandling, { coordinator: ctx.who }),
    refs: [{ entity: c, path: ['levels'] }],
    used: [classificationEntry],
  };
}

/** The protection a system needs for the information it holds, and where it falls short. */
function systemProtection(ctx: Ctx, entry: Entry, confidence: number, intent: Intent): Result {
  const { registry, inForce } = ctx.index;
  const system = entry.entity as Entity<'system'>;
  // Restricted information must not show through the level it sets: without access, only the rest counts.
  const all = assetsBySystem(registry).get(system.id) ?? [];
  const visibleAssets = all.filter(
    (a) => ctx.authorised || !ctx.index.byKey.get(`asset/${a.id}`)?.restricted,
  );
  const required = requiredProtection(system.id, new Map([[system.id, visibleAssets]]), inForce);
  const lines: string[] = [];
  const used: Entry[] = [entry];
  let withheld = visibleAssets.length < all.length;
  if (required.size > 0) {
    lines.push(t(ctx, M.systemRequired, { name: system.data.name }));
    const levels: Record<string, number> = {};
    for (const [aspect, r] of required) levels[aspect] = r.level;
    lines.push(...levelsLines(ctx, levels));
    const from = new Map<string, Entry>();
    for (const r of required.values()) {
      const e = ctx.index.byKey.get(`asset/${r.asset.id}`);
      if (e) from.set(r.asset.id, e);
    }
    const shown = [...from.values()].filter((e) => ctx.authorised || !e.restricted);
    if (shown.length < from.size) withheld = true;
    used.push(...shown);
    if (shown.length > 0)
      lines.push(
        t(ctx, M.highestFrom, {
          list: list(
            ctx,
            shown.map((e) => nameOf(e, ctx.locale)),
            4,
          ),
        }),
      );
    const has = system.data.protection ?? {};
    for (const [aspect, r] of required) {
      const level = has[aspect];
      if (level !== undefined && level < r.level) {
        lines.push(
          t(ctx, M.protectionGap, {
            aspect: aspectLabel(registry.model, aspect, ctx.locale),
            has: level,
            needs: r.level,
          }),
        );
      }
    }
    lines.push(t(ctx, M.systemProtectionShort, { levels: shortLevels(ctx, has) }));
  } else {
    lines.push(t(ctx, M.systemProtection, { name: system.data.name }));
    lines.push(...levelsLines(ctx, system.data.protection ?? {}));
  }
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent,
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextHandling, { coordinator: ctx.who }),
    refs: [{ entity: system, path: ['protection'] }],
    used,
    withheld,
  };
}
