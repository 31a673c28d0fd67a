// A direct message to the bot: the one place an allowed user gets restricted details.
import { t } from '../../lib/i18n/index.js';
import { plainMessage, slackTextToPlain } from '../blocks.js';
import { type BotContext, languageOf, reply } from '../context.js';

export function registerDirectMessage(ctx: BotContext): void {
  ctx.app.event('message', async ({ event, client }) => {
    // Only what a person writes in their direct-message conversation with the bot.
    if (event.channel_type !== 'im') return;
    if ('subtype' in event && event.subtype !== undefined) return;
    if ('bot_id' in event && event.bot_id) return;
    const e = event as { text?: string; user?: string; channel: string; thread_ts?: string };
    const question = slackTextToPlain(e.text ?? '');
    try {
      const message = await reply(ctx, question, 'dm', e.user, true);
      await client.chat.postMessage({
        channel: e.channel,
        ...(e.thread_ts ? { thread_ts: e.thread_ts } : {}),
        unfurl_links: false,
        unfurl_media: false,
        ...message,
      });
    } catch (error) {
      ctx.logger.error('dm: answering failed:', error);
      await client.chat
        .postMessage({ channel: e.channel, ...plainMessage(t(languageOf(ctx, question), 'bot.failed')) })
        .catch(() => {});
    }
  });
}
