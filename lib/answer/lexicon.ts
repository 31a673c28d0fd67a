// The words that carry a question's intent, and the words that mean the same across Swedish, Norwegian and
// English. Written as people write them; folded and stemmed when loaded, so inflected forms come for free.
import { addGlossary } from './glossary.js';
import { ascii, cognate, fold, STOP_WORDS, snowball, stem, words } from './normalize.js';
import { COMMON, PHRASE_SYNONYMS, SYNONYMS } from './vocabulary.js';

export type ConceptId =
  // What is asked.
  | 'who'
  | 'which'
  | 'owner'
  | 'administrator'
  | 'classification'
  | 'handling'
  | 'data'
  | 'system'
  | 'processing'
  | 'legal-basis'
  | 'retention'
  | 'document'
  | 'review'
  | 'audit'
  | 'recommendation'
  | 'action'
  | 'status'
  | 'kpi'
  | 'target'
  | 'cycle'
  | 'month'
  | 'quarter'
  | 'this'
  | 'next'
  | 'dpo'
  | 'security-coordinator'
  | 'contact'
  | 'exists'
  | 'when'
  | 'howto'
  | 'dpia'
  | 'processor'
  | 'count'
  | 'contains'
  // The risk, action-plan, agreement, training and incident registers.
  | 'risk'
  | 'overdue'
  | 'agreement'
  | 'training'
  | 'attended'
  | 'incident'
  | 'report'
  | 'annual-report';

interface ConceptDef {
  words: string;
  /** Several words in a row, matched on the folded question before stemming. */
  phrases?: string[];
  /** Also matches as the last part of a compound: "systemägare", "informationsägare". */
  compound?: string;
  /**
   * The words also name what is asked about, so they stay content words: "utbildning" is evidence for a question
   * about training and part of the name "Årlig repetition av utbildningen…".
   */
  keep?: boolean;
}

/**
 * "What do we use to send letters?": the tool asked for, which is a system, without the word "system". Both
 * which and system; its "use" is then no question of how information may be used (handling).
 */
const TOOL_ASKED = [
  'what do we use',
  'what do you use',
  'what should we use',
  'what is used',
  'vad använder vi',
  'vad använder ni',
  'vad ska vi använda',
  'vad används',
  'hva bruker vi',
  'hva bruker dere',
  'hva skal vi bruke',
  'hva brukes',
];

