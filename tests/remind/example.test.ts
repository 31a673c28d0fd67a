import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classificationsInForce, isRestricted } from '../../lib/derive.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { buildRegistry, type Entity, type Registry, registryLocale } from '../../lib/registry.js';
import { planReminders } from '../../lib/remind/plan.js';
import { wall } from './sim.js';

// The example municipality in registry/: a year of its reminders, planned as the bot and the workflow would.

async function example(): Promise<Registry> {
  const sources = await readRegistryFiles('registry');
  return buildRegistry('registry', sources, registryLocale(sources));
}

function names(registry: Registry, entity: Entity): string[] {
  const d = entity.data as {
    name?: string;
    title?: string;
    asset?: string;
    recommendations?: { plannedActions?: { text: string }[] }[];
  };
  const out = [d.name, d.title].filter((x): x is string => Boolean(x));
  if (entity.kind === 'classification' && d.asset) {
    const asset = registry.entities.asset.get(d.asset);
    if (asset) out.push(asset.data.name);
  }
  for (const r of d.recommendations ?? []) for (const a of r.plannedActions ?? []) out.push(a.text);
  return out;
}

describe('the example registry', () => {
  it('plans a year of reminders at 08:00 on working days, linking to files that exist, with nothing restricted in the channel', async () => {
    const registry = await example();
    const from = new Date('2026-11-23T00:00:00+01:00');
    const until = new Date('2027-11-23T00:00:00+01:00');
    const plan = planReminders(registry, from, until);
    expect(plan.length).toBeGreaterThan(30);
    expect(new Set(plan.map((r) => r.key)).size).toBe(plan.length);
    for (const kind of [
      'kpi-review',
      'cycle',
      // The example's audit actions are in the plan (lisa migrate): reminded as the plan's digests.
      'plan-action',
      'risk-review',
      'management-review',
      'document-review',
      'classification-review',
      'audit-answer',
    ]) {
      expect(
        plan.some((r) => r.kind === kind),
        kind,
      ).toBe(true);
    }
    for (const r of plan) {
      const w = wall(r.sendAt, 'Europe/Stockholm');
      expect(w.time).toBe('08:00');
      expect(['Sat', 'Sun']).not.toContain(w.weekday);
    }
    // Every "edit" link names a file of the registry.
    const prefix = 'https://github.com/sjobacka-kommun/lis/edit/main/';
    const linked = new Set(
      plan.flatMap((r) => [...r.text.matchAll(/<(https:\/\/[^|>]+)\|/g)].map((m) => m[1] as string)),
    );
    for (const url of [...linked].filter((u) => u.startsWith(prefix))) {
      expect(existsSync(decodeURIComponent(url.slice(prefix.length))), url).toBe(true);
    }
    // Restricted entries: their names never reach the channel.
    const inForce = classificationsInForce(registry);
    const secret: string[] = [];
    for (const map of Object.values(registry.entities)) {
      for (const e of map.values())
        if (isRestricted(registry, e as Entity, inForce)) secret.push(...names(registry, e as Entity));
    }
    expect(secret.length).toBeGreaterThan(0);
    for (const r of plan.filter((x) => x.via === 'channel')) {
      for (const s of secret) expect(r.text, r.key).not.toContain(s);
    }
    expect(plan.some((r) => r.via === 'dm' && r.restricted)).toBe(true);
  });
});
