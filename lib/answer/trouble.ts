// Whether a question is one for the IT support, not the registers: it reports trouble with a product ("teams keeps
// crashing", "skrivaren skriver inte ut", "gerica er treg i dag, er det bare meg?"), asks how to set something up
// on the asker's own device or account ("how do I reset the voicemail pin", "hvordan endrer jeg signaturen min"),
// asks for a credential ("what's the wifi password") or is no question at all ("test test, ignore this"). The
// registers hold who owns and runs a system, how information is classified and handled, and what to do after a
// security event: such a question names a product or a thing the registers know only in passing, so an answer
// about that entry, or guidance that shares a word with it, would answer something else.
// The vocabulary is general per language, matched by Snowball stems, so every inflection of a listed word counts.
import type { Locale } from '../locale.js';
import { asksErrand, asksHowTo } from './asked.js';
import { STOP_WORDS, snowball } from './normalize.js';
import type { Query } from './query.js';

export type SupportAsked = 'symptom' | 'operation' | 'credential' | 'errand' | 'chatter';

/** Words per language, as written (a table, not messages: nothing here is shown to anyone). */
type Lists = readonly (readonly [Locale, string])[];

/** Words that report that something misbehaves. Not "down"/"nere"/"nede": an outage is an incident the registers keep. */
const SYMPTOM: Lists = [
  [
    'en',
    'crash crashes crashing crashed lag lags lagging laggy slow sluggish freeze freezes freezing froze frozen hangs hanging glitch glitches glitchy buggy broken unresponsive flickers flickering',
  ],
  [
    'sv',
    'krascha kraschar kraschade kraschat crashar crashade laggar laggat laggade laggig seg sega segt långsam långsamt långsamma trög trögt fryser frös fryst strular strulat strulade buggar buggat buggig flimrar',
  ],
  [
    'nb',
    'krasjer krasjet krasja kræsjer lagger lagget laggete treg tregt trege fryser frøs frosset klusser klusset tuller buggy flimrer',
  ],
];

/** Verbs of a device or a program doing its job, which a negation next to them turns into a symptom. */
const FUNCTION: Lists = [
  [
    'en',
    'work works working load loads loading open opens start starts starting boot print prints printing connect connects connecting sync syncs syncing respond responds show shows showing',
  ],
  [
    'sv',
    'fungerar fungera funkar funka startar starta skriver laddar ladda öppnas öppnar kopplar ansluter synkar synkar svarar visas',
  ],
  [
    'nb',
    'fungerer fungere funker funke virker virke starter starte skriver laster åpner åpnes kobler synker synkroniserer svarer vises',
  ],
];

const NEGATION: Lists = [
  ['en', "not doesn't don't won't can't cannot isn't aren't never"],
  ['sv', 'inte ej aldrig'],
  ['nb', 'ikke ikkje aldri'],
];

/** Trouble said in a phrase ("hänger sig", "går inte att logga in"), and "is it just me?": whether others have it too. */
const TROUBLE_PHRASES: Record<Locale, readonly (readonly string[])[]> = {
  en: [
    ['just', 'me'],
    ['anyone', 'else'],
    ['keeps', 'crashing'],
  ],
  sv: [
    ['hänger', 'sig'],
    ['går', 'inte', 'att'],
    ['bara', 'jag'],
    ['bara', 'mig'],
    ['någon', 'mer'],
  ],
  nb: [
    ['henger', 'seg'],
    ['hengt', 'seg'],
    ['går', 'ikke', 'å'],
    ['bare', 'meg'],
    ['bare', 'jeg'],
    ['noen', 'andre'],
  ],
};

/**
 * Verbs of setting up one's own device or account, after "how do I". Not ordering access, reporting, sending or
 * deleting: those are processes the guidance and the registers describe.
 */
