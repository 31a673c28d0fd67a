// Which of sv, nb and en a question is written in, so the answer comes back in the same language.
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as norwegianStopwords } from '@orama/stopwords/norwegian';
import { stopwords as swedishStopwords } from '@orama/stopwords/swedish';
import type { Locale } from '../locale.js';
import { glossaryRows } from './glossary.js';

// Lower case, unfolded: the letters themselves are evidence (ä/ö Swedish, æ/ø Norwegian).
const MARKERS: Record<Locale, string[]> = {
  sv: 'vem vad hur vilka vilket vilken är och jag får för finns äger om till med det som inte kan ska när mig någon några något vår våra vårt systemet gäller måste hos efter innan eller också behöver var ligger sparas gallras uppgifter elever ärenden kommer har ni du varför i kostar händer använda jobba spara skicka dela hemma fel'.split(
    ' ',
  ),
  nb: 'hvem hva hvordan hvilke hvilket hvilken er og jeg får for finnes fins eier om til med det som ikke kan skal når meg noen noe vår våre vårt systemet gjelder må hos etter før eller også trenger hvor ligger lagres slettes opplysninger elever saker kommer har dere du hvorfor i koster skjer bruke jobbe lagre sende dele hjemme feil jobb hos mistet'.split(
    ' ',
  ),
  en: 'who what how which is are the and i do does may can should owns own for of in to with there about my our we when where data systems pupils held kept long is it this that please'.split(
    ' ',
  ),
};

const WEIGHTS: Record<Locale, Map<string, number>> = {
  sv: new Map(),
  nb: new Map(),
  en: new Map(),
};
// A word that marks only one language counts more than one the languages share ("om", "til", "med").
for (const locale of ['sv', 'nb', 'en'] as Locale[]) {
  for (const w of MARKERS[locale]) {
    const shared = (['sv', 'nb', 'en'] as Locale[]).filter((l) => MARKERS[l].includes(w)).length;
    WEIGHTS[locale].set(w, shared === 1 ? 2 : 0.5);
  }
}

// English function words that are no Swedish or Norwegian word (Snowball's English stop words without those of
// the two other lists, and without "in" and "to", which are Swedish and Norwegian words too), and everyday words
// of asking for help: a short English question ("lifecare down?", "ByggR owner") has few other marks.
const ENGLISH_ONLY = [
  ...englishStopwords.filter(
    (w) =>
      !w.includes("'") &&
      w !== 'in' &&
      w !== 'to' &&
      !swedishStopwords.includes(w) &&
      !norwegianStopwords.includes(w),
  ),
  ...'working broken stuck wrong help need needs reset owner access lost phone printer payslip issue question allowed pls please files file stick report leave sick anyone anybody someone something got get know anything whats whos'.split(
    ' ',
  ),
];
for (const w of ENGLISH_ONLY) if (!WEIGHTS.en.has(w)) WEIGHTS.en.set(w, 1);

// The Swedish and Norwegian function words of Snowball's lists that are no English word: "på", "av", "och",
// "ikke". One that only one of the two has marks it; one both have ("på", "av") still outweighs an English
// ending ("klassning av passerloggen?", "status på kontrollen av skjerming …"). Also words that are English
// ones, or that English writers use, are left out ("i", "at", "over", "man").
const ENGLISH_TOO = new Set([
  ...englishStopwords,
  'man',
  'men',
  'so',
  'me',
  'no',
  'her',
  'over',
  'under',
  'at',
]);
const NORDIC: [Locale, readonly string[]][] = [
  ['sv', swedishStopwords],
  ['nb', norwegianStopwords],
];
for (const [locale, list] of NORDIC) {
  const other = locale === 'sv' ? norwegianStopwords : swedishStopwords;
  for (const w of list) {
    if (ENGLISH_TOO.has(w) || WEIGHTS[locale].has(w)) continue;
    WEIGHTS[locale].set(w, other.includes(w) ? 0.4 : 1);
  }
}

// Everyday adverbs and pronouns the Snowball lists leave out, which the two Nordic languages spell apart ("bara
// tomma sidor" is Swedish, "bare tomme sider" Norwegian): each a mark of its own language.
for (const [locale, list] of [
  ['sv', 'bara redan kanske aldrig ganska igen fortfarande inget också hela idag'],
  ['nb', 'bare allerede kanskje aldri ganske igjen fortsatt ikkje hele mye'],
] as [Locale, string][])
  for (const w of list.split(' ')) if (!WEIGHTS[locale].has(w)) WEIGHTS[locale].set(w, 1);

