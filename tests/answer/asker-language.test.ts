// A message whose words carry no evidence of a language is answered in the language the asker is known to write
// (answer()'s askerLocale: the bot's knowledge of a user, the evaluation line's language), not always the
// registry's; a message that does carry evidence keeps its own language whatever the asker is known to write.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { detectLanguage } from '../../lib/answer/language.js';
import { registryIndexes, SE, TODAY } from './registry-indexes.js';

const index = registryIndexes([SE]);

describe('the reply language of a message without evidence of one', () => {
  it('is the asker’s known language for noise, a bare name or a nod', () => {
    for (const text of ['hmm ?!', '👍 ok', 'Raindance', '...']) {
      expect(detectLanguage(text, 'sv', 'en')).toBe('en');
      expect(detectLanguage(text, 'sv', 'nb')).toBe('nb');
      expect(detectLanguage(text, 'sv')).toBe('sv');
    }
  });

  it('leaves a message with its own language in it', () => {
    expect(detectLanguage('vem äger lönesystemet', 'sv', 'en')).toBe('sv');
    expect(detectLanguage('who owns the payroll system', 'sv', 'nb')).toBe('en');
    expect(detectLanguage('hvem eier lønnssystemet', 'sv', 'en')).toBe('nb');
  });

  it('declines in that language in an answer', () => {
    const a = answer(index(SE), 'hmm ?!', { today: TODAY, askerLocale: 'en' });
    expect(a.answered).toBe(false);
    expect(a.locale).toBe('en');
    expect(answer(index(SE), 'hmm ?!', { today: TODAY }).locale).toBe('sv');
    // The question's own language wins over what is known of the asker.
    expect(answer(index(SE), 'vem äger lönesystemet?', { today: TODAY, askerLocale: 'nb' }).locale).toBe(
      'sv',
    );
  });
});
