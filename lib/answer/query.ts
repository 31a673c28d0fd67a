// A question taken apart: its language, the concepts that say what is asked, and the content words that say
// what it is asked about.
import type { Locale } from '../locale.js';
import type { AnswerIndex, Entry } from './index.js';
import { detectLanguage } from './language.js';
import {
  type ConceptId,
  conceptsOf,
  LEXICON,
  phraseConcepts,
  phraseSynonyms,
  snowballSynonymOf,
  synonymOf,
} from './lexicon.js';
import { MONTHS } from './messages.js';
import { ascii, cognate, fold, STOP_WORDS, snowball, splitCompound, stem, words } from './normalize.js';

export interface Query {
  raw: string;
  locale: Locale;
  /** Every folded word, stop words included. */
  folded: string[];
  /** The stems of every word that is not a stop word, and the parts of compounds the registers do not know. */
  stems: string[];
  /** The stems that name what the question is about (not the words that say what kind of question it is). */
  content: string[];
  /** Weight factor per content stem: a compound that also signals a concept ("systemägare") counts half. */
  contentWeight: Map<string, number>;
  /** Compounds among the content stems, and their parts that name something. */
  parts: Map<string, string[]>;
  /**
   * Stems said only in a sentence around the question, not in it: "vem äger cosmic? vi vill beställa en ny
   * journalmall" asks about Cosmic; the order is why. They weigh less than the words of the question.
   */
  context: Set<string>;
  /** Words of a phrase with a shared meaning, and that meaning: "security" → ~infosec. */
  alternatives: Map<string, string>;
  concepts: Set<ConceptId>;
  /** Shared synonym tokens of the stems (`~pupil`). */
  synonyms: Set<string>;
  /** Months named in the question, 1–12. */
  months: number[];
  /** A quarter named in the question, 1–4. */
  quarter?: number;
  /** Short ids like r2 or a1 (recommendations, planned actions). */
  ids: string[];
}

const MONTH_NUMBERS = new Map<string, number>();
for (const list of Object.values(MONTHS))
  for (const [i, m] of list.entries()) MONTH_NUMBERS.set(fold(m), i + 1);
MONTH_NUMBERS.set('maj', 5);
MONTH_NUMBERS.set('okt', 10);
MONTH_NUMBERS.set('sept', 9);

/**
 * A word's stem, as the registers have it: lisa's light stem when the registers know it, else the Snowball stem
 * in the question's or the registry's language, when that is a stem they know. Snowball knows the languages'
 * own suffixes ("phishingøvelsen" → phishingøv, as "phishingövning" is written in Swedish registers).
 */
function knownStem(w: string, lang: Locale, registryLang: Locale, known: (s: string) => boolean): string {
  const light = stem(w);
  if (known(light) || w.length < 6) return light;
  for (const l of lang === registryLang ? [lang] : [lang, registryLang]) {
    const alt = stem(fold(snowball(w, l)));
    if (alt.length >= 4 && known(alt)) return alt;
  }
  return light;
}

/**
 * The stems of the names, aliases and lesser names (compound parts too) by their shared-root spelling, so a
 * question's "administration" finds the registers' "administrasjon". The first stem of a spelling keeps it.
 * Made at the first question that needs it: most questions' words are the registers' own.
 */
