// The registers as something to ask: every entry a question could be about, with its names, aliases and
// words reduced to stems, in a MiniSearch index for recall and kept as plain lists for the precise scoring
// that decides whether an answer is good enough.
import MiniSearch from 'minisearch';
import { classificationsInForce, isRestricted } from '../derive.js';
import type { Kind } from '../kinds.js';
import type { RegisterText } from '../locale.js';
import { type PathSegment, locate } from '../parse.js';
import type { Entity, Registry } from '../registry.js';
import { LEXICON, synonymOf } from './lexicon.js';
import { splitCompound, terms } from './normalize.js';

export type EntryKind = Kind | 'recommendation';

export interface Entry {
  /** Position in `AnswerIndex.entries`, and the MiniSearch id. */
  id: number;
  kind: EntryKind;
  entity: Entity;
  /** For a recommendation: its index in the audit's list. */
  item?: number;
  /** Name variants as stems: the name, each alias, the file id. */
  names: string[][];
  /** Guidance questions as stems (FAQ). */
  questions: string[][];
  /** Data subjects and categories of personal data (assets, processing), as stems with shared synonyms. */
  subjects: string[];
  restricted: boolean;
}

export interface AnswerIndex {
  registry: Registry;
  entries: Entry[];
  search: MiniSearch;
  /** Document frequency per stem, for weighing a question's words. */
  df: Map<string, number>;
  /** Every stem of the registers and the lexicon: what compounds may be split into. */
  vocabulary: Set<string>;
  inForce: ReturnType<typeof classificationsInForce>;
  /** Entity key → entries, for following references. */
  byKey: Map<string, Entry>;
}

function text(value: RegisterText | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}

function withSynonyms(stems: string[]): string[] {
  const out = [...stems];
  for (const s of stems) {
    const syn = synonymOf(s);
    if (syn && !out.includes(syn)) out.push(syn);
  }
  return out;
}

function idWords(id: string): string {
  return id.replace(/-/g, ' ');
}

interface Draft {
  kind: EntryKind;
  entity: Entity;
  item?: number;
  names: string[];
  questions?: string[];
  words: string[];
  subjects?: string[];
}

function drafts(entity: Entity): Draft[] {
  switch (entity.kind) {
    case 'system': {
      const s = (entity as Entity<'system'>).data;
      return [{ kind: 'system', entity, names: [s.name, ...(s.aliases ?? []), idWords(entity.id)], words: [text(s.description), s.supplier ?? ''] }];
    }
    case 'asset': {
      const a = (entity as Entity<'asset'>).data;
      return [
        {
          kind: 'asset',
          entity,
          names: [a.name, ...(a.aliases ?? []), idWords(entity.id)],
          words: [text(a.description)],
          subjects: [...(a.personalData?.dataSubjects ?? []), ...(a.personalData?.categories ?? []), a.name, ...(a.aliases ?? [])],
        },
      ];
    }
    case 'processing': {
      const p = (entity as Entity<'processing'>).data;
      return [
        {
          kind: 'processing',
          entity,
          names: [p.name, idWords(entity.id)],
          words: [...(p.purposes ?? [])],
          subjects: [...(p.dataSubjects ?? []), ...(p.personalData ?? [])],
        },
      ];
    }
    case 'document': {
      const doc = (entity as Entity<'document'>).data;
      return [{ kind: 'document', entity, names: [doc.title, idWords(entity.id), ...(doc.topics ?? [])], words: [text(doc.summary)] }];
    }
    case 'kpi': {
      const k = (entity as Entity<'kpi'>).data;
      return [{ kind: 'kpi', entity, names: [k.name, idWords(entity.id)], words: [text(k.definition), k.source ?? ''] }];
    }
    case 'cycle': {
      const c = (entity as Entity<'cycle'>).data;
      return [{ kind: 'cycle', entity, names: [c.name, idWords(entity.id)], words: [text(c.description)] }];
    }
    case 'audit': {
      const a = (entity as Entity<'audit'>).data;
      const out: Draft[] = [{ kind: 'audit', entity, names: [a.title, idWords(entity.id), a.firm ?? ''], words: [a.summary ?? ''] }];
      (a.recommendations ?? []).forEach((r, i) => {
        out.push({
          kind: 'recommendation',
          entity,
          item: i,
          names: [r.id, r.text],
          words: [r.answer ?? '', ...(r.plannedActions ?? []).map((p) => `${p.id} ${p.text}`), a.title],
        });
      });
      return out;
    }
    case 'faq': {
      const f = (entity as Entity<'faq'>).data;
      return [{ kind: 'faq', entity, names: [idWords(entity.id)], questions: [...(f.questions ?? [])], words: [...(f.topics ?? [])] }];
    }
    default:
      return [];
  }
}

