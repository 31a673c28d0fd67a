// Field-by-field change lines for whatever a kind's own description does not cover.
import { REFERENCE_FIELDS, type RefTarget } from '../rules/refs.js';
import { type Ctx, listDelta, MAX_VALUE, quote, sameData, scalarText, str } from './context.js';
import type { ChangeDetail, DiffKind } from './types.js';

/** References by id, told by name: `owner: it-chef` reads as the role's name. */
function refTarget(kind: DiffKind, field: string): RefTarget | undefined {
  for (const [pattern, target] of REFERENCE_FIELDS[kind]) {
    if (pattern === field || pattern === `${field}.*`) return target;
  }
  return undefined;
}

/** Field-by-field changes for the fields no kind-specific description covers. */
export function genericDetails(
  kind: DiffKind,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  handled: ReadonlySet<string>,
  ctx: Ctx,
): ChangeDetail[] {
  const out: ChangeDetail[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const field of keys) {
    if (handled.has(field)) continue;
    const from = a[field];
    const to = b[field];
    if (sameData(from, to)) continue;
    if (field === 'suppress') {
      out.push(...suppressDetails(from, to, ctx));
      continue;
    }
    const target = refTarget(kind, field);
    const show = (v: unknown) => {
      const s = scalarText(v, ctx);
      return s !== undefined && target && typeof v === 'string' ? ctx.name(target, v) : s;
    };
    const fromText = show(from);
    const toText = show(to);
    const fromMissing = from === undefined || from === null;
    const toMissing = to === undefined || to === null;
    if ((fromMissing || fromText !== undefined) && (toMissing || toText !== undefined)) {
      const longText = (fromText?.length ?? 0) > MAX_VALUE || (toText?.length ?? 0) > MAX_VALUE;
      if (longText) out.push(ctx.t('fieldEdited', { field }));
      else if (fromMissing) out.push(ctx.t('fieldSet', { field, to: toText }));
      else if (toMissing) out.push(ctx.t('fieldRemoved', { field, from: fromText }));
      else out.push(ctx.t('fieldChanged', { field, from: fromText, to: toText }));
      continue;
    }
    if (isScalarList(from) && isScalarList(to)) {
      const [added, removed] = listDelta(from ?? [], to ?? []);
      const names = (items: unknown[]) =>
        items
          .map((i) =>
            quote(target && typeof i === 'string' ? ctx.name(target, i) : (scalarText(i, ctx) ?? '')),
          )
          .join(', ');
      if (added.length) out.push(ctx.t('listAdded', { field, items: names(added) }));
      if (removed.length) out.push(ctx.t('listRemoved', { field, items: names(removed) }));
      if (!added.length && !removed.length) out.push(ctx.t('fieldEdited', { field }));
      continue;
    }
    if (fromMissing) out.push(ctx.t('fieldAddedBlock', { field }));
    else if (toMissing) out.push(ctx.t('fieldRemovedBlock', { field }));
    else out.push(ctx.t('fieldEdited', { field }));
  }
  return out;
}

function isScalarList(v: unknown): v is unknown[] | undefined {
  return (
    v === undefined || v === null || (Array.isArray(v) && v.every((i) => i === null || typeof i !== 'object'))
  );
}

function suppressDetails(from: unknown, to: unknown, ctx: Ctx): ChangeDetail[] {
  const rules = (v: unknown) =>
    new Map(
      (Array.isArray(v) ? v : [])
        .filter(
          (s): s is { rule: string; reason?: string } =>
            typeof s === 'object' && s !== null && typeof (s as { rule?: unknown }).rule === 'string',
        )
        .map((s) => [s.rule, str(s.reason)]),
    );
  const a = rules(from);
  const b = rules(to);
  const out: ChangeDetail[] = [];
  for (const [rule, reason] of b)
    if (!a.has(rule)) out.push(ctx.t('suppressAdded', { rule, reason: quote(reason) }));
  for (const rule of a.keys()) if (!b.has(rule)) out.push(ctx.t('suppressRemoved', { rule }));
  if (!out.length) out.push(ctx.t('fieldEdited', { field: 'suppress' }));
  return out;
}