const CONCEPTS: Record<ConceptId, ConceptDef> = {
  risk: {
    keep: true,
    words:
      'risk risker riskerna risken riskanalys riskanalysen riskanalyser risikoen risiko risikoer risikoene risikovurdering risikovurderingen rosanalyse rosanalysen risks threat threats',
    compound: 'risk risker risiko',
  },
  overdue: {
    keep: true,
    words:
      'försenad försenat försenade förfallen förfallna försenat forsinket forsinkede forfalt overdue late delayed',
    phrases: ['past due', 'behind schedule', 'inte klara i tid', 'ikke ferdig i tide'],
  },
  agreement: {
    keep: true,
    words:
      'avtal avtalet avtalen avtals pubavtal pubavtalet puba biträdesavtal biträdesavtalet personuppgiftsbiträdesavtal avtale avtalen avtaler databehandleravtale databehandleravtalen kontrakt kontraktet agreement agreements contract contracts dpa',
    compound: 'avtal avtalet avtale kontrakt',
  },
  training: {
    keep: true,
    words:
      'utbildning utbildningen utbildningar kurs kursen opplæring opplæringen opplæringa kurset training trainings course courses elearning webbutbildning webbutbildningen eutbildning eutbildningen övning övningen øvelse øvelsen exercise exercises drill',
    compound: 'utbildning utbildningen opplæring övning øvelse',
  },
  attended: {
    words:
      'deltog deltagit deltagare deltagarna genomfört genomförde gått deltok deltatt deltakere deltakerne gjennomført took attended participated participants completed',
  },
  // "How do I report …": what the guidance is for, not a question about what the register holds.
  report: {
    keep: true,
    words:
      'rapportera rapporterar rapporterade anmäla anmäler anmälde melde melder meldte varsle varsler report reporting reported notify',
  },
  // The yearly report's assessment (report/): "what does the annual report conclude?".
  'annual-report': {
    words: 'årsrapport årsrapporten årsrapporter årsberättelse årsberetning årsmelding årsmeldingen',
    phrases: ['annual report', 'yearly report', 'annual security report', 'annual infosec report'],
    compound: 'årsrapport årsrapporten',
  },
  incident: {
    keep: true,
    words:
      'incident incidenten incidenter incidenterna personuppgiftsincident personuppgiftsincidenter avvik avviket avvikene avvikelse avvikelser hendelse hendelser sikkerhetshendelse incidents breach breaches',
    // "Vad hände med beslutet som gick till fel adress?": what happened is an event, not the yearly cycle.
    phrases: [
      'vad hände',
      'vad har hänt',
      'hva skjedde',
      'hva har skjedd',
      'what happened',
      'what has happened',
    ],
    compound: 'incident incidenter avvik hendelse hendelser',
  },
  who: { words: 'vem vilka vem hvem hvem who whom kontakta kontakte contact' },
  which: {
    words: 'vilka vilket vilken hvilke hvilket hvilken which what',
    phrases: [
      'var finns',
      'hvor finnes',
      'hvor fins',
      'hvor er',
      'where is',
      'where are',
      'where do',
      'var ligger',
      'i vilka',
      'in which',
      ...TOOL_ASKED,
    ],
  },
  owner: {
    words:
      'äger ägare äga ägs ägde ansvarig ansvarar ansvaret eier eies eie eiere eid ansvarlig ansvar own owns owner owned owning responsible runs',
    phrases: [
      'har hand om',
      'tar hand om',
      'looks after',
      'look after',
      'in charge of',
      'har ansvar for',
      'tar seg av',
    ],
    compound: 'ägare ägaren eier eieren ansvarig ansvarlig owner',
  },
  administrator: {
    words:
      'förvaltare förvaltar förvaltas förvaltningen systemförvaltare administratör administrerar forvalter forvalteren forvalte forvaltes administrator administrators administers administer administered maintains manages steward',
    compound: 'förvaltare forvalter administratör administrator',
  },
  classification: {
    words:
      'klassning klassningen klassad klassat klassade klassa klassas klassificering klassificerad klassificerat klassificeras informationsklassning skyddsnivå skyddsnivån skyddsnivåer konfidentialitet konfidentiell sekretessnivå klassifisering klassifiseringen klassifisert klassifisere beskyttelsesnivå konfidensialitet sikkerhetsnivå classification classifications classified classify classed sensitivity confidentiality ',
    phrases: ['protection level', 'security level'],
    compound: 'klassning klassificering klassifisering',
  },
  handling: {
    words:
      'spara sparar sparas lagra lagrar lagras dela delar delas skicka skickar mejla mejlar maila ladda använda använder lagre lagrer dele deler sende sender bruke bruker store save share send upload use email mail',
    phrases: [
      'får jag',
      'kan jag',
      'får man',
      'kan man',
      'får vi',
      'kan vi',
      'får jeg',
      'kan jeg',
      'må jeg',
      'can i',
      'may i',
      'am i allowed',
      'are we allowed',
      'is it ok',
    ],
  },
  data: {
    words:
      'uppgift uppgifter uppgifterna personuppgift personuppgifter information informationen data opplysning opplysninger opplysningene personopplysning personopplysninger informasjon informasjonen info details records',
    phrases: ['personal data', 'personal information'],
    compound: 'uppgift uppgifter opplysning opplysninger data information informasjon',
  },
  system: {
    words:
      'system systemet systemen systemer systemene systems it-system it-systemet application applications applikasjon applikasjoner software tool tools platform programvara verktyg verktyget plattform plattformen programvare verktøy verktøyet',
    phrases: [...TOOL_ASKED],
    compound: 'system systemet systemer',
  },
  processing: {
    words:
      'behandling behandlingen behandlingar personuppgiftsbehandling registerförteckning registerförteckningen behandlingsprotokoll behandlingsprotokollen processing processed process personuppgiftsansvarig personuppgiftsansvariga behandlingsansvarlig behandlingsansvarlige controller controllers',
    phrases: ['processing activity', 'record of processing', 'artikel 30', 'article 30'],
  },
  'legal-basis': {
    words:
      'rättslig rättsliga laglig lagliga grund grunden grunder lagstöd lagrum rettslig grunnlag grunnlaget behandlingsgrunnlag hjemmel lovlig legal lawful basis ground grounds',
  },
  retention: {
    words:
      'gallring gallras gallra gallringsfrist länge sparas bevaras bevarande lagringstid lagringstiden radera raderas sletting slettes slette lenge oppbevares oppbevaring retention retained retain kept erased erase deleted delete',
    phrases: ['how long', 'hur länge', 'hvor lenge'],
  },
  document: {
    words:
      'styrdokument styrdokumentet policy policyn policies riktlinje riktlinjen riktlinjer rutin rutinen rutiner instruktion instruktionen regel regler regelverk dokument dokumentet styringsdokument retningslinje retningslinjen retningslinjer rutine rutinen rutiner instruks guideline guidelines procedure procedures routine routines instruction rules document governing applies apply cover covers governs regulates omfattar reglerar dekker regulerer gäller gjelder',
    compound: 'policy policyn riktlinje riktlinjer rutin retningslinje rutine',
  },
  review: {
    words:
      'revideras revidera revidering revideringen översyn uppdateras uppdatera revideres revidert gjennomgang gjennomgås oppdateres review reviewed revised revision due',
    phrases: ['ses över', 'gås igenom', 'se over'],
  },
  audit: {
    words:
      'granskning granskningen granskningar revision revisionen revisionsrapport revisionsrapporten revisorerna revisorer revisorernas revisjon revisjonen revisjonsrapport revisor revisorene audit audits auditors auditor',
    compound: 'granskning revisionsrapport revisjonsrapport',
  },
  recommendation: {
    words:
      'rekommendation rekommendationen rekommendationer anbefaling anbefalingen anbefalinger recommendation recommendations',
  },
  action: {
    words:
      'åtgärd åtgärden åtgärder åtgärderna åtgärdsplan tiltak tiltaket tiltakene handlingsplan action actions planned',
    compound: 'åtgärd åtgärder tiltak',
  },
  status: { words: 'status läge går ligger klar klart färdig gjort progress done finished stands going' },
  kpi: {
    words:
      'nyckeltal nyckeltalet mätetal mätvärde kpi kpier nøkkeltall nøkkeltallet indikator indikatoren måltall metric metrics indicator',
    compound: 'nyckeltal nøkkeltall',
  },
  target: {
    words:
      'mål målet målvärde målvärdet utfall senaste värde värdet resultat måltall siste verdi verdien target goal latest value result',
  },
  cycle: {
    words:
      'årshjul årshjulet årshjulets årsplan händer hända ske aktivitet aktiviteter aktiviteterna skjer hendelser aktiviteter aktivitetene yearly annual cycle calendar happening happens scheduled activities activity',
  },
  month: {
    words:
      'månad månaden månader måned måneden måneder month months januari februari mars april maj juni juli augusti september oktober november december januar februar mai august desember january february march june july october',
  },
  quarter: { words: 'kvartal kvartalet kvartalets quarter quarterly q1 q2 q3 q4' },
  this: {
    words: 'denna detta nu aktuell aktuella innevarande denne dette nå inneværende this current now',
    phrases: ['den här', 'det här'],
  },
  dpia: {
    words:
      'konsekvensbedömning konsekvensbedömningen konsekvensanalys dpia dpian pia personvernkonsekvensvurdering personvernkonsekvensvurderingen konsekvensvurdering',
    phrases: ['impact assessment', 'data protection impact assessment'],
    compound: 'konsekvensbedömning konsekvensvurdering',
  },
  processor: {
    words:
      'personuppgiftsbiträde personuppgiftsbiträden biträde biträden biträdesavtal databehandler databehandlere databehandleravtale processor processors subprocessor',
  },
  // "Hur gör jag när …?", "vad gör jag?", "what now?": what the guidance is written for.
  howto: {
    words: '',
    phrases: [
      'hur gör jag',
      'hur gör man',
      'vad gör jag',
      'vad ska jag göra',
      'hva gjør jeg',
      'hvordan gjør jeg',
      'hva skal jeg gjøre',
      'what do i do',
      'what should i do',
      'what now',
      'how do i',
      'is it ok',
      'is that ok',
      'er det lov',
      'är det ok',
      'är det farligt',
    ],
  },
  when: { words: 'när når when datum dato date', phrases: ['what date', 'vilket datum', 'hvilken dato'] },
  count: {
    phrases: ['hur många', 'hvor mange', 'how many', 'hur stor andel', 'how much'],
    words: 'antal antall andel number share percentage',
  },
  next: { words: 'nästa kommande nästkommande neste kommende next upcoming' },
  dpo: {
    words:
      'dataskyddsombud dataskyddsombudet dataskyddsombudets dso personuppgiftsombud personvernombud personvernombudet personvernombudets dpo',
    phrases: ['data protection officer', 'privacy officer', 'privacy ombudsman'],
  },
  'security-coordinator': {
    words:
      'informationssäkerhetssamordnare informationssäkerhetssamordnaren säkerhetssamordnare säkerhetssamordnaren informationssäkerhetsansvarig säkerhetsansvarig ciso informasjonssikkerhetskoordinator sikkerhetskoordinator informasjonssikkerhetsansvarlig sikkerhetsansvarlig sikkerhetsleder ciso coordinator',
    phrases: ['security officer', 'security coordinator'],
  },
  contact: {
    words: 'kontakt kontakta kontaktperson fråga frågar vända kontakte spørre henvende contact reach',
  },
  exists: { words: 'finns existerar fanns finnes eksisterer exist exists existing there' },
  contains: {
    words:
      'innehåller innehålla hanterar hanteras hantera inneholder inneholde håndterer håndteres contain contains contained hold holds held handle handles handled keeps',
  },
};

