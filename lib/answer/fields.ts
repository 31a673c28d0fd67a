// What a question asks for, as evidence for the register kinds that hold it: "informasjonseier" is a field of the
// information assets, "driftet" of the systems, "deltok" of the management review, "lärdomar" of incidents and
// exercises. The field words come from the one source of truth, the schemas' property names and their Swedish,
// Norwegian and English descriptions (schemas/i18n/), so a new register or field is known without a word here;
// the classification model's aspects ("integritet", "availability") are the classification's fields.
import enTexts from '../../schemas/i18n/en.json' with { type: 'json' };
import nbTexts from '../../schemas/i18n/nb.json' with { type: 'json' };
import { KINDS, type Kind } from '../kinds.js';
import { pickText } from '../locale.js';
import { classificationModel } from '../model.js';
import type { Registry } from '../registry.js';
import { type ConceptId, conceptsOf, LEXICON, phraseConcepts } from './lexicon.js';
import { STOP_WORDS, stem, words } from './normalize.js';
import type { Query } from './query.js';

/** Fields that name or mark an entry rather than hold something one asks for. */
const NOT_ASKED = new Set(['name', 'title', 'aliases', 'restricted', 'suppress', 'links', 'id', 'url']);

type Texts = Record<string, Record<string, Record<string, string | undefined>>>;

/** Which kinds hold a field described by a word, and which by a concept of the lexicon. */
export interface FieldVocabulary {
  byStem: Map<string, Set<Kind>>;
  byConcept: Map<ConceptId, Set<Kind>>;
}

/** "lessonsLearned" → "lessons learned": a property name is English words run together. */
function nameWords(pointer: string): string {
  return [...pointer.matchAll(/\/properties\/([A-Za-z]+)/g)]
    .map((m) => (m[1] as string).replace(/([a-z])([A-Z])/g, '$1 $2'))
    .join(' ');
}

/**
 * A description without its examples ("t.ex. Procapita", "e.g. KLASSA 4.0"), which name things rather than say
 * what the field holds, and without references to other registers ("(id ur system/)").
 */
function withoutExamples(text: string): string {
  return (
    text
      .replace(/\([^)]*\/[^)]*\)/g, ' ')
      // "(inte informationens klassning)": what the field is not.
      .replace(/\((inte|ikke|not) [^)]*\)/gi, ' ')
      .replace(/\b(t\.ex\.|e\.g\.|f\.eks\.|eg\.)[^.;:]*/gi, ' ')
      .replace(/\b(art\.|artikkel|article)\s*[\d.–-]+/gi, ' ')
  );
}

function addText(vocab: FieldVocabulary, kind: Kind, text: string): void {
  const folded = words(text);
  const add = <K>(map: Map<K, Set<Kind>>, key: K) => {
    const set = map.get(key);
    if (set) set.add(kind);
    else map.set(key, new Set([kind]));
  };
  for (const c of phraseConcepts(folded).concepts) add(vocab.byConcept, c);
  for (const w of folded) {
    const s = stem(w);
    for (const c of conceptsOf(s)) add(vocab.byConcept, c);
    if (STOP_WORDS.has(w) || s.length < 3 || /\d/.test(s)) continue;
    add(vocab.byStem, s);
    // "Systemeier", "informasjonseier": a compound's last part is a word of its fields too, so "eier" is known
    // as the word of many kinds it is, not of the one that writes it alone.
    for (const [tail] of LEXICON.tails)
      if (w.length >= tail.length + 3 && w.endsWith(tail)) add(vocab.byStem, tail);
  }
}

/** The schemas' field words per kind: built once, the same for every registry. */
function schemaVocabulary(): FieldVocabulary {
  const vocab: FieldVocabulary = { byStem: new Map(), byConcept: new Map() };
  const nb = nbTexts as Texts;
  const en = enTexts as Texts;
  for (const kind of KINDS) {
    const file = `${kind}.schema.json`;
    const pointers = new Set([...Object.keys(nb[file] ?? {}), ...Object.keys(en[file] ?? {})]);
    for (const pointer of pointers) {
      const field = /^\/properties\/([A-Za-z]+)/.exec(pointer)?.[1];
      if (!field || NOT_ASKED.has(field)) continue;
      const texts = [nb[file]?.[pointer]?.sv, nb[file]?.[pointer]?.nb, en[file]?.[pointer]?.en];
      addText(vocab, kind, [nameWords(pointer), ...texts.map((x) => withoutExamples(x ?? ''))].join(' '));
    }
  }
  return vocab;
}