function cognatesOf(entries: readonly Entry[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  const add = (list: readonly string[]) => {
    for (const term of list) {
      if (term.length < 5 || term.startsWith('~') || seen.has(term)) continue;
      seen.add(term);
      // A stem cut after a c ("klassific") could be read with k or s: both spellings find it.
      const keys = term.endsWith('c') ? [cognate(term), cognate(`${term.slice(0, -1)}s`)] : [cognate(term)];
      for (const key of keys) if (!out.has(key)) out.set(key, term);
    }
  };
  for (const e of entries) {
    for (const v of e.names) add(v);
    for (const v of e.secondary ?? []) add(v);
  }
  return out;
}

const cognateMaps = new WeakMap<AnswerIndex, Map<string, string>>();

/**
 * The registers' own spelling of a word they do not use as the question writes it, when the two share a root
 * ("administration" → administrasjon, "psychiatric" → psykiatrisk, "klassifisering" → klassificering).
 */
function cognateStem(index: AnswerIndex, w: string, s: string): string | undefined {
  if (s.length < 5 || index.df.has(s) || (LEXICON.byStem.has(s) && !LEXICON.keep.has(s))) return undefined;
  let cognates = cognateMaps.get(index);
  if (!cognates) {
    cognates = cognatesOf(index.entries);
    cognateMaps.set(index, cognates);
  }
  const spelled = stem(cognate(w));
  for (const key of [cognate(s), cognate(spelled), cognate(stem(spelled))]) {
    const hit = cognates.get(key);
    if (hit !== undefined && hit !== s) return hit;
  }
  return undefined;
}

/**
 * A question word as the registers would have it: its stem (the registers' own spelling of a shared root when
 * they do not use the question's), and, for a form the synonym groups do not list ("slettet", "archived"), its
 * meaning by its Snowball stem in the question's language and then the registry's. A word with a meaning of its
 * own (a synonym group, a phrase) is matched by that meaning, not respelled.
 */
function readWord(
  index: AnswerIndex,
  w: string,
  lang: Locale,
  inPhrase: boolean,
  known: (s: string) => boolean,
  into: { synonyms: Set<string>; alternatives: Map<string, string> },
): string {
  const light = knownStem(w, lang, index.registry.locale, known);
  const meant = synonymOf(light) !== undefined || inPhrase || snowballSynonymOf(w, lang) !== undefined;
  const s = (meant ? undefined : cognateStem(index, w, light)) ?? light;
  if (synonymOf(s) || s.length < 2) return s;
  const meaning =
    snowballSynonymOf(w, lang) ??
    (lang === index.registry.locale ? undefined : snowballSynonymOf(w, index.registry.locale));
  if (meaning) {
    into.synonyms.add(meaning);
    if (!into.alternatives.has(s)) into.alternatives.set(s, meaning);
  }
  return s;
}

const orgTerms = new WeakMap<AnswerIndex, Set<string>>();

function organisationTerms(index: AnswerIndex): Set<string> {
  let out = orgTerms.get(index);
  if (!out) {
    out = new Set(words(index.registry.organisation?.data.name ?? '').map(stem));
    orgTerms.set(index, out);
  }
  return out;
}

/** How much a word said only beside the question counts against one said in it. */
export const CONTEXT = 0.4;

/**
 * The question's folded words, and for each whether it stands in a sentence around the question rather than
 * in it. Staff write the question and the reason for it as sentences of their own ("who owns the lab system?
 * results are not showing up"): with some sentences ending in a question mark and others not, the others are
 * the reason. One sentence, or no question mark, and every word is the question's.
 */
function sentences(question: string): { folded: string[]; aside: boolean[] } {
  const parts = question.split(/(?<=[?!.])\s+/).filter((p) => p.trim().length > 0);
  const asks = parts.map((p) => /\?\s*$/.test(p));
  const mixed = asks.some(Boolean) && !asks.every(Boolean);
  const folded: string[] = [];
  const aside: boolean[] = [];
  parts.forEach((p, k) => {
    for (const w of words(p)) {
      folded.push(w);
      aside.push(mixed && !asks[k]);
    }
  });
  return { folded, aside };
}

/** "information security": one meaning for the words together, which explains each of them. */
function phraseMeanings(
  phraseSyn: ReturnType<typeof phraseSynonyms>,
  folded: readonly string[],
  synonyms: Set<string>,
  alternatives: Map<string, string>,
): void {
  for (const token of phraseSyn.tokens) synonyms.add(token);
  for (const i of phraseSyn.used) {
    const w = folded[i] as string;
    const token = phraseSyn.tokens.find((tk) => phraseSyn.of.get(i) === tk);
    if (token && !STOP_WORDS.has(w)) alternatives.set(stem(w), token);
  }
}

/** The organisation's own name out of what a question is about. */
function withoutOrganisation(index: AnswerIndex, content: string[]): void {
  const org = organisationTerms(index);
  if (org.size === 0 || !content.some((c) => org.has(c))) return;
  const kept = content.filter((c) => !org.has(c));
  content.length = 0;
  content.push(...kept);
}

/** The stems said only beside the question (`asked` false), their content weight lowered. */
function besideQuestion(
  asked: ReadonlyMap<string, boolean>,
  content: readonly string[],
  contentWeight: Map<string, number>,
): Set<string> {
  const context = new Set<string>();
  for (const [s, inQuestion] of asked) {
    if (inQuestion) continue;
    context.add(s);
    if (content.includes(s)) contentWeight.set(s, (contentWeight.get(s) ?? 1) * CONTEXT);
  }
  return context;
}

/**
 * Reads a question. `locale` forces the reply language; otherwise it is detected, falling back to the asker's
 * known language (`asker`) and then the registry's.
 */
export function analyse(question: string, index: AnswerIndex, locale?: Locale, asker?: Locale): Query {
  const lang = locale ?? detectLanguage(question, index.registry.locale, asker);
  const { folded, aside } = sentences(question);
  // What is asked is said in the question: a sentence beside it says why, not what ("… not showing up in the
  // record" does not ask for data).
  const phrases = phraseConcepts(folded.map((w, i) => (aside[i] ? '' : w)));
  const phraseSyn = phraseSynonyms(folded);
  const concepts = new Set<ConceptId>(phrases.concepts);
  const stems: string[] = [];
  const content: string[] = [];
  const contentWeight = new Map<string, number>();
  const parts = new Map<string, string[]>();
  const alternatives = new Map<string, string>();
  const synonyms = new Set<string>();
  const months: number[] = [];
  const ids: string[] = [];
  let quarter: number | undefined;

  const known = (s: string) => index.vocabulary.has(s) || index.vocabulary.has(ascii(s));
  // Per stem: whether it was said in the question itself (true) or only beside it (false).
  const asked = new Map<string, boolean>();
  let position = 0;
  const add = (s: string) => {
    asked.set(s, asked.get(s) === true || !aside[position]);
    if (!stems.includes(s)) stems.push(s);
    const syn = synonymOf(s);
    if (syn) synonyms.add(syn);
    const signals = conceptsOf(s);
    if (!aside[position]) for (const c of signals) concepts.add(c);
    // A word that only says what kind of question it is ("äger", "system", "policy") names nothing; a
    // compound that ends in such a word ("informationssäkerhetspolicy") still names its head, at half weight.
    if (LEXICON.byStem.has(s) && !LEXICON.keep.has(s)) return;
    if (!content.includes(s)) content.push(s);
    contentWeight.set(s, signals.length > 0 && !LEXICON.keep.has(s) ? 0.5 : 1);
  };

  for (let i = 0; i < folded.length; i++) {
    const w = folded[i] as string;
    position = i;
    const month = MONTH_NUMBERS.get(w);
    // "may" is a month only after a preposition ("in May"), not in "may I …".
    if (month !== undefined && (w !== 'may' || /^(in|during|of|by)$/.test(folded[i - 1] ?? '')))
      months.push(month);
    const q = /^q([1-4])$/.exec(w);
    if (q) quarter = Number(q[1]);
    if ((w === 'kvartal' || w === 'quarter') && /^[1-4]$/.test(folded[i + 1] ?? ''))
      quarter = Number(folded[i + 1]);
    if (/^[a-z]\d{1,3}$/.test(w)) ids.push(w);
    // A phrase's words said what they say as the phrase ("data protection officer" is not about data).
    if (phrases.used.has(i)) continue;
    // Concepts also come from stop words ("vem", "vilka", "who"), and from a compound's last part as written
    // ("systemeier": the stem "systemei" has lost the tail "eier").
    if (!aside[i]) for (const c of [...conceptsOf(stem(w)), ...conceptsOf(w)]) concepts.add(c);
    // Words of a phrase ("personal data", "how long") say what is asked, not about what.
    if (STOP_WORDS.has(w) || phrases.used.has(i)) continue;
    const s = readWord(index, w, lang, phraseSyn.used.has(i), known, { synonyms, alternatives });
    if (s.length < 2) continue;
    add(s);
    // A compound also stands for its parts: "bygglovsärenden" is about bygglov and ärenden, whether or not the
    // registers use the compound itself. A part that only names a kind of question ("uppgift") is left out of
    // what the word is about, but an unknown compound still signals it ("elevuppgifter" asks about data).
    const split = s.length >= 7 ? splitCompound(s, known) : undefined;
    if (split) {
      const isKnown = known(s);
      for (const p of split) {
        if (!stems.includes(p)) stems.push(p);
        const syn = synonymOf(p);
        if (syn) synonyms.add(syn);
        if (!isKnown && !aside[i]) for (const c of conceptsOf(p)) concepts.add(c);
      }
      const named = split.filter((p) => !LEXICON.byStem.has(p));
      if (named.length > 0) parts.set(s, named);
    }
  }
  phraseMeanings(phraseSyn, folded, synonyms, alternatives);
  // The organisation's own name ("Sjöbacka", "kommun") is in half its entries' names and tells none of them
  // apart: "vad kostar ett busskort i Sjöbacka" is not about the information security policy of Sjöbacka.
  withoutOrganisation(index, content);
  const context = besideQuestion(asked, content, contentWeight);
  const out: Query = {
    raw: question,
    context,
    locale: lang,
    folded,
    stems,
    content,
    contentWeight,
    parts,
    alternatives,
    concepts,
    synonyms,
    months,
    ids,
  };
  if (quarter !== undefined) out.quarter = quarter;
  return out;
}
