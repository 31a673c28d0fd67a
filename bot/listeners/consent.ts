// "Send my question to …": only on this click does a question the registers could not answer leave the
// conversation, to the security channel or as a direct message to the role that takes questions. Nothing is
// stored, and the question's text is not logged.
import { t } from '../../lib/i18n/index.js';
import { consentText, parseConsent, plainMessage } from '../blocks.js';
import { type BotContext, consentTarget } from '../context.js';

export const CONSENT_ACTION = 'lisa_consent';

export function registerConsent(ctx: BotContext): void {
  ctx.app.action(CONSENT_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const consent = parseConsent(action.type === 'button' ? action.value : undefined);
    const loaded = ctx.holder.current();
    if (!consent || !loaded) return;
    const user = body.user.id;
    // In a channel thread anyone sees the button: only the one who asked may send their question on.
    if (consent.asker && consent.asker !== user) {
      ctx.logger.info('consent: a click by someone other than the asker was ignored');
      return;
    }
    const target = consentTarget(loaded.registry, consent.lang);
    try {
      if (!target || !/^[UW][A-Z0-9]+$/.test(user)) throw new Error('nowhere to send the question');
      const message = consentText(consent.question, user, loaded.registry.locale);
      const to = target.channel ? [target.channel] : target.users;
      for (const channel of to)
        await client.chat.postMessage({ channel, unfurl_links: false, unfurl_media: false, ...message });
      ctx.logger.info(
        `consent: a question was sent to ${target.channel ? 'the security channel' : `${to.length} people`}`,
      );
      await respond({
        replace_original: true,
        ...plainMessage(t(consent.lang, 'bot.consentSent', { role: target.role })),
      });
    } catch (error) {
      ctx.logger.error('consent: sending the question failed:', error);
      await respond({ replace_original: false, ...plainMessage(t(consent.lang, 'bot.consentFailed')) }).catch(
        () => {},
      );
    }
  });
}
