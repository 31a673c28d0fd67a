// "@lisa …" in a channel: an answer in the thread. A channel is never a place for restricted details.
import { t } from '../../lib/i18n/index.js';
import { plainMessage, slackTextToPlain } from '../blocks.js';
import { type BotContext, languageOf, reply } from '../context.js';

export function registerMention(ctx: BotContext): void {
  ctx.app.event('app_mention', async ({ event, client }) => {
    const question = slackTextToPlain(event.text ?? '');
    const thread = event.thread_ts ?? event.ts;
    try {
      const message = await reply(ctx, question, 'mention', event.user, false);
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: thread,
        unfurl_links: false,
        unfurl_media: false,
        ...message,
      });
    } catch (error) {
      ctx.logger.error('mention: answering failed:', error);
      await client.chat
        .postMessage({
          channel: event.channel,
          thread_ts: thread,
          ...plainMessage(t(languageOf(ctx, question), 'bot.failed')),
        })
        .catch(() => {});
    }
  });
}
