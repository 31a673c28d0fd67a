// Questions in one language about entries written in another, and staff's everyday words for the registers'
// words: the glossary (sv | nb | en rows), Snowball-keyed meanings, shared-root respelling and phrases by stem.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { GLOSSARY, glossaryRows } from '../../lib/answer/glossary.js';
import { buildAnswerIndex } from '../../lib/answer/index.js';
import { detectLanguage } from '../../lib/answer/language.js';
import { LEXICON, phraseSynonyms, snowballSynonymOf, synonymOf } from '../../lib/answer/lexicon.js';
import { cognate, fold, stem, words } from '../../lib/answer/normalize.js';
import { validateSources } from '../../lib/validate.js';
import { ORG, sources } from '../helpers/sources.js';

const TODAY = '2026-11-23';
const token = (word: string) => synonymOf(stem(fold(word)));

describe('the glossary', () => {
  it('takes a row apart into words and phrases, each in its column’s language', () => {
    const [row] = glossaryRows(['andel andelen | andel | share smart_card']);
    expect(row?.words).toEqual([
      { word: 'andel', lang: 'sv' },
      { word: 'andelen', lang: 'sv' },
      { word: 'andel', lang: 'nb' },
      { word: 'share', lang: 'en' },
    ]);
    expect(row?.phrases).toEqual(['smart card']);
    expect(row?.phraseWords.map((w) => w.lang)).toEqual(['en', 'en']);
  });

  it('has three columns in every row, and no word in two rows', () => {
    const seen = new Map<string, number>();
    GLOSSARY.forEach((row, i) => {
      expect(row.split('|'), row).toHaveLength(3);
      for (const { word, lang } of glossaryRows([row])[0]?.words ?? []) {
        const key = `${lang}:${word}`;
        expect(seen.get(key), `${word} in rows ${seen.get(key)} and ${i}`).toBeUndefined();
        seen.set(key, i);
      }
    });
  });

  it('gives the words of a row one meaning across the three languages', () => {
    expect(token('andel')).toBeDefined();
    expect(token('share')).toBe(token('andel'));
    expect(token('gjeldende')).toBe(token('valid'));
    expect(token('giltig')).toBe(token('valid'));
    expect(token('sårbarheter')).toBe(token('vulnerabilities'));
    expect(token('medvetenhet')).toBe(token('awareness'));
    expect(token('bevissthet')).toBe(token('awareness'));
    expect(token('behandlingsansvarlig')).toBe(token('personuppgiftsansvarig'));
  });

  it('joins a row to the vocabulary group it shares a word with, and changes no word’s meaning', () => {
    // "journal" was the records group's before the glossary: the row's other words joined it.
    expect(token('chart')).toBe(token('journal'));
    expect(token('journal')).toBe(token('records'));
    // A word whose stem is another language's word of another meaning is in no group ("handle" ~ "handling").
    expect(token('handle')).toBeUndefined();
    expect(token('accounting')).not.toBe(token('ekonomi'));
  });

  it('finds an inflection the row does not list by its Snowball stem in its language', () => {
    // "slettede" stems apart from "slette" with the light stemmer; Snowball's Norwegian stem is the same.
    expect(synonymOf(stem(fold('slettede')))).toBeUndefined();
    expect(snowballSynonymOf('slettede', 'nb')).toBe(token('slette'));
    expect(snowballSynonymOf('slettede', 'nb')).toBe(token('deleted'));
    // Not in another language's stems: the key holds the language.
    expect(snowballSynonymOf('xyzzyplugh', 'en')).toBeUndefined();
  });

  it('knows its words as words of the registers, so compounds split on them', () => {
    expect(LEXICON.known.has(stem(fold('cybersäkerhet')))).toBe(true);
    expect(LEXICON.known.has(stem(fold('månad')))).toBe(true);
  });
});

describe('shared-root spelling', () => {
  it('meets Swedish, Norwegian and English spellings of one root', () => {
    expect(cognate('administration')).toBe(cognate('administrasjon'));
    expect(cognate('klassificering')).toBe(cognate('klassifisering'));
    expect(cognate('psychiatric')).toBe(cognate('psykiatrisk'));
    expect(cognate('control')).toBe(cognate(stem('kontroll')));
    expect(cognate('gjennomgang')).toBe(cognate('genomgång'));
    expect(cognate('protocol')).toBe(cognate(stem('protokoll')));
  });

  it('keeps different words apart', () => {
    expect(cognate('handling')).not.toBe(cognate('handle'));
    expect(cognate('kontor')).not.toBe(cognate('konto'));
    expect(cognate('policy')).not.toBe(cognate('police'));
  });
});

