// What every listener shares: the registry, who may see restricted entries, the clock, the log, and the one
// function that turns a question into a message.

import type { App } from '@slack/bolt';
import { type Answer, answer } from '../lib/answer/answer.js';
import { detectLanguage } from '../lib/answer/language.js';
import { questionRoles } from '../lib/answer/people.js';
import { organisationTimeZone, organisationToday } from '../lib/facts/today.js';
import { t } from '../lib/i18n/index.js';
import type { Locale } from '../lib/locale.js';
import type { Registry } from '../lib/registry.js';
import { roleName } from '../lib/roles.js';
import type { AccessChecker } from './access.js';
import { answerMessage, plainMessage, type SlackMessage } from './blocks.js';
import type { BotLogger } from './log.js';
import type { RegistryHolder } from './source.js';

export type Via = 'slash' | 'mention' | 'dm' | 'choice';

export interface BotContext {
  app: App;
  holder: RegistryHolder;
  logger: BotLogger;
  access: AccessChecker;
  now: () => Date;
  homeDays: number;
}

export function timeZone(registry: Registry): string {
  return organisationTimeZone(registry.organisation?.data);
}

export function languageOf(ctx: BotContext, question: string): Locale {
  return detectLanguage(question, ctx.holder.current()?.registry.locale ?? 'sv');
}

/** Where a question the registers could not answer goes, with the asker's consent: a channel, or people. */
export interface ConsentTarget {
  /** The role's name, for the button. */
  role: string;
  channel?: string;
  users: string[];
}

/** lisa.yaml's security channel, else direct messages to the people of the role that takes questions. */
export function consentTarget(registry: Registry, locale: Locale): ConsentTarget | undefined {
  const org = registry.organisation?.valid ? registry.organisation.data : undefined;
  const roles = questionRoles(registry);
  const role = roles.map((r) => roleName(registry, r, locale)).join(', ');
  const channel = org?.slack?.securityChannel?.trim();
  const users = roles
    .flatMap((r) => org?.roles?.[r]?.people ?? [])
    .map((p) => p.slack)
    .filter((u): u is string => typeof u === 'string' && /^[UW][A-Z0-9]+$/.test(u));
  if (!channel && users.length === 0) return undefined;
  return { role: role || t(locale, 'bot.securityUnit'), ...(channel ? { channel } : {}), users };
}

/**
 * The answer to a question asked from `via`, as a message fit for where it will be shown. Restricted details
 * only in a direct message from someone lisa.yaml allows. The question's text is never logged.
 */
export async function reply(
  ctx: BotContext,
  question: string,
  via: Via,
  user: string | undefined,
  dm: boolean,
  choose?: string,
): Promise<SlackMessage> {
  const loaded = ctx.holder.current();
  if (!loaded) return plainMessage(t(languageOf(ctx, question), 'bot.notReady'));
  const authorised = dm && (await ctx.access.allowed(user));
  const started = performance.now();
  const today = organisationToday(loaded.registry.organisation?.data, ctx.now());
  const a: Answer = answer(loaded.index, question, { authorised, today, ...(choose ? { choose } : {}) });
  // Belt and braces: the answerer gives restricted details only when told the asker may see them.
  if (a.restricted && !(dm && authorised)) {
    ctx.logger.error(`answer: restricted details for an unauthorised audience were stopped (via=${via})`);
    return plainMessage(t(a.locale, 'bot.failed'));
  }
  ctx.logger.info(
    `answer via=${via} dm=${dm} authorised=${authorised} intent=${a.intent} answered=${a.answered} withheld=${a.withheld} restricted=${a.restricted} choices=${a.choices.length} ms=${(performance.now() - started).toFixed(1)}`,
  );
  const declined = !a.answered && !a.withheld && a.choices.length === 0 && a.intent !== 'help';
  const target = declined ? consentTarget(loaded.registry, a.locale) : undefined;
  return answerMessage(a, {
    question,
    ...(target ? { consentTo: target.role } : {}),
    ...(user ? { asker: user } : {}),
  });
}
