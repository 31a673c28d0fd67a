import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as norwegianStemmer } from '@orama/stemmers/norwegian';
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as norwegianStopwords } from '@orama/stopwords/norwegian';
import { stopwords as swedishStopwords } from '@orama/stopwords/swedish';

// Swedish, Norwegian and English text reduced to comparable terms: folded, tokenised, stop words out,
// inflection stripped. The same function runs over the registers and over the question, so what matters is
// that the two sides meet, not that a stem is a real word.

const FOLD: Record<string, string> = { æ: 'ä', ø: 'ö', ß: 'ss' };
const NORDIC = /[åäö]/g;
// Private-use placeholders keep å, ä, ö whole through the decomposition that strips other diacritics.
const KEEP: Record<string, string> = { å: '\ue001', ä: '\ue002', ö: '\ue003' };
const RESTORE: Record<string, string> = { '\ue001': 'å', '\ue002': 'ä', '\ue003': 'ö' };

/** Whether a text has nothing but ASCII and å, ä, ö. */
function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && c !== 0xe5 && c !== 0xe4 && c !== 0xf6) return false;
  }
  return true;
}

/**
 * Lower case, Norwegian æ/ø as Swedish ä/ö ("lære"/"lära", "søke"/"söka"), other diacritics dropped (é, ü).
 * Å, Ä and Ö stay letters of their own: folding them to a/o would merge "gäller" with "gallra" and "får" with
 * "far". Someone typing without them ("elevhalsa") is one typo away, which the matcher forgives.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most register text is plain letters and å, ä, ö: no decomposition needed.
  if (plain(lower)) return lower;
  const nordic = lower.replace(/[æøß]/g, (c) => FOLD[c] ?? c);
  if (plain(nordic)) return nordic;
  return nordic
    .replace(NORDIC, (c) => KEEP[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\ue001-\ue003]/g, (c) => RESTORE[c] ?? c);
}

/** Å, Ä, Ö as a, a, o: how a word looks typed on a keyboard without them. */
export function ascii(word: string): string {
  return word.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
}