/** Near stems per vocabulary: each question word is looked for once. */
const near = new WeakMap<FieldVocabulary, Map<string, Set<Kind> | undefined>>();

/**
 * The kinds a question word describes a field of. The question is stemmed in its own language and the
 * descriptions in one stemmer ("lærdommer" → lärdomm, "Lärdomar" → lärdom): a stem that one of the other
 * begins with, at most two letters longer, is the same word.
 */
function kindsOf(vocab: FieldVocabulary, s: string): Set<Kind> | undefined {
  const exact = vocab.byStem.get(s);
  if (exact || s.length < 5) return exact;
  let cache = near.get(vocab);
  if (!cache) {
    cache = new Map();
    near.set(vocab, cache);
  }
  if (cache.has(s)) return cache.get(s);
  let found: Set<Kind> | undefined;
  for (const [v, kinds] of vocab.byStem) {
    if (v.length < 5 || Math.abs(v.length - s.length) > 2) continue;
    if (v.startsWith(s) || s.startsWith(v)) found = found ? new Set([...found, ...kinds]) : kinds;
  }
  if (cache.size < 10_000) cache.set(s, found);
  return found;
}

let shared: FieldVocabulary | undefined;
const perRegistry = new WeakMap<Registry, FieldVocabulary>();

/** The schemas' vocabulary with the registry's classification aspects added to the classification's fields. */
export function fieldVocabulary(registry?: Registry): FieldVocabulary {
  shared ??= schemaVocabulary();
  if (!registry) return shared;
  let own = perRegistry.get(registry);
  if (own) return own;
  own = {
    byStem: new Map([...shared.byStem].map(([k, v]) => [k, new Set(v)])),
    byConcept: shared.byConcept,
  };
  const model = classificationModel(registry.organisation?.data);
  for (const aspect of model.aspects) {
    const labels = (['sv', 'nb', 'en'] as const).map((l) => pickText(aspect.label, l));
    addText(own, 'classification', [aspect.id, ...labels].join(' '));
  }
  perRegistry.set(registry, own);
  return own;
}

/** How much a word found in the fields of `n` of the kinds says: a word of one kind's fields says most. */
function weightOf(n: number): number {
  return Math.log((KINDS.length + 1) / n) / Math.log(KINDS.length + 1);
}

/** One word or concept of the question and the kinds whose fields it describes. */
export interface FieldSignal {
  /** The question's stem, or undefined for a concept. */
  stem?: string;
  kinds: Set<Kind>;
  weight: number;
}

/**
 * The question's words and concepts that describe fields, each with the kinds that hold those fields. A word
 * the registers' names use (`named`) says what the question is about, not what it asks for, and is left out.
 */
export function fieldSignals(
  q: Query,
  registry?: Registry,
  named?: (stem: string) => boolean,
): FieldSignal[] {
  const vocab = fieldVocabulary(registry);
  const out: FieldSignal[] = [];
  for (const s of new Set(q.stems)) {
    const kinds = named?.(s) ? undefined : kindsOf(vocab, s);
    if (kinds) out.push({ stem: s, kinds, weight: weightOf(kinds.size) });
  }
  for (const c of q.concepts) {
    const kinds = vocab.byConcept.get(c);
    if (kinds) out.push({ kinds, weight: weightOf(kinds.size) });
  }
  return out;
}

/**
 * How strongly the question asks for a field of each kind: the strongest signal and half the next, so that
 * many weak words ("which", "system") do not add up to one that only one or two kinds' fields use. A word the
 * entry asked about is named by (`naming`) is the subject, not a field asked for, and does not count.
 */
export function fieldEvidence(
  signals: readonly FieldSignal[],
  naming?: (stem: string) => boolean,
): Map<Kind, number> {
  const best = new Map<Kind, [number, number]>();
  for (const sig of signals) {
    if (sig.stem !== undefined && naming?.(sig.stem)) continue;
    for (const k of sig.kinds) {
      const [a, b] = best.get(k) ?? [0, 0];
      best.set(k, sig.weight > a ? [sig.weight, a] : [a, Math.max(b, sig.weight)]);
    }
  }
  return new Map([...best].map(([k, [a, b]]) => [k, a + b / 2]));
}
