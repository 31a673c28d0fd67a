// The question set: what staff ask, in Swedish, Norwegian and English, with typos, compounds, definite forms
// and aliases, and what the answerer must say (or decline to say) from the test municipality's registers.
import { describe, expect, it } from 'vitest';
import { type Answer, answer, type Intent } from '../../lib/answer/answer.js';
import { fixtureIndex, RESTRICTED_MARKERS } from './fixture.js';

const index = fixtureIndex();
const TODAY = '2026-11-23';

interface Case {
  q: string;
  /** Text the answer must hold. */
  has: string[];
  intent?: Intent;
  lang?: 'sv' | 'nb' | 'en';
  /** A source file the answer must cite. */
  source?: string;
}

function ask(q: string, authorised = false): Answer {
  return answer(index, q, { today: TODAY, authorised });
}

const ANSWERED: Case[] = [
  // Who owns or administers a system or asset: names, aliases, typos, definite forms, compounds.
  {
    q: 'Vem äger Procapita?',
    has: ['Systemägare för Procapita är Socialchef (Eva Ek)', 'Systemförvaltare: IT-chef'],
    intent: 'owner',
    lang: 'sv',
    source: 'registry/system/procapita.yaml',
  },
  { q: 'vem äger procapitta', has: ['Systemägare för Procapita'], intent: 'owner' },
  { q: 'vem förvaltar VoO?', has: ['Systemförvaltare för Procapita är IT-chef (Omar Ali)'], intent: 'owner' },
  { q: 'vem äger verksamhetssystemet?', has: ['Systemägare för Procapita'] },
  { q: 'vem äger elevregistret?', has: ['Systemägare för Elevregister är Skolchef (Sara Nord)'] },
  { q: 'vem är systemägare för Extens?', has: ['Systemägare för Elevregister'] },
  { q: 'vem ager procapita', has: ['Systemägare för Procapita'] },
  {
    q: 'Vem ansvarar för elevakterna?',
    has: ['Informationsägare för Elevakter är Skolchef (Sara Nord)'],
    intent: 'owner',
  },
  { q: 'hvem eier Procapita?', has: ['Systemeier for Procapita er Socialchef'], lang: 'nb' },
  { q: 'hvem eier elevregisteret?', has: ['Systemeier for Elevregister er Skolchef'], lang: 'nb' },
  { q: 'who owns the student register?', has: ['The system owner of Elevregister is Skolchef'], lang: 'en' },
  {
    q: 'who administers Microsoft 365?',
    has: ['The system administrator of Microsoft 365 is IT-chef'],
    lang: 'en',
  },

  // Classification and what it means for handling.
  {
    q: 'hur är elevakterna klassade?',
    has: [
      'Elevakter klassades 2026-03-01 (KLASSA 4.0)',
      'Konfidentialitet: 2 – Betydande skada',
      'Nästa översyn: 2027-03-01',
    ],
    intent: 'classification',
    source: 'registry/classification/elevakter-2026.yaml',
  },
  {
    q: 'hur är Procapita klassat?',
    has: [
      'Procapita ska skyddas minst så här',
      'Konfidentialitet: 3 – Allvarlig skada',
      'Socialtjänstens akter',
    ],
  },
  {
    q: 'hvordan er elevaktene klassifisert?',
    has: ['Elevakter ble klassifisert 2026-03-01', 'Konfidensialitet: 2 – Betydelig skade'],
    lang: 'nb',
  },
  {
    q: 'how is elevdokumentation classified?',
    has: ['Elevakter was classified on 2026-03-01', 'Confidentiality: 2 – Significant'],
    lang: 'en',
  },

  // Which systems hold data about a group.
  {
    q: 'vilka system har uppgifter om elever?',
    has: ['System med uppgifter om elever: Elevregister', 'Elevakter', 'Elevadministration'],
    intent: 'holds',
  },
  { q: 'vilka system hanterar elevuppgifter?', has: ['Elevregister'], intent: 'holds' },
  {
    q: 'which systems hold personal data about pupils?',
    has: ['Systems holding data about elever: Elevregister'],
    lang: 'en',
  },
  {
    q: 'hvilke systemer har opplysninger om barn?',
    has: ['Systemer med opplysninger om barn: Procapita'],
    lang: 'nb',
  },

  // Processing activities: existence, legal basis, retention.
  {
    q: 'vad är rättslig grund för elevadministration?',
    has: ['rättslig förpliktelse (art. 6.1 c) – Skollagen (2010:800) 26 kap.'],
    intent: 'processing',
  },
  {
    q: 'hur länge sparas uppgifter i rekryteringen?',
    has: ['Gallring: 2 år efter avslutad rekrytering'],
    intent: 'processing',
  },
  { q: 'hur länge sparas elevernas betyg?', has: ['Gallring: 5 år efter avslutad skolgång'] },
  {
    q: 'finns det en behandling för rekrytering?',
    has: ['Rekrytering finns i registerförteckningen (Kommunstyrelsen)'],
  },
  {
    q: 'hvor lenge lagres opplysninger om rekruttering?',
    has: ['Sletting: 2 år efter avslutad rekrytering'],
    lang: 'nb',
  },
  {
    q: 'what is the legal basis for recruitment?',
    has: ['Legal basis: contract (Art. 6(1)(b))'],
    lang: 'en',
  },

  // Governing documents and their review date.
  {
    q: 'vilket styrdokument gäller för lösenord?',
    has: ['Riktlinje för lösenord beslutades 2025-04-10 av Kommunstyrelsen', 'Revideringen är försenad'],
    intent: 'document',
  },
  {
    q: 'när ska informationssäkerhetspolicyn revideras?',
    has: ['Informationssäkerhetspolicy', 'Nästa revidering: 2027-06-12'],
  },
  {
    q: 'hvilket styringsdokument gjelder for passord?',
    has: ['Riktlinje för lösenord ble vedtatt'],
    lang: 'nb',
  },
  {
    q: 'which policy covers passwords?',
    has: ['Riktlinje för lösenord was decided on 2025-04-10', 'Passwords must be at least 14 characters'],
    lang: 'en',
  },

  // Audit recommendations and planned actions.
  {
    q: 'hur går det med rekommendation r2 i granskningen?',
    has: ['Rekommendation r2', 'Utbildning för förtroendevalda – Kanslichef, 2026-09-30: pågår (försenad)'],
    intent: 'audit',
  },
  {
    q: 'hur går det med åtgärderna från revisionen?',
    has: ['r1: 1 av 1 åtgärd klar', 'r2: 0 av 1 åtgärd klar'],
  },
  {
    q: 'what is the status of recommendation r2?',
    has: ['Recommendation r2', 'in progress (late)'],
    lang: 'en',
  },

  // KPIs against their target.
  {
    q: 'hur ligger vi till med utbildningen?',
    has: ['84,5\u00a0% (2026-Q3), mål 90\u00a0% – målet nås inte', 'Kommentar: Förskolan ligger efter.'],
    intent: 'kpi',
  },
  {
    q: 'hur går det med nyckeltalen?',
    has: ['Tid till rapporterad incident: 20\u00a0timmar (2026-Q3), mål 24\u00a0timmar – målet nås'],
  },
  {
    q: 'what is the latest value of the training KPI?',
    has: ['84.5% (2026-Q3), target 90% – target not met'],
    lang: 'en',
  },

  // The yearly cycle.
  {
    q: 'vad händer i årshjulet denna månad?',
    has: ['I årshjulet i november', 'Kvartalsuppföljning av nyckeltal', 'Årsrapport till kommunstyrelsen'],
    intent: 'cycle',
  },
  { q: 'vad händer i kvartal 3?', has: ['juli, augusti och september', 'Infosäkkollen'] },
  {
    q: 'what is on the yearly cycle in October?',
    has: ['In the yearly cycle in October', 'Säkerhetsmånaden'],
    lang: 'en',
  },
  { q: 'hva skjer i årshjulet i september?', has: ['I årshjulet i september', 'Infosäkkollen'], lang: 'nb' },
  { q: 'när är Infosäkkollen?', has: ['Infosäkkollen infaller i september'] },

  // Who is who.
  {
    q: 'vem är dataskyddsombud?',
    has: ['Dataskyddsombud: Per Holm', 'Dataskyddsombud för skolan: Lina Berg'],
    intent: 'contact',
  },
  { q: 'who is the DPO for Barn- och utbildningsnämnden?', has: ['Lina Berg'], lang: 'en' },
  {
    q: 'hvem er informasjonssikkerhetskoordinator?',
    has: ['Informasjonssikkerhetskoordinator: Karin Lund (karin.lund@testvik.se)'],
    lang: 'nb',
  },
  { q: 'vem är IT-chef?', has: ['IT-chef: Omar Ali'] },

  // Guidance, in the asker's language.
  {
    q: 'hur rapporterar jag en incident?',
    has: ['Rapportera direkt i incidentportalen'],
    intent: 'faq',
    source: 'registry/faq/incident.yaml',
  },
  { q: 'hvordan melder jeg et avvik?', has: ['Meld straks i avviksportalen'], lang: 'nb' },
  { q: 'how do I report a data breach?', has: ['Report it at once in the incident portal'], lang: 'en' },
  {
    q: 'får jag spara elevbilder i Google Drive?',
    has: ['Nej. Bilder på elever sparas i Microsoft 365'],
    intent: 'faq',
    source: 'registry/document/molntjanster.yaml',
  },
  {
    q: 'May I store pupil photos in Google Drive?',
    has: ['No. Photos of pupils are stored in Microsoft 365'],
    lang: 'en',
  },
  { q: 'how do I connect with VPN from home?', has: ['Start the Connect app'], lang: 'en' },
];