/** Words of a text, folded: letters and digits; a hyphenated word also yields its joined form ("e-post" → epost). */
const WORD_SPLIT = /[^\p{L}\p{N}-]+/u;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(WORD_SPLIT)) {
    if (!raw) continue;
    if (!raw.includes('-')) {
      out.push(raw);
      continue;
    }
    const parts = raw.split('-').filter(Boolean);
    for (const p of parts) out.push(p);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

// Question words are stop words here; intents are read from the words before they go.
const STOP_SV =
  'och i att det som en ett på är av för med till den de dem inte om men var jag sig från vi så kan när man ska skall vara eller nu hur vad vem vilka vilket vilken vart där finns fanns mig min mitt mina du dig din ditt dina er era oss dom någon något några alla allt just denna detta dessa hos ha har hade gör göra gjort får få ju då också bara mer mest sin sitt sina ni vill behöver behöva många mycket säger sägs står stod heter kallas lisa hej tack snälla undrar fråga kolla ge mej säg säga veta vet tror någonstans nån nåt nåra typ alltså liksom';
const STOP_NB =
  'og at et er ikke seg fra være eller nå når skal må bør blir ble hadde på av til med som den det de men om jo hvordan hva hvem hvilke hvilket hvilken hvor der finnes fins meg mine deg dere noen noe alle alt denne dette disse gjør gjøre også bare sine vil trenger mange mye sier står heter kalles hei takk lurer spørsmål spør spørre si vite tenker';
const STOP_EN =
  'the a an and or of in on at to for with by is are was were be been being do does did i me my we our you your it its this that these those what which who whom whose how where when there here can could should would may might must will shall have has had about any some all please hi hello thanks thank from as if not no yes so us get tell know want wonder ask many much say says said called named someone somebody something anything anyone like likes start using mean means meaning put coming come figure saying asked asking need needs needed still right stuff thing things way got make really okay ok actually maybe guess think just also anyway';

// The languages' own lists (Snowball's, as @orama/stopwords ships them), and the words of asking above. Also as
// typed without å, ä, ö: "far jag" is "får jag". An apostrophe form ("don't") is no word here.
export const STOP_WORDS = new Set(
  [
    ...swedishStopwords,
    ...norwegianStopwords,
    ...englishStopwords.filter((w) => !w.includes("'")),
    ...STOP_SV.split(' '),
    ...STOP_NB.split(' '),
    ...STOP_EN.split(' '),
  ].flatMap((w) => [fold(w), ascii(fold(w))]),
);

const VOWEL = /[aeiouyåäö]/;

// Inflection: definite forms, plurals, genitives (sv, nb), and English plural and past. Longest first.
const INFLECTIONS: [string, number][] = [
  ['ernas', 3],
  ['ades', 3],
  ['arnas', 3],
  ['ornas', 3],
  ['erna', 3],
  ['arna', 3],
  ['orna', 3],
  ['ade', 3],
  ['ene', 3],
  ['ane', 3],
  ['ers', 3],
  ['ars', 3],
  ['ors', 3],
  ['ets', 3],
  ['ert', 3],
  ['ens', 3],
  ['ies', 3],
  ['ied', 3],
  ['et', 3],
  ['en', 3],
  ['er', 3],
  ['ar', 3],
  ['or', 3],
  ['ed', 3],
  ['ad', 4],
  ['es', 4],
  ['na', 4],
  ['ne', 4],
  ['an', 4],
  ['ns', 4],
  ['s', 3],
  ['a', 4],
  ['e', 4],
];

// Derivation: the activity from the verb ("utbildning" ~ "utbilda", "training" ~ "trained").
const DERIVATIONS: [string, number][] = [
  ['ning', 4],
  ['ing', 4],
];

function strip(word: string, suffixes: readonly [string, number][]): string {
  for (const [suffix, min] of suffixes) {
    if (word.length - suffix.length >= min && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      // A stem needs a vowel to be a word ("kpis" → "kpi" yes, "ss" → "" no).
      if (!VOWEL.test(stem)) continue;
      if (suffix === 'ies' || suffix === 'ied') return `${stem}y`;
      // "ss", "us", "is": English and Latin words whose s is not a plural ("process", "status", "analys").
      if (suffix === 's' && /(s|u|i)$/.test(stem)) continue;
      return stem;
    }
  }
  return word;
}

const stemCache = new Map<string, string>();

const SNOWBALL = { sv: swedishStemmer, nb: norwegianStemmer, en: englishStemmer } as const;

/** The Snowball stem of a word in one language: the languages' own suffixes, where lisa's light stem misses. */
export function snowball(word: string, locale: 'sv' | 'nb' | 'en'): string {
  return SNOWBALL[locale](word);
}

/**
 * A light stemmer for sv/nb/en: one inflection off, then a derivation, then the unstressed e of -er/-el/-en
 * stems and the sonorant after it, so "register", "registret", "registeret" and "registren" all meet.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  let s = strip(word, INFLECTIONS);
  const derived = strip(s, DERIVATIONS);
  // The activity's stem as the word's own: "ticketing" → ticket → as "ticket" itself stems.
  s = derived !== s ? strip(derived, INFLECTIONS) : derived;
  // register → registr; regel → regl (as in "regler"); nyckel → nyckl (as in "nycklar").
  s = s.replace(/([^aeiouyåäö])e([rln])$/, '$1$2');
  // registr → regist: the plural and definite forms disagree on this sonorant; the stem does not need it.
  if (s.length > 4) s = s.replace(/([^aeiouyåäö])[rln]$/, '$1');
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** The stems of a text's content words: folded, stop words out, stemmed. */
export function terms(text: string): string[] {
  return termsOf(words(text));
}

/** The stems of words already folded (see `words`). */
export function termsOf(folded: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of folded) {
    // A single letter ("e" of e-arkivet, whose joined form is kept) is no word, on either side.
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

// Two rows reused across calls: the matcher computes thousands of distances per question.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Bounded Levenshtein distance: `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] as number;
}

/** How many typos a term of this length may carry and still be the same word. */
export function typoBudget(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * How alike two stems are, 0..1: the same, one a prefix of the other (a compound's head or a cut-off word),
 * or within the typo budget.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === b.length && a.length >= 5 && ascii(a) === ascii(b)) return 0.95;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short) && short.length / long.length >= 0.6) return 0.85;
  // The last part of a compound: "ärende" in "anmälningsärende", "incident" in "säkerhetsincident".
  if (short.length >= 5 && long.endsWith(short)) return 0.7;
  const budget = typoBudget(Math.min(a.length, b.length));
  if (budget === 0) return 0;
  const d = editDistance(a, b, budget);
  if (d > budget) return 0;
  return d === 1 ? 0.8 : 0.65;
}

