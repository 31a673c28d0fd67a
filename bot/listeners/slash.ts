// `/lisa …`: an ephemeral answer to the asker, through the command's response URL.
import { t } from '../../lib/i18n/index.js';
import { plainMessage, slackTextToPlain } from '../blocks.js';
import { type BotContext, languageOf, reply } from '../context.js';

export function registerSlash(ctx: BotContext): void {
  ctx.app.command('/lisa', async ({ command, ack, respond }) => {
    // Slack waits three seconds for this; everything else comes after.
    await ack();
    const question = slackTextToPlain(command.text ?? '');
    try {
      const dm = await ctx.access.isBotDm(command.user_id, command.channel_id);
      const message = await reply(ctx, question, 'slash', command.user_id, dm);
      await respond({ response_type: 'ephemeral', replace_original: false, ...message });
    } catch (error) {
      ctx.logger.error('slash: answering failed:', error);
      await respond({
        response_type: 'ephemeral',
        ...plainMessage(t(languageOf(ctx, question), 'bot.failed')),
      }).catch(() => {});
    }
  });
}