const OPERATION: Lists = [
  [
    'en',
    'change reset set setup install uninstall configure connect sync add turn enable disable update upgrade unlock restore rename customise customize mute pair',
  ],
  [
    'sv',
    'byta byter ändra ändrar återställa återställer nollställa ställa ställer installera installerar konfigurera koppla kopplar ansluta ansluter synka lägga lägger slå aktivera avaktivera uppdatera låsa låser',
  ],
  [
    'nb',
    'endre endrer bytte bytter tilbakestille tilbakestiller nullstille sette setter stille stiller installere installerer konfigurere koble kobler synkronisere legge legger slå aktivere deaktivere oppdatere låse låser',
  ],
];

/** Operations on "my" calendar, signature, settings: sharing one's own things is setting them up, not handling information. */
const SHARE: Lists = [
  ['en', 'share'],
  ['sv', 'dela delar'],
  ['nb', 'dele deler'],
];
const MY: Lists = [
  ['en', 'my'],
  ['sv', 'min mitt mina'],
  ['nb', 'min mitt mine'],
];

const WHAT_IS: Record<Locale, readonly (readonly string[])[]> = {
  en: [['whats'], ['what', 'is'], ['what', 's']],
  sv: [
    ['vad', 'är'],
    ['vilket', 'är'],
  ],
  nb: [
    ['hva', 'er'],
    ['hvilket', 'er'],
  ],
};
/** A credential, asked for by "what is": not what the rules for one are ("minimum password length"). */
const CREDENTIAL: Lists = [
  ['en', 'password pin passcode'],
  ['sv', 'lösenord lösenordet pinkod pinkoden'],
  ['nb', 'passord passordet pinkode pinkoden'],
];
/** What follows a credential asked for: where or what it opens. */
const PLACE: Stems = plain([
  ['en', 'to for in on at of'],
  ['sv', 'till för på i hos'],
  ['nb', 'til for på i hos'],
]);
const CREDENTIAL_TAIL = /(password|losenord|lösenord|passord|pinkod|pinkode)(et|en)?$/;

/** Messages that ask nothing: tests, acknowledgements, thinking aloud. */
const CHATTER: Lists = [
  ['en', 'test testing ignore ok okay cool hmm hm lol haha nice great thanks thank thx cheers sorry'],
  ['sv', 'test testar testa ignorera ignorer strunta ok okej hmm hm lol haha bra fint tack tackar'],
  ['nb', 'test tester teste ignorer ignorere ok okei hmm hm lol haha bra fint takk'],
];

/**
 * What makes a question one for the registers or the guidance, whatever trouble it reports: asking who owns or
 * runs something, how it is classified, what the law or the retention says, whether something is allowed, or
 * what to do after a security event (phishing, a lost phone, a threat, a breach).
 */
const REGISTER_ASKS = new Set([
  'owner',
  'administrator',
  'classification',
  'legal-basis',
  'retention',
  'processing',
  'dpia',
  'processor',
  'dpo',
  'security-coordinator',
  'audit',
  'kpi',
  'risk',
  'training',
  'agreement',
  'incident',
  'document',
]);
const SECURITY_EVENTS = new Set([
  '~phishing',
  '~click',
  '~link',
  '~lost',
  '~forgot',
  '~threat',
  '~violence',
  '~breach',
  '~incident',
  '~ransomware',
  '~vulnerability',
  '~protected',
  '~identity',
  '~usb',
  '~outage',
  '~backup',
]);
const PERMISSION: Record<Locale, readonly (readonly string[])[]> = {
  en: [['may', 'i'], ['may', 'we'], ['allowed'], ['permitted'], ['is', 'it', 'ok'], ['ok', 'to']],
  sv: [['får', 'jag'], ['får', 'man'], ['får', 'vi'], ['tillåtet'], ['är', 'det', 'ok'], ['okej', 'att']],
  nb: [['får', 'jeg'], ['må', 'jeg'], ['lov'], ['tillatt'], ['er', 'det', 'ok']],
};

type Stems = Record<Locale, ReadonlySet<string>>;

