// The bot's settings from the environment, and what to say when one is missing: which variable, and where in
// Slack's app settings (api.slack.com/apps → the app) to find its value.
import { format, type Locale, type Localized } from '../lib/locale.js';

export interface BotEnv {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  slackApiUrl?: string;
  githubToken?: string;
  githubApiUrl?: string;
}

const MISSING: Localized = {
  sv: 'Miljövariabeln {name} saknas. {where}',
  nb: 'Miljøvariabelen {name} mangler. {where}',
  en: 'The environment variable {name} is not set. {where}',
};

const BAD: Localized = {
  sv: 'Miljövariabeln {name} har ett ogiltigt värde. {where}',
  nb: 'Miljøvariabelen {name} har en ugyldig verdi. {where}',
  en: 'The environment variable {name} has an invalid value. {where}',
};

const WHERE: Record<string, Localized> = {
  SLACK_BOT_TOKEN: {
    sv: 'Du hittar den i Slacks appinställningar (api.slack.com/apps → appen) under OAuth & Permissions → Bot User OAuth Token; den börjar med xoxb-.',
    nb: 'Du finner den i Slacks appinnstillinger (api.slack.com/apps → appen) under OAuth & Permissions → Bot User OAuth Token; den begynner med xoxb-.',
    en: "Find it in Slack's app settings (api.slack.com/apps → the app) under OAuth & Permissions → Bot User OAuth Token; it starts with xoxb-.",
  },
  SLACK_SIGNING_SECRET: {
    sv: 'Du hittar den i Slacks appinställningar (api.slack.com/apps → appen) under Basic Information → App Credentials → Signing Secret. Kan servern inte ta emot anrop från internet, sätt i stället SLACK_APP_TOKEN för Socket Mode.',
    nb: 'Du finner den i Slacks appinnstillinger (api.slack.com/apps → appen) under Basic Information → App Credentials → Signing Secret. Kan ikke serveren ta imot kall fra internett, sett i stedet SLACK_APP_TOKEN for Socket Mode.',
    en: "Find it in Slack's app settings (api.slack.com/apps → the app) under Basic Information → App Credentials → Signing Secret. If the server cannot take requests from the internet, set SLACK_APP_TOKEN for Socket Mode instead.",
  },
  SLACK_APP_TOKEN: {
    sv: 'Den skapas i Slacks appinställningar (api.slack.com/apps → appen) under Basic Information → App-Level Tokens, med behörigheten connections:write; den börjar med xapp-. Slå också på Socket Mode under Settings → Socket Mode.',
    nb: 'Den lages i Slacks appinnstillinger (api.slack.com/apps → appen) under Basic Information → App-Level Tokens, med tilgangen connections:write; den begynner med xapp-. Slå også på Socket Mode under Settings → Socket Mode.',
    en: "Create it in Slack's app settings (api.slack.com/apps → the app) under Basic Information → App-Level Tokens, with the scope connections:write; it starts with xapp-. Also turn on Socket Mode under Settings → Socket Mode.",
  },
  PORT: {
    sv: 'Ange ett portnummer mellan 1 och 65535, t.ex. PORT=3000.',
    nb: 'Angi et portnummer mellom 1 og 65535, f.eks. PORT=3000.',
    en: 'Give a port number from 1 to 65535, e.g. PORT=3000.',
  },
  SLACK_API_URL: {
    sv: 'Ange en webbadress som börjar med https:// (eller http:// för en lokal server), t.ex. https://slack.com/api/.',
    nb: 'Angi en nettadresse som begynner med https:// (eller http:// for en lokal server), f.eks. https://slack.com/api/.',
    en: 'Give a URL starting with https:// (or http:// for a local server), e.g. https://slack.com/api/.',
  },
};

export class BotEnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

function missing(name: string, locale: Locale): BotEnvError {
  return new BotEnvError(name, format(MISSING[locale], { name, where: WHERE[name]?.[locale] ?? '' }));
}

function bad(name: string, locale: Locale): BotEnvError {
  return new BotEnvError(name, format(BAD[locale], { name, where: WHERE[name]?.[locale] ?? '' }));
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
