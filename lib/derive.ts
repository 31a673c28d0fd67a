import { organisationTimeZone } from './facts/today.js';
import type { Classification, Incident, PlanAction, RiskAnalysis } from './kinds.js';
import { memoOnMaps } from './memo.js';
import type { Entity, Registry } from './registry.js';
import { localInstant } from './remind/local-time.js';

// Facts that follow from the registers, computed once and shared by rules, documents, answers and reminders.

// Derived facts are asked for by several rules in one run: each is computed once for the entity maps it reads
// (lib/memo.ts), so a patched registry shares those of the kinds its change did not touch.
/** The classification in force for each asset: its most recent by date (ties: the later file). */
export const classificationsInForce = memoOnMaps(
  (registry: Registry) => [registry.entities.classification],
  (registry: Registry): Map<string, Entity<'classification'>> => {
    const out = new Map<string, Entity<'classification'>>();
    for (const c of registry.entities.classification.values()) {
      if (!c.valid) continue;
      const current = out.get(c.data.asset);
      if (!current || c.data.date >= current.data.date) out.set(c.data.asset, c);
    }
    return out;
  },
);

/** The assets each system handles, from the assets' `systems` lists. */
export const assetsBySystem = memoOnMaps(
  (registry: Registry) => [registry.entities.asset],
  (registry: Registry): Map<string, Entity<'asset'>[]> => {
    const out = new Map<string, Entity<'asset'>[]>();
    for (const a of registry.entities.asset.values()) {
      if (!a.valid) continue;
      for (const s of a.data.systems ?? []) {
        let list = out.get(s);
        if (!list) {
          list = [];
          out.set(s, list);
        }
        list.push(a);
      }
    }
    return out;
  },
);

export interface Requirement {
  level: number;
  asset: Entity<'asset'>;
  classification: Entity<'classification'>;
}

/** For every system, per aspect, the highest level among the information it handles, and which asset sets it. */
export const requiredProtectionBySystem = memoOnMaps(
  (registry: Registry) => [registry.entities.asset, registry.entities.classification],
  (registry: Registry): Map<string, Map<string, Requirement>> => {
    const out = new Map<string, Map<string, Requirement>>();
    const inForce = classificationsInForce(registry);
    for (const asset of registry.entities.asset.values()) {
      if (!asset.valid || !asset.data.systems) continue;
      const classification = inForce.get(asset.id);
      if (!classification) continue;
      const levels = classification.data.levels;
      for (const systemId of asset.data.systems) {
        let required = out.get(systemId);
        if (!required) {
          required = new Map();
          out.set(systemId, required);
        }
        for (const aspect in levels) {
          const level = levels[aspect]?.level;
          if (level === undefined) continue;
          const current = required.get(aspect);
          if (!current || level > current.level) required.set(aspect, { level, asset, classification });
        }
      }
    }
    return out;
  },
);

/** Per aspect, the highest level among the information a system handles, and which asset sets it. */
export function requiredProtection(
  systemId: string,
  assets: Map<string, Entity<'asset'>[]>,
  inForce: Map<string, Entity<'classification'>>,
): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  for (const asset of assets.get(systemId) ?? []) {
    const c = inForce.get(asset.id);
    if (!c) continue;
    for (const [aspect, v] of Object.entries(c.data.levels as Classification['levels'])) {
      if (!v) continue;
      const current = out.get(aspect);
      if (!current || v.level > current.level) out.set(aspect, { level: v.level, asset, classification: c });
    }
  }
  return out;
}

/** Adds months to a YYYY-MM-DD date, clamping to the month's last day (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When a classification is next due for review: its own date for that, or its date plus the interval. */
export function classificationReviewDue(c: Classification, intervalMonths: number): string {
  return c.nextReview ?? addMonths(c.date, intervalMonths);
}

// The EEA list lives with the adequacy decisions, in one place; re-exported for the callers that import it here.
export { EEA } from './transfers.js';

/** Whether an entry's details are for authorised eyes only: marked, about protected identities, or top-secret-ish. */
export function isRestricted(
  registry: Registry,
  entity: Entity,
  inForce = classificationsInForce(registry),
): boolean {
  const data = entity.data as { restricted?: boolean; protectedIdentities?: boolean };
  // Protected identities can endanger lives: no flag lifts that restriction.
  if (data.restricted === true || data.protectedIdentities === true) return true;
  if (data.restricted === false) return false;
  const { confidentialityAspect, restrictedFrom } = registry.model;
  const confidentialAt = (assetId: string) =>
    (inForce.get(assetId)?.data.levels[confidentialityAspect]?.level ?? -1) >= restrictedFrom;
  switch (entity.kind) {
    // An incident's account of what went wrong is for those who handle it, unless it is marked otherwise.
    case 'incident':
      return true;
    case 'asset':
      return confidentialAt(entity.id);
    case 'classification': {
      const assetId = (entity.data as Classification).asset;
      const asset = registry.entities.asset.get(assetId);
      return confidentialAt(assetId) || Boolean(asset && isRestricted(registry, asset, inForce));
    }
    case 'risk': {
      // A risk about a restricted entry tells as much as the entry: it is restricted with it.
      const { object } = entity.data as RiskAnalysis;
      const about = object?.system
        ? registry.entities.system.get(object.system)
        : object?.asset
          ? registry.entities.asset.get(object.asset)
          : undefined;
      return Boolean(about && isRestricted(registry, about, inForce));
    }
    case 'plan': {
      // An action tells what it answers: one from a restricted risk, system or incident is restricted with it.
      const source = (entity.data as PlanAction).source;
      const from =
        source?.kind === 'risk'
          ? registry.entities.risk.get(source.ref)
          : source?.kind === 'classification'
            ? registry.entities.system.get(source.ref)
            : source?.kind === 'incident'
              ? registry.entities.incident.get(source.ref)
              : undefined;
      return Boolean(from && isRestricted(registry, from, inForce));
    }
    default:
      return false;
  }
}

/** The registry's time zone (see facts/today.ts), in which date-times without an offset are read. */
export function registryTimeZone(registry: Registry): string {
  return organisationTimeZone(registry.organisation?.data);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

/** The instant of a register date-time (schema-checked): with an offset as written, else in the registry's zone. */
export function instantOf(value: string, timeZone: string): Date {
  const [, day = '', time = '', seconds = ':00', offset] = DATE_TIME.exec(value) ?? [];
  if (offset) return new Date(`${day}T${time}${seconds}${offset}`);
  return new Date(localInstant(day, time, timeZone).getTime() + Number(seconds.slice(1)) * 1000);
}

/** The 72 hours of GDPR Art. 33 from the discovery of a personal-data breach, in milliseconds. */
export const NOTIFICATION_WINDOW_MS = 72 * 3600 * 1000;

/** When a personal-data breach must be notified at the latest: 72 hours after it was discovered. */
export function notificationDeadline(incident: Incident, timeZone: string): Date {
  return new Date(instantOf(incident.discovered, timeZone).getTime() + NOTIFICATION_WINDOW_MS);
}
