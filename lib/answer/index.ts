// The registers as something to ask: every entry a question could be about, with its names, aliases and
// words reduced to stems, in a full-text index for recall (search.ts) and kept as plain lists for the precise scoring
// that decides whether an answer is good enough.
import { classificationsInForce, isRestricted } from '../derive.js';
import type { Kind } from '../kinds.js';
import { locate, type ParsedFile, type PathSegment } from '../parse.js';
import { dueEnd, isOpen } from '../plan.js';
import type { Entity, Registry } from '../registry.js';
import { type Draft, drafts } from './drafts.js';
import { LEXICON, phraseSynonyms, synonymOf } from './lexicon.js';
import {
  cognate,
  words as foldedWords,
  splitByHead,
  splitCompound,
  stem,
  terms,
  termsOf,
} from './normalize.js';
import { type NameSearch, SearchBuilder } from './search.js';

export type EntryKind = Kind | 'recommendation';

export interface Entry {
  /** Position in `AnswerIndex.entries`, and the search's document id. */
  id: number;
  kind: EntryKind;
  entity: Entity;
  /** For a recommendation: its index in the audit's list. */
  item?: number;
  /** Name variants as stems: the name, each alias, the file id. */
  names: string[][];
  /** Lesser names (a document's topics, a recommendation's text): they count, below a name or alias. */
  secondary?: string[][];
  /** The parts of the compounds in guidance questions ("jobbtelefonen" → jobb, telefon): found by their parts. */
  questionParts?: string[];
  /** Guidance questions as stems (FAQ). */
  questions: string[][];
  /** Data subjects and categories of personal data (assets, processing), as stems with shared synonyms. */
  subjects: string[];
  /** The systems an asset or processing activity names, as positions in `AnswerIndex.entries`. */
  systems?: number[];
  /** An action's due date or period as its last day, YYYY-MM-DD ('9999-12-31' when it names none). */
  due?: string;
  restricted: boolean;
}

export interface AnswerIndex {
  registry: Registry;
  entries: Entry[];
  /** Names and aliases of every entry (recall for "which entry is meant"). */
  search: NameSearch;
  /** The guidance only: its questions and topics. Kept apart so a guidance search never scores the registers. */
  faqSearch: NameSearch;
  /** Data subject and category stems (and shared meanings) → the assets and processing activities that have them. */
  subjects: Map<string, number[]>;
  /** Document frequency per stem, for weighing a question's words. */
  df: Map<string, number>;
  /** Every stem of the registers and the lexicon: what compounds may be split into. */
  vocabulary: Set<string>;
  inForce: ReturnType<typeof classificationsInForce>;
  /** Entity key → entries, for following references. */
  byKey: Map<string, Entry>;
  /** System id → entry. */
  systems: Map<string, Entry>;
  byKind: Map<EntryKind, Entry[]>;
  /** The open actions of the plan by `due`, earliest first; among equals in register order. */
  openActions: Entry[];
  /**
   * Risk analyses by what they are about, `system/<id>`, `asset/<id>` or `processing/<id>` (the analysis's object,
   * or a system or asset one of its scenarios names), in register order.
   */
  risksAbout: Map<string, Entry[]>;
}

function withSynonyms(stems: readonly string[] | readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    out.push(s);
    const syn = synonymOf(s);
    if (syn && !out.includes(syn)) out.push(syn);
  };
  for (const s of stems) {
    if (typeof s === 'string') add(s);
    else for (const x of s) add(x);
  }
  return out;
}

// Shared by every entry that has none: tens of thousands of empty arrays add up at region scale.
const NONE: string[][] = [];
const NO_SUBJECTS: string[] = [];

/**
 * An agreement that covers only restricted systems says as much as they do; an incident that affected a
 * restricted system or asset tells of it (its file name and account name it, whatever its own marking says).
 */
