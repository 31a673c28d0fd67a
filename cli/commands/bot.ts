// `lisa bot [--registry DIR | --github owner/repo[@ref][:path]]`: the Slack bot, with reminders, until stopped.

import { createBot } from '../../bot/app.js';
import { BotEnvError, readBotEnv } from '../../bot/env.js';
import { BotLogger } from '../../bot/log.js';
import {
  GitHubSource,
  githubClient,
  LocalSource,
  parseGitHubLocation,
  RegistryHolder,
  type RegistrySource,
} from '../../bot/source.js';
import { formatText } from '../../lib/format/text.js';
import { t } from '../../lib/i18n/index.js';
import { LOCALES, type Locale } from '../../lib/locale.js';
import { oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError } from '../io.js';

export async function botCommand(args: string[], io: Io): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await runBot(args, io, controller.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

export interface RunHooks {
  /** Called once the bot listens (tests use the port). */
  onStarted?(info: { port?: number }): void;
}

/** Runs the bot until `signal` aborts. */
export async function runBot(
  args: string[],
  io: Io,
  signal: AbortSignal,
  hooks: RunHooks = {},
): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      registry: { type: 'string' },
      github: { type: 'string' },
      port: { type: 'string' },
      lang: { type: 'string' },
      poll: { type: 'string' },
      'no-reminders': { type: 'boolean' },
    },
    early,
  );
  const locale = oneOf('lang', values.lang, LOCALES, early) ?? early;
  if (values.registry && values.github) throw new UsageError(t(locale, 'cli.bot.both'));
  const number = (option: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(t(locale, 'cli.bot.badNumber', { option, value }));
    return Number(value);
  };
  const portOption = number('port', values.port);
  const pollSeconds = number('poll', values.poll) ?? 60;
  const dir = values.registry ?? positionals[0] ?? 'registry';

  let env: ReturnType<typeof readBotEnv>;
  try {
    env = readBotEnv(io.env, locale);
  } catch (error) {
    if (error instanceof BotEnvError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const logger = new BotLogger(io.stderr);
  const source = openSource(values.github, dir, env, logger, pollSeconds * 1000, io, locale);
  const holder = new RegistryHolder(source.root, logger);
  const failed = await firstLoad(source, holder, Boolean(values.github), io, locale);
  if (failed !== undefined) return failed;

  const bot = createBot(
    {
      botToken: env.botToken,
      ...(env.signingSecret ? { signingSecret: env.signingSecret } : {}),
      ...(env.appToken ? { appToken: env.appToken } : {}),
      port: portOption ?? env.port,
      ...(env.slackApiUrl ? { slackApiUrl: env.slackApiUrl } : {}),
    },
    { holder, logger },
  );
  source.watch((change) => void holder.reload(change));

  const reminders = values['no-reminders'] ? undefined : await withReminders(bot, holder, logger);

  let started: { port?: number };
  try {
    started = await bot.start();
  } catch (error) {
    reminders?.stop();
    source.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      io.stderr.write(`${t(locale, 'cli.bot.portInUse', { port: portOption ?? env.port })}\n`);
      return 2;
    }
    throw error;
  }
  const where = source instanceof GitHubSource ? `${values.github}` : dir;
  io.stderr.write(
    `${env.appToken ? t(locale, 'cli.bot.socket', { source: where }) : t(locale, 'cli.bot.listening', { port: started.port, source: where })}\n`,
  );
  hooks.onStarted?.(started);

  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  reminders?.stop();
  source.close();
  await bot.stop();
  io.stderr.write(`${t(locale, 'cli.bot.stopped')}\n`);
  return 0;
}

/** Where the registry is read from: a GitHub repository (--github, polled) or a local folder. */
function openSource(
  github: string | undefined,
  dir: string,
  env: ReturnType<typeof readBotEnv>,
  logger: BotLogger,
  pollMs: number,
  io: Io,
  locale: Locale,
): RegistrySource {
  if (github) {
    const location = parseGitHubLocation(github);
    if (!location) throw new UsageError(t(locale, 'cli.bot.badGithub', { value: github }));
    return new GitHubSource(location, githubClient(env.githubToken, env.githubApiUrl), logger, pollMs);
  }
  return new LocalSource(dir, io.cwd, logger);
}

/** Reads and validates the registry once before the bot starts: an exit code if it cannot serve, else undefined. */
async function firstLoad(
  source: RegistrySource,
  holder: RegistryHolder,
  fromGitHub: boolean,
  io: Io,
  locale: Locale,
): Promise<number | undefined> {
  let files: Awaited<ReturnType<RegistrySource['readAll']>>;
  try {
    files = await source.readAll();
  } catch (error) {
    if (!fromGitHub) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${t(locale, 'cli.bot.githubFailed', { detail })}\n`);
    return 1;
  }
  const initial = holder.apply({ all: files });
  if (initial.errors > 0) {
    const errors = initial.findings.filter((f) => f.severity === 'error');
    io.stderr.write(
      formatText(errors, {
        locale: initial.registry.locale,
        color: false,
        files: initial.registry.files.length,
      }),
    );
    io.stderr.write(`${t(locale, 'cli.bot.brokenRegistry', { count: initial.errors })}\n`);
    return 1;
  }
  return undefined;
}

/** The reminders the bot sends while it runs, refreshed on every reload of the registry. */
async function withReminders(
  bot: ReturnType<typeof createBot>,
  holder: RegistryHolder,
  logger: BotLogger,
): Promise<{ stop(): void; refresh(): void }> {
  const { startReminders } = await import('../../bot/reminders.js');
  const reminders = startReminders({
    client: bot.client,
    registry: () => {
      const loaded = holder.current();
      if (!loaded) throw new Error('no registry loaded');
      return loaded.registry;
    },
    logger: { info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) },
  });
  holder.onReload(() => reminders.refresh());
  return reminders;
}
