// The bot's settings from the environment, and what to say when one is missing: which variable, and where in
// Slack's app settings (api.slack.com/apps → the app) to find its value.
import { type MessageKey, t } from '../lib/i18n/index.js';
import type { Locale } from '../lib/locale.js';

export interface BotEnv {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  slackApiUrl?: string;
  githubToken?: string;
  githubApiUrl?: string;
}

const MISSING: MessageKey = 'bot.env.missing';

const BAD: MessageKey = 'bot.env.bad';

export class BotEnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

function missing(name: string, locale: Locale): BotEnvError {
  return new BotEnvError(name, t(locale, MISSING, { name, where: t(locale, 'bot.env.where', { name }) }));
}

function bad(name: string, locale: Locale): BotEnvError {
  return new BotEnvError(name, t(locale, BAD, { name, where: t(locale, 'bot.env.where', { name }) }));
}

/** Reads and checks the bot's environment; throws a `BotEnvError` told in the user's language. */
export function readBotEnv(env: Record<string, string | undefined>, locale: Locale): BotEnv {
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const botToken = get('SLACK_BOT_TOKEN');
  if (!botToken) throw missing('SLACK_BOT_TOKEN', locale);
  if (!/^xox[a-z]-/.test(botToken)) throw bad('SLACK_BOT_TOKEN', locale);
  const appToken = get('SLACK_APP_TOKEN');
  if (appToken && !/^xapp-/.test(appToken)) throw bad('SLACK_APP_TOKEN', locale);
  const signingSecret = get('SLACK_SIGNING_SECRET');
  if (!appToken && !signingSecret) throw missing('SLACK_SIGNING_SECRET', locale);
  const portText = get('PORT') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) throw bad('PORT', locale);
  const slackApiUrl = get('SLACK_API_URL');
  if (slackApiUrl && !/^https?:\/\//i.test(slackApiUrl)) throw bad('SLACK_API_URL', locale);
  const githubToken = get('GITHUB_TOKEN');
  const githubApiUrl = get('GITHUB_API_URL');
  return {
    botToken,
    ...(signingSecret ? { signingSecret } : {}),
    ...(appToken ? { appToken } : {}),
    port,
    ...(slackApiUrl ? { slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` } : {}),
    ...(githubToken ? { githubToken } : {}),
    ...(githubApiUrl ? { githubApiUrl } : {}),
  };
}