function restrictedByReference(registry: Registry, entity: Entity, inForce: Building['inForce']): boolean {
  const restrictedSystem = (id: string) => {
    const sys = registry.entities.system.get(id);
    return sys !== undefined && isRestricted(registry, sys as Entity, inForce);
  };
  if (entity.kind === 'agreement') {
    const ids = (entity as Entity<'agreement'>).data.systems ?? [];
    return ids.length > 0 && ids.every(restrictedSystem);
  }
  if (entity.kind === 'incident') {
    const d = (entity as Entity<'incident'>).data;
    const restrictedAsset = (id: string) => {
      const asset = registry.entities.asset.get(id);
      return asset !== undefined && isRestricted(registry, asset as Entity, inForce);
    };
    return (d.systems ?? []).some(restrictedSystem) || (d.assets ?? []).some(restrictedAsset);
  }
  return false;
}

/** synonyms.yaml's groups as stems, when the file is valid: each group a list of phrases. */
function synonymGroups(registry: Registry): string[][][] {
  const file = registry.synonyms;
  if (!file?.valid) return [];
  return file.data.synonyms
    .map((group) => group.map((phrase) => terms(phrase)).filter((t) => t.length > 0))
    .filter((group) => group.length >= 2);
}

function indexOf(haystack: readonly string[], needle: readonly string[]): number {
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((n, k) => haystack[i + k] === n)) return i;
  return -1;
}

/** The variants again with a phrase of a group put in place of another of the same group. */
function withGroups(variants: readonly string[][], groups: readonly string[][][]): string[][] {
  const out: string[][] = [];
  for (const variant of variants) {
    for (const group of groups) {
      for (const phrase of group) {
        const at = indexOf(variant, phrase);
        if (at < 0) continue;
        for (const other of group) {
          if (other === phrase || out.length >= 12) continue;
          out.push([...variant.slice(0, at), ...other, ...variant.slice(at + phrase.length)]);
        }
      }
    }
  }
  return out;
}

/** What the index is built from, filled entry by entry. */
interface Building {
  registry: Registry;
  inForce: ReturnType<typeof classificationsInForce>;
  groups: string[][][];
  entries: Entry[];
  byKey: Map<string, Entry>;
  df: Map<string, number>;
  vocabulary: Set<string>;
  /** Each entry's searched words, as `SearchBuilder.addTokens` takes them. */
  docs: { id: number; names: string[] }[];
  faqDocs: Map<number, { id: number; questions: string[]; text: string[] }>;
  /** One string per distinct word (`own`). */
  pool: Map<string, string>;
  subjects: Map<string, number[]>;
  /** Long words of names as written (folded), per entry: a compound whose stem lost its tail splits as written. */
  written: Map<number, string[]>;
}

/** A text's words as `list.join(' ').split(' ')` gives them: no words is one empty word, as the search counts it. */
function asText(list: string[]): string[] {
  return list.length > 0 ? list : [''];
}

/**
 * The list at its length, each word the pool's one string for it. Done as each list is made, while it is young:
 * copying 200,000 lists after the build (as the index did) promoted every list twice, and the scavenges that
 * copy what survives were a third of the build's time.
 */
function own(pool: Map<string, string>, list: readonly string[]): string[] {
  const out = list.slice();
  for (let i = 0; i < out.length; i++) {
    const term = out[i] as string;
    const kept = pool.get(term);
    if (kept === undefined) pool.set(term, term);
    else out[i] = kept;
  }
  return out;
}

function ownAll(pool: Map<string, string>, lists: readonly string[][]): string[][] {
  return lists.length === 0 ? NONE : lists.map((list) => own(pool, list));
}

/**
 * A list of names as stems, each once; a phrase of shared meaning ("Information security policy") adds it.
 * Also the long words of the names as written (folded), which compound splitting needs.
 */
function nameVariants(raw: readonly string[]): { names: string[][]; long: string[] } {
  const names: string[][] = [];
  const long: string[] = [];
  const seen = new Set<string>();
  for (const n of raw) {
    if (!n) continue;
    const folded = foldedWords(n);
    for (const w of folded) if (w.length >= 9) long.push(w);
    const variant = [...termsOf(folded), ...phraseSynonyms(folded).tokens];
    const key = variant.join(' ');
    if (variant.length === 0 || seen.has(key)) continue;
    seen.add(key);
    names.push(variant);
  }
  return { names, long };
}