export interface Lexicon {
  /** stem → concepts it signals. */
  byStem: Map<string, ConceptId[]>;
  /** Compound tails (stems) → concept. */
  tails: [string, ConceptId][];
  /** stem → shared synonym token. */
  synonyms: Map<string, string>;
  /** Every stem the lexicon knows, for compound splitting. */
  known: Set<string>;
  /** Stems that signal a concept and still name what the question is about (`keep`). */
  keep: Set<string>;
  /** Folded phrases → concept. */
  phrases: [string, ConceptId][];
  /** Folded phrases → shared synonym token. */
  phraseSynonyms: [string, string][];
  /** The first words of those phrases: most texts have none, and need no further look. */
  phraseStarts: Set<string>;
  /** `lang:stem` → shared synonym token, the stem being the Snowball stem of a glossary word in its language. */
  snowballSynonyms: Map<string, string>;
  /** The shared-root spelling (`cognate`) of every known stem of six letters or more. */
  respelled: Set<string>;
}

function stems(text: string): string[] {
  return words(text).map(stem);
}

function build(): Lexicon {
  const byStem = new Map<string, ConceptId[]>();
  const tails: [string, ConceptId][] = [];
  const phrases: [string, ConceptId][] = [];
  const known = new Set<string>();
  const keep = new Set<string>();
  for (const [id, def] of Object.entries(CONCEPTS) as [ConceptId, ConceptDef][]) {
    for (const s of stems(def.words)) {
      if (def.keep) keep.add(s);
      const list = byStem.get(s) ?? [];
      if (!list.includes(id)) list.push(id);
      byStem.set(s, list);
      known.add(s);
    }
    for (const s of stems(def.compound ?? '')) if (s.length >= 4) tails.push([s, id]);
    for (const p of def.phrases ?? []) phrases.push([fold(p), id]);
  }
  const synonyms = new Map<string, string>();
  for (const [id, list] of Object.entries(SYNONYMS)) {
    for (const s of stems(list)) {
      if (!synonyms.has(s)) synonyms.set(s, `~${id}`);
      known.add(s);
    }
  }
  for (const s of stems(COMMON)) known.add(s);
  const glossaryPhrases: [string, string][] = [];
  const snowballSynonyms = addGlossary(synonyms, known, glossaryPhrases);
  // As typed without å, ä, ö ("vem ager"), unless that spelling already means something else ("gall").
  for (const [s, ids] of [...byStem]) {
    const a = ascii(s);
    if (a !== s && !byStem.has(a) && !STOP_WORDS.has(a)) {
      byStem.set(a, ids);
      if (keep.has(s)) keep.add(a);
    }
  }
  for (const [s, id] of [...synonyms]) {
    const a = ascii(s);
    if (a !== s && !synonyms.has(a)) synonyms.set(a, id);
  }
  for (const [p, id] of [...phrases]) if (ascii(p) !== p) phrases.push([ascii(p), id]);
  const phraseSynonyms: [string, string][] = [
    ...Object.entries(PHRASE_SYNONYMS).map(([p, id]): [string, string] => [fold(p), `~${id}`]),
    ...glossaryPhrases.filter(([p]) => !(p in PHRASE_SYNONYMS)),
  ];
  // By stem, so "school nurses'" is the phrase "school nurse" and "travel cards" is "travel card".
  const phraseStarts = new Set(phraseSynonyms.map(([p]) => stem(p.split(' ')[0] as string)));
  const respelled = new Set<string>();
  for (const k of known) if (k.length >= 6) respelled.add(cognate(k));
  return {
    byStem,
    tails,
    synonyms,
    known,
    keep,
    phrases,
    phraseSynonyms,
    phraseStarts,
    snowballSynonyms,
    respelled,
  };
}