describe('the question set: answered from the registers', () => {
  for (const c of ANSWERED) {
    it(c.q, () => {
      const a = ask(c.q);
      expect(a.answered, a.text).toBe(true);
      for (const h of c.has) expect(a.text).toContain(h);
      if (c.intent) expect(a.intent).toBe(c.intent);
      if (c.lang) expect(a.locale).toBe(c.lang);
      if (c.source) expect(a.sources.map((s) => s.file)).toContain(c.source);
      expect(a.sources.length).toBeGreaterThan(0);
      expect(a.next ?? '').not.toBe('');
      // Nothing restricted reaches an answer that is not for authorised eyes.
      for (const m of RESTRICTED_MARKERS) expect(a.text).not.toContain(m);
    });
  }
});

const DECLINED: { q: string; lang: 'sv' | 'nb' | 'en' }[] = [
  { q: 'vad kostar lunchen i matsalen?', lang: 'sv' },
  { q: 'vem äger bananen?', lang: 'sv' },
  { q: 'vem vann melodifestivalen?', lang: 'sv' },
  { q: 'hur bakar man kanelbullar?', lang: 'sv' },
  { q: 'hva koster lunsj i kantinen?', lang: 'nb' },
  { q: 'hvem eier bananen?', lang: 'nb' },
  { q: 'what does the weather look like tomorrow?', lang: 'en' },
  { q: 'who owns the banana system?', lang: 'en' },
  { q: 'is there a processing activity for payroll?', lang: 'en' },
];

