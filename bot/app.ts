// The Slack app: `/lisa`, mentions, direct messages and the App Home tab, all answered by lib/answer. Restricted
// details go only to a direct message with the bot from someone lisa.yaml allows; everywhere else the asker
// learns that something exists and who to ask.

import { App, type CustomRoute, HTTPReceiver } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type Answer, answer } from '../lib/answer/answer.js';
import { detectLanguage } from '../lib/answer/language.js';
import { repositoryLink, restrictedAccess } from '../lib/answer/people.js';
import { timeZoneOf } from '../lib/country.js';
import { classificationsInForce, isRestricted } from '../lib/derive.js';
import type { Locale } from '../lib/locale.js';
import type { Entity, Registry } from '../lib/registry.js';
import { planReminders } from '../lib/remind/plan.js';
import { todayIn } from '../lib/validate.js';
import { AccessChecker } from './access.js';
import {
  answerMessage,
  type DueItem,
  homeView,
  plainMessage,
  type SlackMessage,
  slackTextToPlain,
} from './blocks.js';
import type { BotLogger } from './log.js';
import { B, DUE_KIND } from './messages.js';
import type { RegistryHolder } from './source.js';

export interface BotConfig {
  botToken: string;
  /** HTTP mode: verifies every request's signature. */
  signingSecret?: string;
  /** Socket Mode, when set (organisations that cannot take inbound HTTP). */
  appToken?: string;
  /** HTTP port; 0 picks a free one. */
  port?: number;
  /** Overrides the Web API base URL (tests, gateways). */
  slackApiUrl?: string;
}

export interface BotDeps {
  holder: RegistryHolder;
  logger: BotLogger;
  now?: () => Date;
  /** How long user-group members are cached. */
  accessTtlMs?: number;
  /** How far ahead the App Home looks. */
  homeDays?: number;
}

export interface LisaBot {
  app: App;
  client: WebClient;
  access: AccessChecker;
  /** Starts listening; in HTTP mode resolves with the port. */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

type Via = 'slash' | 'mention' | 'dm';

const DAY_MS = 24 * 60 * 60 * 1000;

function timeZone(registry: Registry): string {
  const tz = timeZoneOf(registry.organisation?.data);
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return 'Europe/Stockholm';
  }
}

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
  const today = todayIn(timeZone(registry), now);
  const horizon = todayIn(timeZone(registry), new Date(now.getTime() + days * DAY_MS));
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
      what: DUE_KIND[r.kind]?.[locale] ?? r.kind,
      name: entityName(registry, entity),
      ...(url ? { url } : {}),
    });
  }
  return out
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : 1))
    .slice(0, 15);
}

