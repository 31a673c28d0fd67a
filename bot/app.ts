// The Slack app, composed: `/lisa`, mentions, direct messages, the App Home tab and the buttons under answers
// (bot/listeners/, one listener per file), all answered by lib/answer. Restricted details go only to a direct
// message with the bot from someone lisa.yaml allows; everywhere else the asker learns that something exists and
// who to ask.
import { App, type CustomRoute, HTTPReceiver } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { restrictedAccess } from '../lib/answer/people.js';
import { AccessChecker } from './access.js';
import type { BotContext } from './context.js';
import { registerChoose } from './listeners/choose.js';
import { registerConsent } from './listeners/consent.js';
import { registerDirectMessage } from './listeners/dm.js';
import { registerHome } from './listeners/home.js';
import { registerMention } from './listeners/mention.js';
import { registerSlash } from './listeners/slash.js';
import type { BotLogger } from './log.js';
import { dedupeEvents, guardTimestamps } from './replay.js';
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

const EVENTS_PATH = '/slack/events';

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
        endpoints: EVENTS_PATH,
        logger,
        customRoutes: [health],
      });
  if (receiver) guardTimestamps(receiver, [EVENTS_PATH], logger);
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

  // Before every listener: a retried event is answered once.
  dedupeEvents(app, logger);

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

  const ctx: BotContext = {
    app,
    holder,
    logger,
    access,
    now,
    homeDays: deps.homeDays ?? 30,
  };
  // One listener per file: bot/listeners/.
  registerSlash(ctx);
  registerMention(ctx);
  registerDirectMessage(ctx);
  registerHome(ctx);
  registerChoose(ctx);
  registerConsent(ctx);

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
