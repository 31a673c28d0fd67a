// Knowing when not to answer, and when the restricted notice is right: product how-tos and errands that name a
// system in passing, questions about another organisation, one-word questions, a notice only on the evidence an
// answer would need, and the reply in the asker's language. Pinned on the repository's example registries.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { asksErrand, asksHowTo, asksToCompose } from '../../lib/answer/asked.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { detectLanguage } from '../../lib/answer/language.js';
import { words } from '../../lib/answer/normalize.js';
import { namesOtherOrganisation } from '../../lib/answer/organisations.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

const TODAY = '2026-11-23';
const ROOT = new URL('../..', import.meta.url).pathname;
const indexes = new Map<string, AnswerIndex>();
const SE = 'registry';
const REGION = 'examples/region-vasterby';
const NO = 'examples/fjellvik';

beforeAll(async () => {
  for (const dir of [SE, REGION, NO]) {
    const sources = await readRegistryFiles(dir, ROOT);
    indexes.set(dir, buildAnswerIndex(validateSources(dir, sources).registry));
  }
});

const index = (dir: string) => indexes.get(dir) as AnswerIndex;
const ask = (dir: string, q: string, authorised = false) =>
  answer(index(dir), q, { today: TODAY, authorised });
const first = (dir: string, q: string) => {
  const a = ask(dir, q);
  return a.answered ? a.sources[0]?.file : a.withheld ? 'restricted' : 'decline';
};

describe('what is asked: a how-to or an errand is not a question about the system it names', () => {
  it('reads "how do i …", "hur byter jag …", "how to …", but not "how fast do we …"', () => {
    expect(asksHowTo(words('how do i pin a channel in teams'), 'en')).toBe(true);
    expect(asksHowTo(words('how to export from cosmic'), 'en')).toBe(true);
    expect(asksHowTo(words('hur byter jag skrivare i cosmic'), 'sv')).toBe(true);
    expect(asksHowTo(words('hvordan legger jeg inn signatur'), 'nb')).toBe(true);
    expect(asksHowTo(words('how fast do we patch critical vulnerabilities'), 'en')).toBe(false);
    expect(asksHowTo(words('hur länge sparar vi loggarna'), 'sv')).toBe(false);
    // "i" is "in" in Swedish: "hur ofta i år" asks how often.
    expect(asksHowTo(words('hur ofta i år klassas elevregistret'), 'sv')).toBe(false);
  });

  it('reads "can you …", "kan du …", "please …" as an errand', () => {
    expect(asksErrand(words('can you book a taxi for me'))).toBe(true);
    expect(asksErrand(words('hej, kan du skicka lönespecen'))).toBe(true);
    expect(asksErrand(words('please order new toner'))).toBe(true);
    expect(asksErrand(words('kan jag använda zoom'))).toBe(false);
  });

  it('declines a how-to about a product, saying what the registers hold about it', () => {
    const a = ask(REGION, 'how do i pin a chat in teams?');
    expect(a.answered).toBe(false);
    expect(a.withheld).toBe(false);
    expect(a.text).toContain('not how to do things in it');
    expect(first(NO, 'hvordan legger jeg inn e-postsignatur i Outlook?')).toBe('decline');
  });

  it('still answers what the register holds, whatever how-to or product word comes with it', () => {
    expect(first(REGION, 'who is the system owner of teams?')).toBe(`${REGION}/system/microsoft-365.yaml`);
    expect(first(SE, 'hur bokar man lokal i Interbook Go och vem äger systemet?')).toBe(
      `${SE}/system/interbook-go.yaml`,
    );
  });

  it('reads a message that opens by asking for a text to be written, but not "skriv ut" (printing)', () => {
    expect(asksToCompose(words('skriv ett tal om lösenord'))).toBe(true);
    expect(asksToCompose(words('hi, translate this to Swedish'))).toBe(true);
    expect(asksToCompose(words('skriv ut hemma, går det?'))).toBe(false);
    expect(first(SE, 'skriv en limerick om phishing')).toBe('decline');
  });

  it('sharing asked as a how-to is not the system’s handling rules', () => {
    expect(first(REGION, 'how do i share my onedrive folder with a colleague?')).toBe('decline');
  });

  it('declines an errand that names a system', () => {
    expect(first(SE, 'can you pull my payslip out of heroma')).toBe('decline');
  });

  it('declines a question whose words ask a date of a system, without the restricted notice for it', () => {
    // "når" asks for a date; the waterworks control system (restricted) holds none: no notice, as no answer.
    const a = ask(NO, 'når har vannverket åpen dag?');
    expect(a.answered).toBe(false);
    expect(a.withheld).toBe(false);
  });
});