export function createBot(config: BotConfig, deps: BotDeps): LisaBot {
  const { holder, logger } = deps;
  const now = deps.now ?? (() => new Date());
  // Someone is waiting for each answer: retry a failed Slack call briefly, not for half an hour (the client's
  // default). Reminders, which share the client, retry on their next run anyway.
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 },
    timeout: 10_000,
  };
  const health: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      res.writeHead(holder.current() ? 200 : 503, { 'content-type': 'text/plain' });
      res.end(holder.current() ? 'ok' : 'loading');
    },
  };
  const receiver = config.appToken
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.signingSecret ?? '',
        endpoints: '/slack/events',
        logger,
        customRoutes: [health],
      });
  const app = config.appToken
    ? new App({
        token: config.botToken,
        appToken: config.appToken,
        socketMode: true,
        logger,
        clientOptions,
        installerOptions: { clientOptions },
      })
    : new App({ token: config.botToken, receiver: receiver as HTTPReceiver, logger, clientOptions });

  const access = new AccessChecker(
    app.client,
    () => {
      const loaded = holder.current();
      return loaded ? restrictedAccess(loaded.registry) : { users: new Set<string>(), userGroups: [] };
    },
    logger,
    deps.accessTtlMs,
  );
  // lisa.yaml may have changed who is allowed: forget cached user-group members.
  holder.onReload(() => access.clear());

  function languageOf(question: string): Locale {
    return detectLanguage(question, holder.current()?.registry.locale ?? 'sv');
  }

  /** The answer to a question asked from `via`, as a message fit for where it will be shown. */
  async function reply(
    question: string,
    via: Via,
    user: string | undefined,
    dm: boolean,
  ): Promise<SlackMessage> {
    const loaded = holder.current();
    if (!loaded) return plainMessage(B.notReady[languageOf(question)]);
    const authorised = dm && (await access.allowed(user));
    const started = performance.now();
    const today = todayIn(timeZone(loaded.registry), now());
    const a: Answer = answer(loaded.index, question, { authorised, today });
    // Belt and braces: the answerer gives restricted details only when told the asker may see them.
    if (a.restricted && !(dm && authorised)) {
      logger.error(`answer: restricted details for an unauthorised audience were stopped (via=${via})`);
      return plainMessage(B.failed[a.locale]);
    }
    logger.info(
      `answer via=${via} dm=${dm} authorised=${authorised} intent=${a.intent} answered=${a.answered} withheld=${a.withheld} restricted=${a.restricted} ms=${(performance.now() - started).toFixed(1)}`,
    );
    return answerMessage(a);
  }

  app.command('/lisa', async ({ command, ack, respond }) => {
    // Slack waits three seconds for this; everything else comes after.
    await ack();
    const question = slackTextToPlain(command.text ?? '');
    try {
      const dm = await access.isBotDm(command.user_id, command.channel_id);
      const message = await reply(question, 'slash', command.user_id, dm);
      await respond({ response_type: 'ephemeral', replace_original: false, ...message });
    } catch (error) {
      logger.error('slash: answering failed:', error);
      await respond({ response_type: 'ephemeral', ...plainMessage(B.failed[languageOf(question)]) }).catch(
        () => {},
      );
    }
  });

  app.event('app_mention', async ({ event, client }) => {
    const question = slackTextToPlain(event.text ?? '');
    const thread = event.thread_ts ?? event.ts;
    try {
      // A mention is always in a conversation others can read: never restricted details.
      const message = await reply(question, 'mention', event.user, false);
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: thread,
        unfurl_links: false,
        unfurl_media: false,
        ...message,
      });
    } catch (error) {
      logger.error('mention: answering failed:', error);
      await client.chat
        .postMessage({
          channel: event.channel,
          thread_ts: thread,
          ...plainMessage(B.failed[languageOf(question)]),
        })
        .catch(() => {});
    }
  });

  app.event('message', async ({ event, client }) => {
    // Only what a person writes in their direct-message conversation with the bot.
    if (event.channel_type !== 'im') return;
    if ('subtype' in event && event.subtype !== undefined) return;
    if ('bot_id' in event && event.bot_id) return;
    const e = event as { text?: string; user?: string; channel: string; thread_ts?: string };
    const question = slackTextToPlain(e.text ?? '');
    try {
      const message = await reply(question, 'dm', e.user, true);
      await client.chat.postMessage({
        channel: e.channel,
        ...(e.thread_ts ? { thread_ts: e.thread_ts } : {}),
        unfurl_links: false,
        unfurl_media: false,
        ...message,
      });
    } catch (error) {
      logger.error('dm: answering failed:', error);
      await client.chat
        .postMessage({ channel: e.channel, ...plainMessage(B.failed[languageOf(question)]) })
        .catch(() => {});
    }
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const loaded = holder.current();
    if (!loaded) return;
    const days = deps.homeDays ?? 30;
    try {
      const { registry } = loaded;
      const view = homeView({
        org: registry.organisation?.data.name ?? 'lisa',
        locale: registry.locale,
        days,
        due: dueSoon(registry, now(), days, logger),
        loadedAt: localTime(loaded.loadedAt, timeZone(registry)),
      });
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      logger.error('home: publishing failed:', error);
    }
  });

  app.error(async (error) => {
    logger.error('bolt:', error);
  });

  return {
    app,
    client: app.client,
    access,
    async start() {
      if (config.appToken) {
        await app.start();
        return {};
      }
      const server = (await app.start(config.port ?? 3000)) as { address(): unknown };
      const address = server.address();
      return {
        port:
          typeof address === 'object' && address && 'port' in address
            ? Number((address as { port: number }).port)
            : config.port,
      };
    },
    async stop() {
      await app.stop();
    },
  };
}