/** One draft as an entry: its names, lesser names, ways of asking and subjects, and what it adds to the index. */
function addEntry(b: Building, entity: Entity, draft: Draft, restricted: boolean): void {
  const { names, long } = nameVariants(draft.names);
  const secondary: string[][] = [];
  for (const n of draft.secondary ?? []) {
    const variant = termsOf(foldedWords(n));
    if (variant.length > 0) secondary.push(variant);
  }
  let questions = draft.questions ? draft.questions.map((q) => terms(q)).filter((t) => t.length > 0) : NONE;
  // The organisation's own synonyms (synonyms.yaml): a name or a way of asking also in the other words.
  if (b.groups.length > 0) {
    names.push(...withGroups(names, b.groups));
    if (questions.length > 0) questions = [...questions, ...withGroups(questions, b.groups)];
  }
  // Descriptions and summaries are shown, not searched: only the guidance's topics count as its words.
  const words = draft.kind === 'faq' ? terms(draft.words.join(' ')) : [];
  const phraseTokens =
    draft.kind === 'faq'
      ? phraseSynonyms(foldedWords([...draft.names, ...draft.words].join(' '))).tokens
      : [];
  const subjects = draft.subjects ? own(b.pool, withSynonyms(terms(draft.subjects.join(' ')))) : NO_SUBJECTS;
  const entry: Entry = {
    id: b.entries.length,
    kind: draft.kind,
    entity,
    names: ownAll(b.pool, names),
    questions: ownAll(b.pool, questions),
    subjects,
    restricted,
  };
  if (draft.item !== undefined) entry.item = draft.item;
  if (secondary.length > 0) entry.secondary = ownAll(b.pool, secondary);
  b.entries.push(entry);
  if (draft.item === undefined) b.byKey.set(`${entity.kind}/${entity.id}`, entry);
  const nameTerms = withSynonyms([...names, ...secondary]);
  const questionTerms = withSynonyms(questions);
  const wordTerms = [...withSynonyms(words), ...phraseTokens];
  const seen = new Set<string>();
  // The registers that only their own intents search (risk, plan, …) do not change how distinctive a word is
  // among the entries a question is resolved against: a training named "Säkert beteende" must not make the
  // KPI of that name harder to find.
  for (const list of OWN_SEARCH.has(draft.kind) ? [] : [nameTerms, questionTerms, wordTerms, subjects]) {
    for (const t of list) {
      if (seen.has(t)) continue;
      seen.add(t);
      b.df.set(t, (b.df.get(t) ?? 0) + 1);
    }
  }
  for (const n of names) for (const t of n) b.vocabulary.add(t);
  for (const n of secondary) for (const t of n) b.vocabulary.add(t);
  for (const t of subjects) {
    b.vocabulary.add(t);
    const list = b.subjects.get(t);
    if (!list) b.subjects.set(t, [entry.id]);
    else if (list[list.length - 1] !== entry.id) list.push(entry.id);
  }
  b.docs.push({ id: entry.id, names: asText(nameTerms) });
  if (long.length > 0) b.written.set(entry.id, long);
  if (draft.kind === 'faq')
    b.faqDocs.set(entry.id, { id: entry.id, questions: asText(questionTerms), text: asText(wordTerms) });
}

/** "Informationssäkerhetspolicy för Sjöbacka kommun" is, to its staff, the information security policy. */
function addOrganisationVariants(b: Building): void {
  const orgTerms = terms(b.registry.organisation?.data.name ?? '');
  if (orgTerms.length === 0) return;
  for (const entry of b.entries) {
    const extra: string[][] = [];
    for (const variant of entry.names) {
      if (variant.length > orgTerms.length && orgTerms.every((o) => variant.includes(o)))
        extra.push(variant.filter((t) => !orgTerms.includes(t)));
    }
    if (extra.length > 0) entry.names = entry.names.concat(ownAll(b.pool, extra));
  }
}

/**
 * Compound names also answer to their parts: "Elevregister" is found by "registret för elever", and
 * "Informationssäkerhetspolicy för Sjöbacka" by "policy för informationssäkerhet". Guidance questions keep the
 * parts of their compounds beside them ("jobbtelefonen" → jobb, telefon).
 */
