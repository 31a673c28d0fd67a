// A click on one of the entries offered when several fitted: the same question, answered for that entry, in
// place of the message with the buttons. Who may see what is decided again for this click.
import { t } from '../../lib/i18n/index.js';
import { parseChoice, plainMessage } from '../blocks.js';
import { type BotContext, reply } from '../context.js';

export const CHOOSE_ACTION = /^lisa_choose_\d+$/;

export function registerChoose(ctx: BotContext): void {
  ctx.app.action(CHOOSE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const value = action.type === 'button' ? action.value : undefined;
    const choice = parseChoice(value);
    if (!choice) return;
    const user = body.user.id;
    const channel = 'channel' in body ? body.channel?.id : undefined;
    try {
      const dm = await ctx.access.isBotDm(user, channel);
      const message = await reply(ctx, choice.question, 'choice', user, dm, choice.key);
      await respond({ replace_original: true, ...message });
    } catch (error) {
      ctx.logger.error('choice: answering failed:', error);
      await respond({ replace_original: false, ...plainMessage(t(choice.lang, 'bot.failed')) }).catch(
        () => {},
      );
    }
  });
}