function stemmed(lists: Lists): Stems {
  const out: Record<Locale, Set<string>> = { sv: new Set(), nb: new Set(), en: new Set() };
  for (const [lang, list] of lists) for (const w of list.split(' ')) out[lang].add(snowball(w, lang));
  return out;
}
function plain(lists: Lists): Stems {
  const out: Record<Locale, Set<string>> = { sv: new Set(), nb: new Set(), en: new Set() };
  for (const [lang, list] of lists) for (const w of list.split(' ')) out[lang].add(w);
  return out;
}

const S = {
  symptom: stemmed(SYMPTOM),
  function: stemmed(FUNCTION),
  operation: stemmed(OPERATION),
  share: stemmed(SHARE),
  credential: stemmed(CREDENTIAL),
  chatter: stemmed(CHATTER),
  negation: plain(NEGATION),
  my: plain(MY),
};

/** Every word is one of chatter or a function word, in whichever language ("ok cool", "test, ignore this"). */
function chatter(ws: readonly string[]): boolean {
  const langs: Locale[] = ['sv', 'nb', 'en'];
  const said = (w: string) => langs.some((l) => S.chatter[l].has(snowball(w, l)));
  const all = ws.filter((w) => w.length > 1);
  return all.some(said) && all.every((w) => said(w) || STOP_WORDS.has(w));
}

/** Where the first of `phrases` starts among the words, or -1. */
function phraseAt(words: readonly string[], phrases: readonly (readonly string[])[]): number {
  for (let i = 0; i < words.length; i++)
    if (phrases.some((p) => p.every((w, k) => words[i + k] === w))) return i;
  return -1;
}

function hasPhrase(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return phraseAt(words, phrases) >= 0;
}

/** The question's words as the apostrophe-free forms people type ("doesn't" → doesnt, as the lists have them). */
function written(q: Query): string[] {
  return q.raw
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/['’]/g, ''))
    .filter(Boolean);
}

/** A negation within two words of a verb of working: "skriver inte ut", "doesn't load", "virker ikke". */
function negatedFunction(ws: readonly string[], lang: Locale, st: readonly string[]): boolean {
  const neg = new Set([...S.negation[lang]].map((w) => w.replace(/'/g, '')));
  for (let i = 0; i < ws.length; i++) {
    if (!neg.has(ws[i] as string)) continue;
    for (let k = Math.max(0, i - 2); k <= Math.min(ws.length - 1, i + 2); k++)
      if (k !== i && S.function[lang].has(st[k] as string)) return true;
  }
  return false;
}

/** What about the question says it asks the IT support rather than the registers; undefined when nothing does. */
export function supportAsked(q: Query): SupportAsked | undefined {
  const lang = q.locale;
  const ws = written(q);
  const st = ws.map((w) => snowball(w, lang));
  if (chatter(ws)) return 'chatter';
  if ([...q.concepts].some((c) => REGISTER_ASKS.has(c))) return undefined;
  if ([...q.synonyms].some((s) => SECURITY_EVENTS.has(s))) return undefined;
  if (hasPhrase(ws, PERMISSION[lang])) return undefined;
  if (
    st.some((s) => S.symptom[lang].has(s)) ||
    negatedFunction(ws, lang, st) ||
    hasPhrase(ws, TROUBLE_PHRASES[lang])
  )
    return 'symptom';
  // "Can you send me last month's payslip": the bot asked to do something the registers do not hold.
  if (asksErrand(q.folded)) return 'errand';
  if (asksHowTo(q.folded, lang)) {
    if (st.some((s) => S.operation[lang].has(s))) return 'operation';
    if (st.some((s) => S.share[lang].has(s)) && ws.some((w) => S.my[lang].has(w))) return 'operation';
  }
  const at = phraseAt(ws, WHAT_IS[lang]);
  if (at >= 0) {
    // The credential itself ("the wifi password for guests"), not what is required of one ("password length").
    for (let i = at + 1; i < Math.min(ws.length, at + 5); i++) {
      const w = ws[i] as string;
      if (!S.credential[lang].has(snowball(w, lang)) && !CREDENTIAL_TAIL.test(w)) continue;
      const after = ws[i + 1];
      if (after === undefined || PLACE[lang].has(after)) return 'credential';
    }
  }
  return undefined;
}