function addCompoundVariants(b: Building): void {
  // A part known in another language's spelling counts: "personaladministrasjon" is personal + the
  // lexicon's "administration", so a question's "administration" finds it.
  // Only a part with a spelling the languages write differently is respelled: the check is in the hot loop.
  const differs = /c|ph|th|w|x|z|sjon|gj|hv|kj/;
  const known = (s: string) =>
    b.vocabulary.has(s) || (s.length >= 6 && differs.test(s) && LEXICON.respelled.has(cognate(s)));
  // A guidance question's compound by its head alone: any word the registers use, their questions' included.
  const used = (s: string) => known(s) || b.df.has(s);
  // Names repeat their words across entries; each word is split once.
  const splits = new Map<string, [string, string] | undefined>();
  const split = (term: string) => {
    if (splits.has(term)) return splits.get(term);
    const parts = splitCompound(term, known);
    splits.set(term, parts);
    return parts;
  };
  for (const entry of b.entries) {
    const extra: string[][] = [];
    for (const variant of entry.names) {
      for (let i = 0; i < variant.length && extra.length < 6; i++) {
        const term = variant[i] as string;
        if (term.length < 7) continue;
        const parts = split(term);
        if (parts) extra.push([...variant.slice(0, i), ...parts, ...variant.slice(i + 1)]);
      }
    }
    // "Phishingövning" stems to "phishingöv", which no longer splits; as written it is phishing + övning.
    for (const w of b.written.get(entry.id) ?? []) {
      const stemmed = stem(w);
      if (split(stemmed)) continue;
      const parts = split(w);
      if (!parts) continue;
      const variant = entry.names.find((v) => v.includes(stemmed));
      if (!variant || extra.length >= 8) continue;
      const i = variant.indexOf(stemmed);
      extra.push([...variant.slice(0, i), ...parts.map((p) => stem(p)), ...variant.slice(i + 1)]);
    }
    if (extra.length > 0) {
      entry.names = entry.names.concat(ownAll(b.pool, extra));
      const doc = b.docs[entry.id];
      if (doc) doc.names = [...doc.names, ...asText(withSynonyms(extra))];
    }
    if (entry.kind !== 'faq') continue;
    const parts = new Set<string>();
    // Its topics' compounds too: "tjänstetelefon" among them is about the service's phone.
    const topics = terms(((entry.entity.data as { topics?: string[] }).topics ?? []).join(' '));
    for (const question of [...entry.questions, topics])
      for (const term of question)
        if (term.length >= 7) for (const p of split(term) ?? splitByHead(term, used) ?? []) parts.add(p);
    if (parts.size === 0) continue;
    entry.questionParts = own(b.pool, [...parts]);
    const doc = b.faqDocs.get(entry.id);
    if (doc) doc.text = [...doc.text, ...asText(withSynonyms(entry.questionParts))];
  }
}

/** The subjects' lists at their length: a list built by push has room for 17. */
function trimSubjects(subjects: Map<string, number[]>): void {
  for (const [term, ids] of subjects) subjects.set(term, ids.slice());
}

/** Entries by kind, systems by id, and which systems hold an asset's or a processing activity's data. */
function linkSystems(entries: Entry[]): { byKind: Map<EntryKind, Entry[]>; systems: Map<string, Entry> } {
  const byKind = new Map<EntryKind, Entry[]>();
  const systems = new Map<string, Entry>();
  for (const e of entries) {
    const list = byKind.get(e.kind);
    if (list) list.push(e);
    else byKind.set(e.kind, [e]);
    if (e.kind === 'system') systems.set(e.entity.id, e);
  }
  for (const e of entries) {
    if (e.kind !== 'asset' && e.kind !== 'processing') continue;
    const ids = (e.entity.data as { systems?: unknown }).systems;
    if (!Array.isArray(ids)) continue;
    const found: number[] = [];
    for (const id of ids) {
      const s = typeof id === 'string' ? systems.get(id) : undefined;
      if (s) found.push(s.id);
    }
    if (found.length > 0) e.systems = found.slice();
  }
  return { byKind, systems };
}

