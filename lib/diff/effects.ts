// Consequences of a change that no single field shows: a system now protected below (or up to) what its
// information requires, told next to the change that caused it.
import { requiredProtectionBySystem } from '../derive.js';
import { aspectLabel } from '../model.js';
import type { Entity, Registry } from '../registry.js';
import { type Ctx, restrictedIn } from './context.js';
import type { ChangeDetail, DiffKind, EntityChange } from './types.js';

/** Systems protected below what their information requires, per aspect: `system\taspect` → the facts. */
function belowRequirement(registry: Registry) {
  const out = new Map<
    string,
    {
      system: Entity<'system'>;
      aspect: string;
      have: number | undefined;
      need: number;
      asset: string;
      classification: string;
    }
  >();
  // The same requirement the protection rule used, computed once per registry (the rule already did).
  const required = requiredProtectionBySystem(registry);
  const aspects = new Set(registry.model.aspects.map((x) => x.id));
  for (const system of registry.entities.system.values()) {
    if (!system.valid || system.data.status === 'retired') continue;
    for (const [aspect, req] of required.get(system.id) ?? []) {
      if (!aspects.has(aspect)) continue;
      const have = system.data.protection?.[aspect];
      if (have !== undefined && have >= req.level) continue;
      out.set(`${system.id}\t${aspect}`, {
        system,
        aspect,
        have,
        need: req.level,
        asset: req.asset.id,
        classification: req.classification.id,
      });
    }
  }
  return out;
}

/** Tells each new shortfall in protection (and each one put right) next to the change that caused it. */
export function attachEffects(changes: EntityChange[], ctx: Ctx): ChangeDetail[] {
  const effects: ChangeDetail[] = [];
  const before = belowRequirement(ctx.base);
  const after = belowRequirement(ctx.head);
  const find = (kind: DiffKind, id: string) => changes.find((c) => c.kind === kind && c.id === id);
  const attach = (detail: ChangeDetail, candidates: (EntityChange | undefined)[]) => {
    const target = candidates.find((c) => c !== undefined);
    if (!target) {
      effects.push(detail);
      return;
    }
    const next = target.details.find((d) => d.code === 'level' && d.aspect === detail.aspect);
    if (next && !target.restricted) next.text += ` — ${detail.text}`;
    else target.details.push(detail);
  };
  const aspect = (id: string) => aspectLabel(ctx.head.model, id, ctx.locale).toLowerCase();
  // A system restricted before or after: its aspects and levels stay out of every change line.
  const hidden = (id: string) =>
    restrictedIn(ctx.base, ctx.base.entities.system.get(id)) ||
    restrictedIn(ctx.head, ctx.head.entities.system.get(id));
  for (const [key, x] of after) {
    const was = before.get(key);
    if (was && was.need === x.need && was.have === x.have) continue;
    const detail = hidden(x.system.id)
      ? ctx.t('nowBelowRestricted', { system: x.system.data.name })
      : ctx.t(
          'nowBelow',
          { system: x.system.data.name, aspect: aspect(x.aspect), have: x.have ?? '–', need: x.need },
          x.aspect,
        );
    attach(detail, [
      find('classification', x.classification),
      find('system', x.system.id),
      find('asset', x.asset),
    ]);
  }
  for (const [key, x] of before) {
    if (after.has(key)) continue;
    const system = ctx.head.entities.system.get(x.system.id);
    const name = system?.data.name ?? x.system.data.name;
    const detail = hidden(x.system.id)
      ? ctx.t('nowMetRestricted', { system: name })
      : ctx.t('nowMet', { system: name, aspect: aspect(x.aspect) }, x.aspect);
    attach(detail, [
      find('system', x.system.id),
      find('classification', x.classification),
      find('asset', x.asset),
    ]);
  }
  return effects;
}