describe('the question set: declined, naming who to ask', () => {
  for (const c of DECLINED) {
    it(c.q, () => {
      const a = ask(c.q);
      expect(a.answered, a.text).toBe(false);
      expect(a.locale).toBe(c.lang);
      expect(a.text).toContain('Karin Lund');
      expect(a.sources).toEqual([]);
    });
  }

  it('asks which one when several entries fit equally, rather than pick one', () => {
    const a = ask('how is the pupil record classified?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('"Elevakter"');
    expect(a.text).toContain('"Elevregister"');
  });

  it('says when the yearly cycle holds nothing, rather than make something up', () => {
    const a = ask('hva skjer i årshjulet neste måned?');
    expect(a.text).toContain('Ingenting i årshjulet i desember');
  });

  it('a greeting gets what can be asked', () => {
    const a = ask('hej!');
    expect(a.answered).toBe(false);
    expect(a.intent).toBe('help');
    expect(a.text).toContain('Vem äger Procapita?');
  });
});

const RESTRICTED: { q: string; authorisedHas: string }[] = [
  { q: 'Vem äger Skyddsnätet?', authorisedHas: 'Systemägare för Skyddsnätet är Socialchef' },
  { q: 'vem äger boendesystemet?', authorisedHas: 'Systemägare för Skyddsnätet' },
  {
    q: 'hur är krisledningsplanerna klassade?',
    authorisedHas: 'Konfidentialitet: 4 – Synnerligen allvarlig skada',
  },
  {
    q: 'vem äger adresserna för personer med skyddad identitet?',
    authorisedHas: 'Informationsägare för Adresser för personer med skyddad identitet',
  },
  { q: 'hur hanterar vi personer med skyddad identitet?', authorisedHas: 'adresserna finns i Skyddsnätet' },
  { q: 'när ska säkerhetsskyddsplanen revideras?', authorisedHas: 'Nästa revidering: 2026-12-10' },
  { q: 'who owns Skyddsnätet?', authorisedHas: 'The system owner of Skyddsnätet' },
];

describe('restricted entries asked from the wrong place: only that they exist and who to ask', () => {
  for (const c of RESTRICTED) {
    it(c.q, () => {
      const closed = ask(c.q);
      expect(closed.answered).toBe(false);
      expect(closed.withheld).toBe(true);
      expect(closed.restricted).toBe(false);
      expect(closed.sources).toEqual([]);
      expect(closed.text).toContain('Karin Lund');
      for (const m of RESTRICTED_MARKERS) expect(closed.text).not.toContain(m);

      const open = ask(c.q, true);
      expect(open.answered).toBe(true);
      expect(open.restricted).toBe(true);
      expect(open.text).toContain(c.authorisedHas);
    });
  }

  it('lists leave restricted entries out and say that there are more', () => {
    const a = ask('vilka system har uppgifter om brukare?');
    expect(a.text).toContain('Procapita');
    expect(a.text).toContain('begränsade poster');
    expect(a.withheld).toBe(true);
    for (const m of RESTRICTED_MARKERS) expect(a.text).not.toContain(m);
    const open = ask('vilka system har uppgifter om brukare?', true);
    expect(open.text).toContain('Skyddsnätet');
  });

  it('a system’s required protection does not show a restricted asset’s level', () => {
    const a = ask('hur är Procapita klassat?');
    expect(a.text).not.toContain('Adresser');
    expect(a.text).toContain('begränsade poster');
  });

  it('a question that only partly matches restricted entries names none of them', () => {
    const a = ask('vem äger skyddsnät?');
    for (const m of RESTRICTED_MARKERS) expect(a.text).not.toContain(m);
  });

  it('the App Home and reminders aside, a channel never sees a restricted name in a suggestion', () => {
    const a = ask('vem äger boende?');
    for (const m of RESTRICTED_MARKERS) expect(a.text).not.toContain(m);
  });
});

describe('answers', () => {
  it('are deterministic', () => {
    const q = 'vilka system har uppgifter om elever?';
    expect(ask(q)).toEqual(ask(q));
  });

  it('link each source to its file and line in the repository', () => {
    const a = ask('vem äger Procapita?');
    expect(a.sources).toEqual([
      {
        file: 'registry/system/procapita.yaml',
        line: 5,
        url: 'https://github.com/testvik/lis/blob/main/registry/system/procapita.yaml#L5',
      },
    ]);
  });

  it('are short', () => {
    for (const c of ANSWERED) expect(ask(c.q).lines.length).toBeLessThanOrEqual(9);
  });

  it('answer in the language asked for when told to', () => {
    const a = answer(index, 'vem äger Procapita?', { today: TODAY, locale: 'en' });
    expect(a.text).toContain('The system owner of Procapita');
  });
});
