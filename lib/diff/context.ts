// What every part of the diff shares: the two registries and the language (`Ctx`), names of entries, plain-data
// equality and the small readers of unvalidated YAML values.
import { isRestricted } from '../derive.js';
import { redactIdentityNumbers } from '../escape/identity.js';
import { type MessageParams, t } from '../i18n/index.js';
import type { Kind } from '../kinds.js';
import { type Locale, pickText, type RegisterText } from '../locale.js';
import type { Entity, Registry } from '../registry.js';
import type { RefTarget } from '../rules/refs.js';
import { type Code, M } from './messages.js';
import type { ChangeDetail, Data, EntityChange } from './types.js';

/** Longest value quoted in a change line; longer texts are only said to have changed. */
export const MAX_VALUE = 80;

export interface Ctx {
  base: Registry;
  head: Registry;
  locale: Locale;
  t(code: Code, params?: Record<string, unknown>, aspect?: string): ChangeDetail;
  word(code: Code): string;
  name(target: RefTarget, id: string): string;
}

export function makeCtx(base: Registry, head: Registry, locale: Locale): Ctx {
  const word = (code: Code) => t(locale, M[code]);
  const entityName = (kind: Kind, id: string): string | undefined => {
    const e = head.entities[kind].get(id) ?? base.entities[kind].get(id);
    return e ? nameOf(e, head, base, locale) : undefined;
  };
  return {
    base,
    head,
    locale,
    word,
    t: (code, params = {}, aspect) => {
      const text = t(locale, M[code], asText(params));
      const detail: ChangeDetail = { code, text: redactIdentityNumbers(text) };
      if (aspect) detail.aspect = aspect;
      return detail;
    },
    name(target, id) {
      if (target === 'board') {
        const board =
          (head.organisation?.data.boards ?? []).find((b) => b?.id === id) ??
          (base.organisation?.data.boards ?? []).find((b) => b?.id === id);
        return board && typeof board.name === 'string' ? board.name : id;
      }
      if (target === 'role') {
        const role = head.organisation?.data.roles?.[id] ?? base.organisation?.data.roles?.[id];
        const n = role?.name !== undefined ? pickText(role.name as RegisterText, locale) : '';
        return n || id;
      }
      return entityName(target, id) ?? id;
    },
  };
}

// A change line quotes values as they are written: a number keeps its digits (no grouping), anything else is
// made text the way a template literal would.
function asText(params: Record<string, unknown>): MessageParams {
  const out: MessageParams = {};
  for (const [k, v] of Object.entries(params)) out[k] = v === undefined || v === null ? v : String(v);
  return out;
}

export function str(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
}

/** The name people know an entry by. */
export function nameOf(entity: Entity, head: Registry, base: Registry, locale: Locale): string {
  const d = entity.data as Record<string, unknown>;
  switch (entity.kind) {
    case 'classification': {
      const assetId = str(d.asset);
      const asset = head.entities.asset.get(assetId) ?? base.entities.asset.get(assetId);
      return str((asset?.data as { name?: unknown } | undefined)?.name) || assetId || entity.id;
    }
    case 'document':
    case 'audit':
    case 'risk':
    case 'plan':
    case 'review':
    case 'incident':
      return str(d.title) || entity.id;
    case 'agreement':
      return str(d.counterparty) || entity.id;
    case 'faq':
      return (Array.isArray(d.questions) ? str(d.questions[0]) : '') || entity.id;
    default: {
      const n = d.name;
      if (typeof n === 'string') return n || entity.id;
      if (n && typeof n === 'object') return pickText(n as RegisterText, locale) || entity.id;
      return entity.id;
    }
  }
}

/** Deep equality of plain data as YAML produces it. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameData(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function isRegisterText(v: unknown): v is Partial<Record<Locale, string>> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length > 0 &&
    Object.keys(v).every((k) => ['sv', 'nb', 'en'].includes(k))
  );
}

export function scalarText(v: unknown, ctx: Ctx): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return ctx.word(v ? 'yes' : 'no');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isRegisterText(v)) return pickText(v, ctx.locale);
  return undefined;
}

export function quote(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

export function listDelta(from: readonly unknown[], to: readonly unknown[]): [unknown[], unknown[]] {
  const a = new Set(from.map(String));
  const b = new Set(to.map(String));
  return [to.filter((x) => !a.has(String(x))), from.filter((x) => !b.has(String(x)))];
}

export function lower(s: string): string {
  return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function restrictedIn(registry: Registry, entity: Entity | undefined): boolean {
  if (!entity) return false;
  try {
    return isRestricted(registry, entity);
  } catch {
    // An invalid entry may not have the shape restriction looks at; err on the side of withholding.
    return !entity.valid;
  }
}

export function changedFields(a: Data, b: Data): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameData(a[k], b[k]));
}

export function dataOf(registry: Registry, c: EntityChange): Data {
  if (c.kind === 'organisation') return (registry.organisation?.data ?? {}) as unknown as Data;
  return (registry.entities[c.kind].get(c.id)?.data ?? {}) as Data;
}
