// The App Home tab: how to ask, and what falls due soon (nothing restricted: the tab is no direct message).

import { classificationsInForce, isRestricted } from '../../lib/derive.js';
import { repositoryLink } from '../../lib/facts/repository.js';
import { organisationToday } from '../../lib/facts/today.js';
import { selector, t } from '../../lib/i18n/index.js';
import type { Entity, Registry } from '../../lib/registry.js';
import { planReminders } from '../../lib/remind/plan.js';
import { type DueItem, homeView } from '../blocks.js';
import { type BotContext, timeZone } from '../context.js';
import type { BotLogger } from '../log.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-11-23 09:41" in the organisation's time zone (the sv-SE format is ISO-like in every locale). */
function localTime(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(
    at,
  );
}

function entityOf(registry: Registry, kind: string, id: string): Entity | undefined {
  return (registry.entities as Record<string, Map<string, Entity>>)[kind]?.get(id);
}

function entityName(registry: Registry, entity: Entity): string {
  if (entity.kind === 'classification') {
    const asset = registry.entities.asset.get((entity as Entity<'classification'>).data.asset);
    if (asset) return asset.data.name;
  }
  const data = entity.data as { name?: unknown; title?: unknown };
  return String(data.name ?? data.title ?? entity.id);
}

/** What falls due soon, from the reminder plan; restricted entries are left out (the tab is no direct message). */
export function dueSoon(registry: Registry, now: Date, days: number, logger?: BotLogger): DueItem[] {
  const org = registry.organisation?.data;
  const today = organisationToday(org, now);
  const horizon = organisationToday(org, new Date(now.getTime() + days * DAY_MS));
  const locale = registry.locale;
  let planned: ReturnType<typeof planReminders> = [];
  try {
    // Reminders go out up to a month or so before their deadline: start the window well before today.
    planned = planReminders(
      registry,
      new Date(now.getTime() - 60 * DAY_MS),
      new Date(now.getTime() + (days + 1) * DAY_MS),
    );
  } catch (error) {
    logger?.warn('home: could not plan what is due:', error);
  }
  const seen = new Set<string>();
  const out: DueItem[] = [];
  const inForce = classificationsInForce(registry);
  for (const r of planned) {
    if (r.restricted || r.deadline < today || r.deadline > horizon) continue;
    // A reminder's `restricted` says whether its message is sensitive; a generic channel line about a restricted
    // entry is not, but its entry still is. The tab names entries, so ask about the entry itself.
    const entity = entityOf(registry, r.entity.kind, r.entity.id);
    if (!entity || isRestricted(registry, entity, inForce)) continue;
    const key = `${r.kind}:${r.entity.kind}/${r.entity.id}:${r.deadline}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const url = repositoryLink(registry, r.entity.file, 1);
    out.push({
      date: r.deadline,
      what: t(locale, 'bot.dueKind', { kind: selector(r.kind) }),
      name: entityName(registry, entity),
      ...(url ? { url } : {}),
    });
  }
  return out
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : 1))
    .slice(0, 15);
}

export function registerHome(ctx: BotContext): void {
  ctx.app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const loaded = ctx.holder.current();
    if (!loaded) return;
    try {
      const { registry } = loaded;
      const view = homeView({
        org: registry.organisation?.data.name ?? 'lisa',
        locale: registry.locale,
        days: ctx.homeDays,
        due: dueSoon(registry, ctx.now(), ctx.homeDays, ctx.logger),
        loadedAt: localTime(loaded.loadedAt, timeZone(registry)),
      });
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      ctx.logger.error('home: publishing failed:', error);
    }
  });
}
