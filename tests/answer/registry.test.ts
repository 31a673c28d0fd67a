// The question set over the example municipality in registry/ (Sjöbacka kommun): what its staff would ask.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, answer } from '../../lib/answer/answer.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

let index: AnswerIndex;

beforeAll(async () => {
  const result = validateSources('registry', await readRegistryFiles('registry'), { today: '2026-11-23' });
  expect(result.errors).toBe(0);
  index = buildAnswerIndex(result.registry);
});

function ask(q: string, authorised = false): Answer {
  return answer(index, q, { today: '2026-11-23', authorised });
}

const ANSWERED: [question: string, lang: 'sv' | 'nb' | 'en', ...has: string[]][] = [
  ['vem äger Procapita?', 'sv', 'Systemägare för Procapita'],
  ['vem är systemägare för lönesystemet?', 'sv', 'Systemägare för Heroma'],
  ['vem äger ekonomisystemet?', 'sv', 'Systemägare för Raindance'],
  ['vem är systemförvaltare för Skola24?', 'sv', 'Systemförvaltare för Skola24'],
  ['hvem er systemeier for Raindance?', 'nb', 'Systemeier for Raindance'],
  ['who administers Unikum?', 'en', 'The system administrator of Unikum'],
  ['hur är elevhälsojournalerna klassade?', 'sv', 'Elevhälsans journaler klassades'],
  [
    'hvordan er personalakter klassifisert?',
    'nb',
    'Personalakter och anställningsuppgifter ble klassifisert',
  ],
  ['vilka system har uppgifter om elever?', 'sv', 'System med uppgifter om elever:', 'Unikum', 'Skola24'],
  ['which systems hold data about employees?', 'en', 'Heroma'],
  ['hvilke systemer har opplysninger om elever?', 'nb', 'Systemer med opplysninger om elever'],
  ['finns det en behandling för rekrytering?', 'sv', 'Rekrytering finns i registerförteckningen'],
  [
    'how long is recruitment data kept?',
    'en',
    'Rekrytering is in the record of processing activities',
    'Retention:',
  ],
  ['hva er behandlingsgrunnlaget for rekruttering?', 'nb', 'Behandlingsgrunnlag:'],
  ['vilket styrdokument gäller för lösenord?', 'sv', 'Riktlinje för behörighet, inloggning och lösenord'],
  [
    'när ska informationssäkerhetspolicyn revideras?',
    'sv',
    'Informationssäkerhetspolicy för Sjöbacka kommun',
  ],
  [
    'når skal informasjonssikkerhetspolicyen revideres?',
    'nb',
    'Informationssäkerhetspolicy för Sjöbacka kommun',
  ],
  [
    'when is the information security policy due for review?',
    'en',
    'Informationssäkerhetspolicy för Sjöbacka kommun',
  ],
  ['hur går det med granskningen från KPMG?', 'sv', 'KPMG'],
  [
    'hur ligger vi till med utbildningen säkert beteende?',
    'sv',
    'Andel medarbetare som genomfört utbildningen Säkert beteende',
  ],
  [
    'what is the latest value for reported incidents?',
    'en',
    'Antal rapporterade informationssäkerhetsincidenter',
  ],
  ['vad händer i årshjulet i oktober?', 'sv', 'I årshjulet i oktober'],
  ['what happens in the yearly cycle this quarter?', 'en', 'October, November and December'],
  ['vem är dataskyddsombud?', 'sv', 'Johan Almgren'],
  // Made only of words of a known phrase: no content words, still a question.
  ['who is the data protection officer', 'en', 'Data protection officer: Johan Almgren'],
  ['who is our data protection officer?', 'en', 'Johan Almgren'],
  ['hvem er personvernombudet?', 'nb', 'Johan Almgren'],
  ['vem är säkerhetschef?', 'sv', 'Säkerhetschef: Sara Nyholm'],
  ['hur rapporterar jag en incident?', 'sv', 'TOPdesk'],
  ['jag har klickat på en länk i ett konstigt mejl', 'sv', '0501-190 00'],
  ['får jag spara elevbilder i Google Drive?', 'sv', 'Google Workspace'],
  ['får jag använda chatgpt?', 'sv', 'ChatGPT'],
  ['Kan jeg bruke ChatGPT med personopplysninger?', 'nb', 'Ikke med personopplysninger'],
  ['can I use a USB stick?', 'en', 'USB sticks'],
  ['jeg har mistet jobbtelefonen', 'nb', '0501-190 00'],
  ['I sent personal data to the wrong person', 'en', 'Report it at once'],
  ['hur skickar jag sekretessuppgifter säkert?', 'sv', 'säker e-post'],
  ['Får jag använda Dropbox?', 'sv', 'Nej.'],
];

describe('questions about Sjöbacka kommun', () => {
  for (const [q, lang, ...has] of ANSWERED) {
    it(q, () => {
      const a = ask(q);
      expect(a.answered, a.text).toBe(true);
      expect(a.locale).toBe(lang);
      for (const h of has) expect(a.text).toContain(h);
      expect(a.sources[0]?.file).toMatch(/^registry\//);
      expect(a.sources[0]?.url).toMatch(
        /^https:\/\/github\.com\/sjobacka-kommun\/lis\/blob\/main\/registry\/.+#L\d+$/,
      );
    });
  }

  for (const q of [
    'vad kostar lunchen?',
    'vem vann melodifestivalen?',
    'who won the football match?',
    'hva koster lunsj i kantinen?',
    'vem äger bananen?',
  ]) {
    it(`declines: ${q}`, () => {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.text).toContain('Karin Ekdahl');
    });
  }

  it('systems that involve protected identities: withheld outside an authorised direct message', () => {
    const closed = ask('vem äger Lifecare?');
    expect(closed.withheld).toBe(true);
    expect(closed.text).not.toContain('Lifecare');
    expect(closed.text).toContain('Karin Ekdahl');
    const open = ask('vem äger Lifecare?', true);
    expect(open.restricted).toBe(true);
    expect(open.text).toContain('Systemägare för Lifecare');
  });

  it('answers every question in the guidance with that guidance', () => {
    let misses = 0;
    let total = 0;
    for (const entry of index.entries.filter((e) => e.kind === 'faq' && !e.restricted)) {
      for (const q of (entry.entity.data as { questions: string[] }).questions) {
        total++;
        const a = ask(q);
        if (!a.answered || !a.sources.some((s) => s.file === entry.entity.file)) misses++;
      }
    }
    // Written questions are the easiest case: nearly all must find their own entry.
    expect(misses / total).toBeLessThan(0.08);
  });
});