describe('another organisation', () => {
  const registry = () => index(NO).registry;

  it('is named by "X kommune", "X stad", "Region X", "City of X" or a region of its own name', () => {
    expect(namesOtherOrganisation(registry(), 'hva gjør Bergen kommune med KI?')).toBe(true);
    expect(namesOtherOrganisation(registry(), 'hur klassar göteborgs stad elevdata')).toBe(true);
    expect(namesOtherOrganisation(registry(), 'vilka system har Region Skåne')).toBe(true);
    expect(namesOtherOrganisation(registry(), 'what does the City of Oslo use')).toBe(true);
    expect(namesOtherOrganisation(registry(), 'how does Västra Götaland do it')).toBe(true);
  });

  it('is not the registry’s own organisation, nor a peer at the other end of what is done', () => {
    expect(namesOtherOrganisation(registry(), 'hva er Fjellvik kommunes policy for KI?')).toBe(false);
    expect(namesOtherOrganisation(registry(), 'kan jeg sende journalen til Bergen kommune?')).toBe(false);
    expect(namesOtherOrganisation(registry(), 'we got a request from Oslo kommune')).toBe(false);
    expect(namesOtherOrganisation(registry(), 'hvem eier systemet i kommunen?')).toBe(false);
    expect(namesOtherOrganisation(registry(), 'hva svarte kommunen på anbefaling r3?')).toBe(false);
  });

  it('declines, naming whose registers these are', () => {
    const a = ask(NO, 'hvem eier Gerica i Bodø kommune?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Registrene her gjelder Fjellvik kommune');
    expect(first(REGION, 'what is the information security policy of Region Halland?')).toBe('decline');
    expect(first(REGION, 'what is the information security policy of Region Västerby?')).toBe(
      `${REGION}/document/informationssakerhetspolicy.yaml`,
    );
  });
});

describe('the restricted notice needs the evidence an answer would', () => {
  it('no notice for a word of a restricted name matched only through a shared meaning', () => {
    // "hospital" is ~hospital, in "Fastighetsautomation för sjukhusen" (restricted) and many other names.
    expect(first(REGION, 'when does the hospital gift shop open?')).toBe('decline');
  });

  it('the notice for a restricted entry of any register named clearly best', () => {
    // A plan and a risk analysis, asked with words ("när", "fram till") another intent answered before.
    expect(first(NO, 'beredskapsplanen for IKT, når ble den godkjent?')).toBe('restricted');
    expect(first(SE, 'vad kom man fram till i riskanalysen om skyddade personuppgifter')).toBe('restricted');
  });

  it('never names the restricted entry, and an authorised asker gets the registers’ answer instead', () => {
    const a = ask(NO, 'beredskapsplanen for IKT, når ble den godkjent?');
    expect(a.text).not.toContain('Beredskapsplan for IKT og reserverutiner');
    expect(a.sources).toEqual([]);
    expect(ask(NO, 'beredskapsplanen for IKT, når ble den godkjent?', true).withheld).toBe(false);
  });

  it('"what happened with …" is the incident its title names, withheld', () => {
    const a = ask(NO, 'hva skjedde da vedtaket ble sendt til feil mottaker?');
    expect(a.withheld).toBe(true);
    expect(a.text).not.toContain('E-post og Teams');
  });

  it('a month listing that explains none of the question’s other words is no answer', () => {
    const a = ask(SE, 'vad hände med beslutet om ekonomiskt bistånd som skickades fel i februari?');
    expect(a.intent === 'cycle' && a.answered).toBe(false);
    expect(ask(SE, 'vad händer i februari?').answered).toBe(true);
  });
});

describe('one word', () => {
  it('asks what about it, naming the system when the word is its name', () => {
    const a = ask(SE, 'Procapita?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Vad vill du veta om Procapita?');
  });

  it('never names a restricted system, nor guesses at a word no entry is named', () => {
    expect(ask(SE, 'lifecare?').text).not.toContain('Lifecare');
    expect(ask(SE, 'lunchen?').text).toContain('Ett ord räcker inte');
  });
});

describe('the reply language', () => {
  it('Swedish and Norwegian function words outweigh an English-looking ending', () => {
    expect(detectLanguage('klassning av passerloggen?', 'sv')).toBe('sv');
    expect(detectLanguage('status på kontrollen av skjerming?', 'nb')).toBe('nb');
  });

  it('greetings and the spelling of English words', () => {
    expect(detectLanguage('hi!', 'sv')).toBe('en');
    expect(detectLanguage('hej!', 'nb')).toBe('sv');
    expect(detectLanguage('legal basis for compulsory psychiatric care', 'sv')).toBe('en');
    // A product name alone says nothing of the language: the registry's.
    expect(detectLanguage('cosmic', 'sv')).toBe('sv');
  });
});