/** Each action's last day, once, and the open ones in order: "what is overdue?" then reads off a list. */
function openByDue(actions: readonly Entry[]): Entry[] {
  for (const e of actions) e.due = dueEnd((e.entity as Entity<'plan'>).data.due) ?? '9999-12-31';
  return actions
    .filter((e) => isOpen(e.entity as Entity<'plan'>))
    .sort((a, b) => ((a.due as string) < (b.due as string) ? -1 : a.due === b.due ? 0 : 1));
}

/** "The biggest risks for X?" looks X up rather than reading every scenario of every analysis. */
function risksByObject(risks: readonly Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of risks) {
    const { object, scenarios } = (e.entity as Entity<'risk'>).data;
    const keys = new Set<string>();
    if (object.system) keys.add(`system/${object.system}`);
    if (object.asset) keys.add(`asset/${object.asset}`);
    if (object.processing) keys.add(`processing/${object.processing}`);
    for (const s of scenarios) {
      for (const id of s.systems ?? []) keys.add(`system/${id}`);
      for (const id of s.assets ?? []) keys.add(`asset/${id}`);
    }
    for (const key of keys) {
      const list = out.get(key);
      if (list) list.push(e);
      else out.set(key, [e]);
    }
  }
  return out;
}

/**
 * The registers of records (risks, actions, agreements, trainings, incidents, reviews, yearly reports): kept out
 * of the general name search, found by their own intents and by what they hold (asked-kind.ts).
 */
export const RECORD_KINDS = [
  'risk',
  'plan',
  'agreement',
  'training',
  'incident',
  'review',
  'report',
] as const;

const OWN_SEARCH = new Set<EntryKind>(RECORD_KINDS);

const ANSWERED_KINDS = [
  'system',
  'asset',
  'processing',
  'document',
  'kpi',
  'cycle',
  'audit',
  'faq',
  ...RECORD_KINDS,
] as const;

/** Builds the index. Pure: the registry in, the index out; entries that did not validate are left out. */
export function buildAnswerIndex(registry: Registry): AnswerIndex {
  const b: Building = {
    registry,
    inForce: classificationsInForce(registry),
    groups: synonymGroups(registry),
    entries: [],
    byKey: new Map(),
    df: new Map(),
    vocabulary: new Set<string>(LEXICON.known),
    docs: [],
    faqDocs: new Map(),
    subjects: new Map(),
    written: new Map(),
    pool: new Map(),
  };
  for (const kind of ANSWERED_KINDS) {
    for (const entity of registry.entities[kind].values()) {
      if (!entity.valid) continue;
      const restricted =
        isRestricted(registry, entity as Entity, b.inForce) ||
        restrictedByReference(registry, entity as Entity, b.inForce);
      for (const draft of drafts(entity as Entity)) addEntry(b, entity as Entity, draft, restricted);
    }
  }
  addOrganisationVariants(b);
  addCompoundVariants(b);
  trimSubjects(b.subjects);
  const search = new SearchBuilder(['names']);
  for (const doc of b.docs) search.addTokens(doc.id, [doc.names]);
  const faqSearch = new SearchBuilder(['questions', 'text']);
  for (const doc of b.faqDocs.values()) faqSearch.addTokens(doc.id, [doc.questions, doc.text]);
  const { byKind, systems } = linkSystems(b.entries);
  const openActions = openByDue(byKind.get('plan') ?? []);
  const risksAbout = risksByObject(byKind.get('risk') ?? []);
  return {
    registry,
    entries: b.entries,
    search: search.build(),
    faqSearch: faqSearch.build(),
    subjects: b.subjects,
    df: b.df,
    vocabulary: b.vocabulary,
    inForce: b.inForce,
    byKey: b.byKey,
    systems,
    byKind,
    openActions,
    risksAbout,
  };
}

/** The line of a field in an entry's file, so an answer points at what it says. */
export function lineOf(entity: { parsed: ParsedFile }, path: readonly PathSegment[]): number {
  return locate(entity.parsed, path).line;
}