describe('phrases by stem', () => {
  it('finds a phrase whose words are inflected', () => {
    const one = phraseSynonyms(words('the school nurse'));
    const many = phraseSynonyms(words("the school nurses' records"));
    expect(one.tokens.length).toBeGreaterThan(0);
    expect(many.tokens).toEqual(one.tokens);
    expect(many.used.has(1) && many.used.has(2)).toBe(true);
  });

  it('does not find a phrase whose words are apart', () => {
    expect(phraseSynonyms(words('the school has a nurse')).tokens).not.toContain(
      phraseSynonyms(words('school nurse')).tokens[0],
    );
  });
});

describe('the language of a question made of register words', () => {
  it('reads a glossary word only one language writes', () => {
    expect(detectLanguage('klassning av passerloggen?', 'nb')).toBe('sv');
    expect(detectLanguage('gjeldende klassifisering?', 'sv')).toBe('nb');
  });
});

const NB_ORG = ORG.replace('locale: sv', 'locale: nb').replace(
  'name: Testviks kommun',
  'name: Fjelldal kommune',
);

function index(files: Record<string, string>) {
  const { registry, findings } = validateSources('registry', sources(files));
  // Every entry valid: an entry that did not validate is not in the index, and the test would prove nothing.
  expect(
    findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.file}: ${f.messageId} ${JSON.stringify(f.data)}`),
  ).toEqual([]);
  return buildAnswerIndex(registry);
}

/** A Norwegian kommune's registers, asked in English and Swedish. */
function norwegian() {
  const files = {
    'lisa.yaml': NB_ORG,
    'kpi/systemer-med-gjeldende-klassifisering.yaml': `name: Andel systemer med gjeldende klassifisering
unit: percent
direction: higher-is-better
target: 100
owner: sakerhetssamordnare
values:
  2026-Q2: 92
  2026-Q3: 96
`,
    'processing/personaladministrasjon.yaml': `name: Personaladministrasjon
controller: ks
purposes:
  - Administrere arbeidsforhold.
legalBasis:
  - basis: contract
    reference: Arbeidsavtalen
dataSubjects: [ansatte]
personalData: [navn, arbeidsavtaler]
retention:
  period: Personalmapper bevares etter bevaringsplanen.
securityMeasures:
  - Tilgang bare for HR
dpia:
  status: not-needed
`,
  };
  return index(files);
}

/** A Swedish region's registers, asked in English. */
function swedish() {
  const files = {
    'lisa.yaml': ORG,
    'system/katalogtjanst.yaml': `name: Katalogtjänst och SITHS-inloggning
aliases: [SITHS-kortet, tjänstekortet]
board: ks
owner: it-chef
hosting: on-premises
protection: { confidentiality: 3, integrity: 3, availability: 3 }
`,
    'cycle/cybersakerhetsmanaden.yaml': `name: Cybersäkerhetsmånaden i oktober
kind: awareness-month
months: [10]
owner: sakerhetssamordnare
`,
  };
  return index(files);
}

describe('questions in one language about entries in another', () => {
  it('answers an English question about a Norwegian-only KPI, in English', () => {
    const registers = norwegian();
    const a = answer(registers, 'what is the target for the share of systems with a valid classification?', {
      today: TODAY,
    });
    expect(a.answered).toBe(true);
    expect(a.locale).toBe('en');
    expect(a.sources[0]?.file).toBe('registry/kpi/systemer-med-gjeldende-klassifisering.yaml');
  });

  it('finds a Norwegian compound by an English cognate of its part', () => {
    const registers = norwegian();
    const a = answer(registers, 'legal basis for personnel administration?', { today: TODAY });
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('registry/processing/personaladministrasjon.yaml');
    expect(a.locale).toBe('en');
  });

  it('finds a Swedish system by the everyday English word for what it is', () => {
    const registers = swedish();
    const a = answer(registers, 'who owns the smart card login?', { today: TODAY });
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('registry/system/katalogtjanst.yaml');
    expect(a.locale).toBe('en');
  });

  it('finds a Swedish cycle activity by a shortened Swedish compound and by English', () => {
    const registers = swedish();
    for (const q of ['när har vi cybermånaden?', 'when is the cybersecurity awareness month?']) {
      const a = answer(registers, q, { today: TODAY });
      expect(a.sources[0]?.file, q).toBe('registry/cycle/cybersakerhetsmanaden.yaml');
    }
  });

  it('still declines a question the registers do not answer', () => {
    const registers = swedish();
    const a = answer(registers, 'who fixes the coffee machine on the second floor?', { today: TODAY });
    expect(a.answered).toBe(false);
    expect(a.locale).toBe('en');
  });
});
