// Questions for the IT support, not the registers: trouble with a product, setting up one's own device or
// account, asking for a credential, and messages that ask nothing. Declined in the asker's language, while the
// questions that look alike but ask what the registers or the guidance hold are still answered. The phrasings are
// this file's own, not the evaluation sets'.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { analyse } from '../../lib/answer/query.js';
import { supportAsked } from '../../lib/answer/trouble.js';
import { NO, REGION, registryIndexes, SE, TODAY } from './registry-indexes.js';

const index = registryIndexes();
const ask = (dir: string, q: string) => answer(index(dir), q, { today: TODAY });
const kind = (dir: string, q: string) => supportAsked(analyse(q, index(dir)));
const got = (dir: string, q: string) => {
  const a = ask(dir, q);
  return a.answered ? a.sources[0]?.file : a.withheld ? 'restricted' : 'decline';
};

describe('what makes a question one for the IT support', () => {
  it('reads trouble reported with a product, in each language, by any inflection of the word', () => {
    expect(kind(SE, 'outlook kraschade två gånger i morse')).toBe('symptom');
    expect(kind(SE, 'datorn är så seg idag')).toBe('symptom');
    expect(kind(SE, 'skannern på kansliet fungerar inte')).toBe('symptom');
    expect(kind(NO, 'outlook fryser hver gang jeg åpner et vedlegg')).toBe('symptom');
    expect(kind(NO, 'skjermen henger seg etter lunsj')).toBe('symptom');
    expect(kind(REGION, 'the scanner on ward 4 does not work')).toBe('symptom');
    expect(kind(REGION, "my headset won't connect")).toBe('symptom');
    expect(kind(REGION, 'excel keeps freezing, anyone else?')).toBe('symptom');
  });

  it('reads setting up one’s own device or account after "how do I", and asking for a credential', () => {
    expect(kind(REGION, 'how do i change the ringtone on my work phone')).toBe('operation');
    expect(kind(SE, 'hur ställer jag in vidarekoppling på telefonen')).toBe('operation');
    expect(kind(NO, 'hvordan kobler jeg til skjermen på møterommet')).toBe('operation');
    expect(kind(NO, 'hvordan deler jeg mappen min med vikaren')).toBe('operation');
    expect(kind(SE, 'vad är lösenordet till gästnätet på biblioteket')).toBe('credential');
    expect(kind(REGION, 'what is the pin for the copier')).toBe('credential');
  });

  it('reads an errand for the bot, unless it asks what the registers hold', () => {
    expect(kind(SE, 'kan du skicka mig förra månadens lönebesked från heroma')).toBe('errand');
    expect(kind(REGION, 'please send me my vacation balance')).toBe('errand');
    expect(kind(SE, 'kan du kolla vem som äger heroma')).toBeUndefined();
  });

  it('reads a message that asks nothing, whatever its language', () => {
    expect(kind(SE, 'testar bara, strunta i detta')).toBe('chatter');
    expect(kind(NO, 'bare tester, ignorer dette')).toBe('chatter');
    expect(kind(SE, 'test, ignorera')).toBe('chatter');
    expect(kind(REGION, 'ok thanks')).toBe('chatter');
  });

  it('does not read as trouble what asks the registers or the guidance', () => {
    // Who owns or runs it, how it is classified, what is allowed, and what to do after a security event.
    expect(kind(SE, 'vem äger heroma? lönespecen laddar inte')).toBeUndefined();
    expect(kind(SE, 'hur är outlook klassat, det är så segt')).toBeUndefined();
    expect(kind(REGION, 'may i use my own laptop when the work one is slow')).toBeUndefined();
    expect(kind(REGION, 'i clicked a link in a mail and now the laptop is slow')).toBeUndefined();
    expect(kind(NO, 'hvordan endrer jeg passordet etter at telefonen ble stjålet')).toBeUndefined();
    // Not what the rules for a credential are, nor an outage: incidents are the registers'.
    expect(kind(REGION, 'what is the password length we require')).toBeUndefined();
    expect(kind(NO, 'hvorfor var e-posten nede i går')).toBeUndefined();
    // Ordering access and reporting are processes the guidance describes.
    expect(kind(SE, 'hur beställer jag behörighet till ett system')).toBeUndefined();
    expect(kind(SE, 'hur rapporterar jag en incident')).toBeUndefined();
  });
});

describe('declining IT support questions', () => {
  it('declines them in the asker’s language instead of naming the product or a guidance entry', () => {
    const sv = ask(SE, 'teams hänger sig hela tiden när jag delar skärmen');
    expect(sv.answered).toBe(false);
    expect(sv.withheld).toBe(false);
    expect(sv.locale).toBe('sv');
    expect(sv.text).toContain('it-supporten');
    const nb = ask(NO, 'hvordan endrer jeg bakgrunnsbildet på pc-en min');
    expect([nb.answered, nb.locale]).toEqual([false, 'nb']);
    expect(nb.text).toContain('IT-brukerstøtten');
    const en = ask(REGION, 'cosmic is really slow on my laptop today');
    expect([en.answered, en.locale]).toEqual([false, 'en']);
    expect(en.text).toContain('IT service desk');
    expect(got(NO, 'hva er passordet til wifi på rådhuset')).toBe('decline');
    expect(got(REGION, 'test, please ignore')).toBe('decline');
    expect(got(SE, 'kan du mejla mig lönebeskedet för oktober från heroma')).toBe('decline');
  });

  it('still answers the questions that look alike', () => {
    expect(got(NO, 'jeg mistet jobbtelefonen på toget, hva gjør jeg')).toBe(`${NO}/faq/mistet-telefon.yaml`);
    expect(got(SE, 'får jag använda teams för utvecklingssamtal med föräldrar')).not.toBe('decline');
    expect(got(REGION, 'vem äger cosmic? journalen laddar inte')).toBe(`${REGION}/system/cosmic.yaml`);
  });

  it('gives the restricted notice when the trouble is with a restricted system', () => {
    expect(got(SE, 'lifecare hänger sig hela tiden, vem kontaktar jag')).toBe('restricted');
  });
});