// Swedish and Norwegian join compound parts directly or with a linking s (or e, o, u in older words).
const LINKS = ['', 's', 'e', 'o', 'u'];

/**
 * Splits a compound into two known stems: "elevuppgift" → elev + uppgift, "sakerhetsincident" → sakerhet +
 * incident. `known` answers whether a stem is a word the registers or the lexicon use.
 */
export function splitCompound(term: string, known: (stem: string) => boolean): [string, string] | undefined {
  if (term.length < 7) return undefined;
  // Prefer the longest head: "informationssakerhetspolicy" is informationssakerhet + policy.
  for (let cut = term.length - 3; cut >= 3; cut--) {
    const tailRaw = term.slice(cut);
    const tail = stem(tailRaw);
    if (!known(tail) && !known(tailRaw)) continue;
    for (const link of LINKS) {
      const headEnd = cut - link.length;
      if (headEnd < 3 || term.slice(headEnd, cut) !== link) continue;
      const headRaw = term.slice(0, headEnd);
      const head = known(headRaw) ? headRaw : stem(headRaw);
      if (known(head)) return [head, known(tail) ? tail : tailRaw];
    }
  }
  return undefined;
}

/**
 * A compound whose head is a known word and whose modifier is a word the registers use nowhere else:
 * "ultraljudsapparat" → ultraljud + apparat. Both at least five letters, so that an ending is no head
 * ("-itet", "-ning"). For texts written to be asked in other words (guidance questions), where the asker's
 * "ultraljudet" names the modifier on its own.
 */
export function splitByHead(term: string, known: (stem: string) => boolean): [string, string] | undefined {
  if (term.length < 10) return undefined;
  for (let cut = 5; cut <= term.length - 5; cut++) {
    const tailRaw = term.slice(cut);
    const tail = known(tailRaw) ? tailRaw : stem(tailRaw);
    if (tail.length < 5 || !known(tail)) continue;
    for (const link of LINKS) {
      const headEnd = cut - link.length;
      if (headEnd < 5 || term.slice(headEnd, cut) !== link) continue;
      return [stem(term.slice(0, headEnd)), tail];
    }
  }
  return undefined;
}

// Spellings the three languages give one root: Swedish -tion, Norwegian -sjon ("information", "informasjon");
// English c, ph, th, ch, w, x, z where Swedish and Norwegian write k or s, f, t, k, v, ks, s ("control",
// "kontroll"; "psychiatric", "psykiatrisk"); Norwegian gj-, hv-, kj- where Swedish writes g-, v-, k-
// ("gjennomgang", "genomgång"); double letters that one language writes single ("nøkkeltall", "nyckeltal").
const COGNATE_RULES: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch/g, 'k'],
  [/ck/g, 'k'],
  [/qu/g, 'kv'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/z/g, 's'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/(?:t|s|tj)ion/g, 'sjon'],
  [/^(g|h|k|sk)j/, '$1'],
  [/^hv/, 'v'],
  [/y/g, 'i'],
  [/ä/g, 'e'],
  [/å/g, 'a'],
  [/([a-zö])\1+/g, '$1'],
  [/isk$/, 'ik'],
  [/iti$/, 'it'],
];

/**
 * A word's shared-root spelling across Swedish, Norwegian and English, for telling cognates apart from other
 * words: "klassificering" and "klassifisering", "administration" and "administrasjon", "ambulance" and
 * "ambulans" meet. Not a stem: the caller stems before or after as both sides of a comparison do.
 */
export function cognate(word: string): string {
  let out = word;
  for (const [pattern, to] of COGNATE_RULES) out = out.replace(pattern, to);
  return out;
}