/** Builds the index. Pure: the registry in, the index out; entries that did not validate are left out. */
export function buildAnswerIndex(registry: Registry): AnswerIndex {
  const inForce = classificationsInForce(registry);
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const df = new Map<string, number>();
  const vocabulary = new Set<string>(LEXICON.known);
  const docs: { id: number; names: string; questions: string; text: string; subjects: string }[] = [];

  for (const kind of ['system', 'asset', 'processing', 'document', 'kpi', 'cycle', 'audit', 'faq'] as const) {
    for (const entity of registry.entities[kind].values()) {
      if (!entity.valid) continue;
      const restricted = isRestricted(registry, entity as Entity, inForce);
      for (const draft of drafts(entity as Entity)) {
        const names = draft.names.filter(Boolean).map((n) => terms(n)).filter((t) => t.length > 0);
        const questions = (draft.questions ?? []).map((q) => terms(q)).filter((t) => t.length > 0);
        const words = terms(draft.words.join(' '));
        const subjects = withSynonyms(terms((draft.subjects ?? []).join(' ')));
        const entry: Entry = { id: entries.length, kind: draft.kind, entity: entity as Entity, names, questions, subjects, restricted };
        if (draft.item !== undefined) entry.item = draft.item;
        entries.push(entry);
        if (draft.item === undefined) byKey.set(`${entity.kind}/${entity.id}`, entry);
        const nameTerms = withSynonyms(names.flat());
        const questionTerms = withSynonyms(questions.flat());
        const wordTerms = withSynonyms(words);
        const seen = new Set<string>();
        for (const t of [...nameTerms, ...questionTerms, ...wordTerms, ...subjects]) {
          if (seen.has(t)) continue;
          seen.add(t);
          df.set(t, (df.get(t) ?? 0) + 1);
        }
        for (const n of names) for (const t of n) vocabulary.add(t);
        for (const t of subjects) vocabulary.add(t);
        docs.push({ id: entry.id, names: nameTerms.join(' '), questions: questionTerms.join(' '), text: wordTerms.join(' '), subjects: subjects.join(' ') });
      }
    }
  }

  // Compound names also answer to their parts: "Elevregister" is found by "registret för elever".
  const known = (s: string) => vocabulary.has(s);
  for (const entry of entries) {
    const extra: string[][] = [];
    for (const variant of entry.names) {
      if (variant.length !== 1) continue;
      const parts = splitCompound(variant[0] as string, known);
      if (parts) extra.push(parts);
    }
    if (extra.length > 0) {
      entry.names.push(...extra);
      const doc = docs[entry.id];
      if (doc) doc.names += ` ${extra.flat().join(' ')}`;
    }
  }

  const search = new MiniSearch({
    fields: ['names', 'questions', 'text', 'subjects'],
    idField: 'id',
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t || null,
  });
  search.addAll(docs);
  return { registry, entries, search, df, vocabulary, inForce, byKey };
}

/** The line of a field in an entry's file, so an answer points at what it says. */
export function lineOf(entity: Entity, path: readonly PathSegment[]): number {
  return locate(entity.parsed, path).line;
}