export const LEXICON: Lexicon = build();

/** The concepts a stem signals, also as the tail of a compound ("systemägare" → owner). */
export function conceptsOf(s: string, lexicon: Lexicon = LEXICON): ConceptId[] {
  const direct = lexicon.byStem.get(s);
  const out = direct ? [...direct] : [];
  for (const [tail, id] of lexicon.tails) {
    if (s.length >= tail.length + 3 && s.endsWith(tail) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The shared token for a stem's meaning, if the lexicon knows it: "elev" → "~pupil". */
export function synonymOf(s: string, lexicon: Lexicon = LEXICON): string | undefined {
  return lexicon.synonyms.get(s);
}

/**
 * The shared token of a word the synonym groups do not list in this form, by its Snowball stem in a language:
 * "slettet" (nb) meets the glossary's "slette", "archived" (en) its "archive".
 */
export function snowballSynonymOf(
  folded: string,
  lang: 'sv' | 'nb' | 'en',
  lexicon: Lexicon = LEXICON,
): string | undefined {
  if (folded.length < 4) return undefined;
  return lexicon.snowballSynonyms.get(`${lang}:${stem(fold(snowball(folded, lang)))}`);
}

/** The phrases of `phraseSynonyms` taken apart once: each one's words, their stems, and which start with a stem. */
interface PhraseTable {
  count: number;
  parts: string[][];
  stems: string[][];
  /** First word's stem → the phrases that start with it, in list order. */
  byFirst: Map<string, number[]>;
}

// Keyed by the list itself: the index calls phraseSynonyms for every name of the registers (200,000 times at
// region scale), and splitting and stemming all 154 phrases each time was a third of the index build.
const phraseTables = new WeakMap<readonly [string, string][], PhraseTable>();

function phraseTable(list: readonly [string, string][]): PhraseTable {
  const kept = phraseTables.get(list);
  if (kept && kept.count === list.length) return kept;
  const table: PhraseTable = { count: list.length, parts: [], stems: [], byFirst: new Map() };
  list.forEach(([phrase], n) => {
    const parts = phrase.split(' ');
    const stems = parts.map((p) => stem(p));
    table.parts.push(parts);
    table.stems.push(stems);
    const first = stems[0] as string;
    const starting = table.byFirst.get(first);
    if (starting) starting.push(n);
    else table.byFirst.set(first, [n]);
  });
  phraseTables.set(list, table);
  return table;
}

/** Synonym tokens named by a phrase in a text's folded words ("information security" → ~infosec). */
export function phraseSynonyms(
  folded: readonly string[],
  lexicon: Lexicon = LEXICON,
): { tokens: string[]; used: Set<number>; of: Map<number, string> } {
  const tokens: string[] = [];
  const used = new Set<number>();
  const of = new Map<number, string>();
  const stemmed = folded.map((w) => (lexicon.phraseStarts.has(stem(w)) ? stem(w) : w));
  if (!stemmed.some((w) => lexicon.phraseStarts.has(w))) return { tokens, used, of };
  const table = phraseTable(lexicon.phraseSynonyms);
  // Only the phrases whose first word is in the text can match; they are tried in list order, as all were.
  const candidates = new Set<number>();
  for (const w of stemmed) for (const n of table.byFirst.get(w) ?? []) candidates.add(n);
  const at = (i: number) => stemmed[i] ?? '';
  for (const n of [...candidates].sort((a, b) => a - b)) {
    const id = (lexicon.phraseSynonyms[n] as [string, string])[1];
    const parts = table.parts[n] as string[];
    const stems = table.stems[n] as string[];
    const first = stems[0] as string;
    for (let i = 0; i + parts.length <= folded.length; i++) {
      if (at(i) !== first) continue;
      // The words after the first as written or as stems: "school nurses" is "school nurse".
      if (
        !parts.every((p, k) => k === 0 || folded[i + k] === p || stem(folded[i + k] as string) === stems[k])
      )
        continue;
      if (!tokens.includes(id)) tokens.push(id);
      for (let k = 0; k < parts.length; k++) {
        used.add(i + k);
        of.set(i + k, id);
      }
    }
  }
  return { tokens, used, of };
}

/** Concepts named by a phrase in the question's folded words, and the positions of the words they used. */
export function phraseConcepts(
  folded: readonly string[],
  lexicon: Lexicon = LEXICON,
): { concepts: ConceptId[]; used: Set<number> } {
  const concepts: ConceptId[] = [];
  const used = new Set<number>();
  for (const [phrase, id] of lexicon.phrases) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= folded.length; i++) {
      if (parts.every((p, k) => folded[i + k] === p)) {
        if (!concepts.includes(id)) concepts.push(id);
        for (let k = 0; k < parts.length; k++) used.add(i + k);
      }
    }
  }
  return { concepts, used };
}
