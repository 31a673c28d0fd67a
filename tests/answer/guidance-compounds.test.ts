// A guidance question's compound whose modifier the registers use nowhere else ("ultraljudsapparaten") is also
// found by that modifier alone ("ultraljudet"), and the everyday verbs of connecting a device are one meaning in
// the three languages. Phrasings of this file's own.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { splitByHead } from '../../lib/answer/normalize.js';
import { REGION, registryIndexes, SE, TODAY } from './registry-indexes.js';

const index = registryIndexes([REGION, SE]);

describe('a guidance compound by its head', () => {
  it('splits off an unknown modifier only before a known head of five letters or more', () => {
    const known = (s: string) => ['apparat', 'system'].includes(s);
    expect(splitByHead('ultraljudsapparat', known)).toEqual(['ultraljud', 'apparat']);
    expect(splitByHead('röntgensystem', known)).toEqual(['röntg', 'system']);
    // A head of four letters is as likely an ending as a word.
    expect(splitByHead('kontinuitet', (s) => s === 'itet')).toBeUndefined();
    expect(splitByHead('apparat', known)).toBeUndefined();
  });

  it('answers a question naming the modifier and connecting in other words', () => {
    const a = answer(index(REGION), 'kan jag ansluta en usb-sticka till ultraljudet?', { today: TODAY });
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('examples/region-vasterby/faq/usb-i-medicinteknik.yaml');
  });
});

describe('a guidance entry’s topics by their parts', () => {
  it('finds a question’s compound by the parts of a topic’s compound ("tjänstemobilen" ~ "tjänstetelefon")', () => {
    const a = answer(
      index(SE),
      'är det ok att sms:a en förälder från tjänstemobilen om att barnet är sjukt',
      {
        today: TODAY,
      },
    );
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('registry/faq/sms-till-vardnadshavare.yaml');
  });
});
