// The real Bolt app on a free port, its Web API calls going to the local Slack server, its registry from the
// answerer's test municipality (or a folder), and its log kept for inspection.
import { createBot, type LisaBot } from '../../bot/app.js';
import { BotLogger } from '../../bot/log.js';
import { RegistryHolder, type RegistrySource } from '../../bot/source.js';
import type { SourceFile } from '../../lib/registry.js';
import { fixtureSources } from '../answer/fixture.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { SECRET } from './slack-http.js';

export const BOT_TOKEN = 'xoxb-1234-5678-secrettokenvalue';

export interface Harness {
  slack: FakeSlack;
  bot: LisaBot;
  holder: RegistryHolder;
  url: string;
  log: string[];
  source?: RegistrySource;
  close(): Promise<void>;
}

export async function startHarness(
  options: { files?: SourceFile[]; source?: RegistrySource; now?: Date } = {},
): Promise<Harness> {
  const slack = await startFakeSlack();
  const log: string[] = [];
  const logger = new BotLogger({ write: (line: string) => log.push(line) });
  const holder = new RegistryHolder(options.source?.root ?? 'registry', logger, { today: '2026-11-23' });
  if (options.source) {
    holder.apply({ all: await options.source.readAll() });
    options.source.watch((change) => void holder.reload(change));
  } else {
    holder.apply({ all: options.files ?? fixtureSources() });
  }
  const now = options.now ?? new Date('2026-11-23T09:00:00Z');
  const bot = createBot(
    { botToken: BOT_TOKEN, signingSecret: SECRET, port: 0, slackApiUrl: slack.apiUrl },
    { holder, logger, now: () => now },
  );
  const { port } = await bot.start();
  return {
    slack,
    bot,
    holder,
    url: `http://127.0.0.1:${port}/slack/events`,
    log,
    ...(options.source ? { source: options.source } : {}),
    async close() {
      options.source?.close();
      await bot.stop();
      await slack.close();
    },
  };
}

/** Everything the bot sent to Slack, as one string: posts, ephemeral responses, views. */
export function everythingSent(slack: FakeSlack): string {
  return JSON.stringify(slack.calls.filter((c) => c.method !== 'auth.test').map((c) => c.body));
}