// Greetings and thanks: a message of one such word has nothing else to tell by.
for (const [locale, list] of [
  ['en', 'hi hiya hello hey thanks thank thx cheers'],
  ['sv', 'hej tack tjena hejsan'],
  ['nb', 'hei takk hallo'],
] as [Locale, string][])
  for (const w of list.split(' ')) WEIGHTS[locale].set(w, 2);

// The glossary's words as written, each in its own language's column: a word only one language writes so
// ("klassning", "gjeldende", "psychiatric") tells the language of a question made of register words.
function glossaryMarkers(): void {
  const langs = new Map<string, Set<Locale>>();
  for (const row of glossaryRows()) {
    for (const { word, lang } of [...row.words, ...row.phraseWords]) {
      const w = word.toLowerCase();
      const set = langs.get(w) ?? new Set<Locale>();
      set.add(lang);
      langs.set(w, set);
    }
  }
  for (const [w, set] of langs) {
    if (set.size !== 1 || w.length < 4) continue;
    const [lang] = [...set] as [Locale];
    const others = (['sv', 'nb', 'en'] as Locale[]).filter((l) => l !== lang);
    // A word that is also a marker of another language is no evidence either way.
    if (others.some((l) => WEIGHTS[l].has(w)) || WEIGHTS[lang].has(w)) continue;
    WEIGHTS[lang].set(w, 1);
  }
}
glossaryMarkers();

/**
 * The language of a question, or `fallback` when nothing tells them apart. `asker` is the language the asker is
 * known to write (their Slack locale, an earlier message's language): a message with no mark of any language
 * ("hmm ??", "ok cool", a product name alone) is answered in it, and it decides a tie it is part of, before the
 * registry's language does.
 */
export function detectLanguage(question: string, fallback: Locale = 'sv', asker?: Locale): Locale {
  const score = languageScores(question);
  const order = (l: Locale) => (l === asker ? 0 : l === fallback ? 1 : 2);
  const ranked = (['sv', 'nb', 'en'] as Locale[]).sort((a, b) => score[b] - score[a] || order(a) - order(b));
  const best = ranked[0] as Locale;
  if (score[best] <= 0) return asker ?? fallback;
  if (score[best] > score[ranked[1] as Locale]) return best;
  return asker !== undefined && score[asker] === score[best] ? asker : fallback;
}

/** Each language's evidence in a question's words and letters. */
function languageScores(question: string): Record<Locale, number> {
  const text = question.toLowerCase();
  const score: Record<Locale, number> = { sv: 0, nb: 0, en: 0 };
  // The letters of a name written with a capital inside a sentence ("does Malmö stad use …") are the name's
  // language, not the writer's.
  const letters = question.replace(/(?<=[\p{L}\p{N},;:] +)\p{Lu}[\p{L}-]*/gu, '').toLowerCase();
  if (/[äö]/.test(letters)) score.sv += 3;
  if (/[æø]/.test(letters)) score.nb += 3;
  const all = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const many = all.length >= 3;
  for (const w of all) {
    for (const locale of ['sv', 'nb', 'en'] as Locale[]) score[locale] += WEIGHTS[locale].get(w) ?? 0;
    // Endings: Norwegian -ene/-ene definite plurals, Swedish -erna/-arna.
    if (/(erna|arna|orna)$/.test(w)) score.sv += 1;
    if (/(ene|ane)$/.test(w) && w.length > 5) score.nb += 0.5;
    if (/(tion|ing)$/.test(w) && !/[åäöæø]/.test(w)) score.en += 0.25;
    // Swedish past tense ("klickade", "skickade"); a "c" outside "ck" and "ch" is rare in Swedish and Norwegian
    // words ("compulsory psychiatric care"), though not in product names ("Cosmic"), which are often asked alone.
    if (/[^aeiouyåäö]ade$/.test(w) && w.length > 5) score.sv += 0.5;
    if (many && /c(?![kh])/.test(w) && !/[åäöæø]/.test(w)) score.en += 0.3;
  }
  return score;
}
