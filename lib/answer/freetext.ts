// The free-text field: what an entry says about itself beyond its name — a system's description, a document's
// summary, a KPI's definition, a cycle activity's description, a guidance entry's answer in every language it
// is written in. Staff who do not know an entry's name describe what it does ("the library lending system",
// "the tool nurses sign off medication in"); the registers describe the same thing in their own words. This
// field ranks below names and aliases (match.ts) and is asked only when the names found nothing good enough.
import type { RegisterText } from '../locale.js';
import type { Entity } from '../registry.js';
import type { Ctx } from './context.js';
import type { AnswerIndex, Entry, EntryKind } from './index.js';
import { phraseSynonyms, synonymOf } from './lexicon.js';
import { words as foldedWords, similarity, splitCompound, termsOf } from './normalize.js';

interface FreeText {
  /** Entry position → its free-text stems (with shared meanings and compound parts). */
  bags: Map<number, Set<string>>;
  /** Stem → entry positions whose free text has it. */
  postings: Map<string, number[]>;
}

/** The kinds described in words of their own; assets and processing activities are found by their names. */
const DESCRIBED = new Set<EntryKind>(['system', 'document', 'kpi', 'cycle', 'faq']);
/** The guidance alone: its answers, in every language, beside its ways of asking. */
export const GUIDANCE = new Set<EntryKind>(['faq']);

/** Field weight: a description names an entry less surely than its name or alias does. */
export const FREE_FIELD = 0.85;
/** Below this share of the question's words explained, a description is no evidence. */
const FREE_ACCEPT = 0.8;
/** The best entry must be this far ahead of the next, or the description does not tell them apart. */
const MARGIN = 0.08;
/** The floor when the names already offered the entry as a candidate. */
const WEAKER = 0.6;
/** How many entries recall hands on to the word-by-word score. */
const RECALL = 30;

const cache = new WeakMap<AnswerIndex, FreeText>();

function text(value: RegisterText | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}

function rawText(entry: Entry): string {
  const d = entry.entity.data as unknown as Record<string, unknown>;
  switch (entry.kind) {
    case 'system':
      return [d.name, ...((d.aliases as string[]) ?? []), text(d.description as RegisterText)].join(' ');
    case 'document': {
      const doc = (entry.entity as Entity<'document'>).data;
      if (doc.status === 'repealed') return '';
      return [doc.title, ...(doc.topics ?? []), text(doc.summary)].join(' ');
    }
    case 'kpi':
      return [d.name, text(d.definition as RegisterText)].join(' ');
    case 'cycle':
      return [d.name, text(d.description as RegisterText)].join(' ');
    case 'faq': {
      const f = (entry.entity as Entity<'faq'>).data;
      return [
        ...(f.questions ?? []).map((q) => text(q as RegisterText)),
        ...(f.topics ?? []),
        text(f.answer),
      ].join(' ');
    }
    default:
      return '';
  }
}

function build(index: AnswerIndex): FreeText {
  const bags = new Map<number, Set<string>>();
  const postings = new Map<string, number[]>();
  const known = (s: string) => index.vocabulary.has(s);
  for (const entry of index.entries) {
    if (!DESCRIBED.has(entry.kind) || entry.item !== undefined) continue;
    const raw = rawText(entry);
    if (!raw) continue;
    const folded = foldedWords(raw);
    const bag = new Set<string>(phraseSynonyms(folded).tokens);
    const add = (s: string) => {
      bag.add(s);
      const syn = synonymOf(s);
      if (syn) bag.add(syn);
    };
    for (const s of termsOf(folded)) {
      add(s);
      // "leverantörsfakturor" is about suppliers and invoices.
      const parts = s.length >= 7 ? splitCompound(s, known) : undefined;
      if (parts) for (const p of parts) add(p);
    }
    bags.set(entry.id, bag);
    for (const s of bag) {
      const list = postings.get(s);
      if (list) list.push(entry.id);
      else postings.set(s, [entry.id]);
    }
  }
  return { bags, postings };
}

function freeText(index: AnswerIndex): FreeText {
  let out = cache.get(index);
  if (!out) {
    out = build(index);
    cache.set(index, out);
  }
  return out;
}

/** How telling a stem is among the described entries. */
function idf(ft: FreeText, term: string): number {
  return Math.log(1 + ft.bags.size / (1 + (ft.postings.get(term)?.length ?? 0)));
}

function bestIn(term: string, bag: ReadonlySet<string>): number {
  if (bag.has(term)) return 1;
  const syn = synonymOf(term);
  if (syn && bag.has(syn)) return 0.9;
  if (term.length < 5) return 0;
  let best = 0;
  for (const b of bag) {
    const s = similarity(term, b);
    if (s > best) best = s;
  }
  return best >= 0.8 ? best : 0;
}

/**
 * A compound the text does not use, by its parts: "jobbmobilen" is explained by a text on the phone at work,
 * "tjänstemobilen" by one on the service's phone. Every part must be there, and the whole counts below a word
 * the text uses as written (as partsSim does for names).
 */
function partsIn(parts: readonly string[] | undefined, bag: ReadonlySet<string>): number {
  if (!parts || parts.length < 2) return 0;
  let sum = 0;
  for (const p of parts) {
    const s = bestIn(p, bag);
    if (s < 0.8) return 0;
    sum += s;
  }
  return (0.85 * sum) / parts.length;
}

export interface FreeScore {
  entry: Entry;
  score: number;
  /** Content words the free text explains. */
  matched: number;
}

/** One entry's free text against the question's content words: the share of their weight it explains. */
function score(ctx: Ctx, ft: FreeText, entry: Entry): FreeScore {
  const bag = ft.bags.get(entry.id);
  const { q } = ctx;
  let num = 0;
  let den = 0;
  let matched = 0;
  if (!bag) return { entry, score: 0, matched };
  for (const c of q.content) {
    const alt = q.alternatives.get(c);
    const s = Math.max(bestIn(c, bag), alt && bag.has(alt) ? 0.9 : 0, partsIn(q.parts.get(c), bag));
    // A word neither the registers nor any description uses is padding ("det strular sedan i morse").
    const padding = s === 0 && !ctx.index.df.has(c) && !ft.postings.has(c) && !synonymOf(c) ? 0.15 : 1;
    const w = idf(ft, synonymOf(c) ?? c) * (q.contentWeight.get(c) ?? 1) * padding;
    den += w;
    num += w * s;
    if (s >= 0.8) matched++;
  }
  return { entry, score: den > 0 ? num / den : 0, matched };
}

/**
 * The entry whose free text explains the question, when one clearly does: most of the question's weight
 * explained, at least two of its words found, and ahead of the next entry. Repealed documents have no field.
 */
export function freeTextPick(
  ctx: Ctx,
  among?: readonly Entry[],
  kinds: ReadonlySet<EntryKind> = DESCRIBED,
): FreeScore | undefined {
  const { q, index } = ctx;
  if (q.content.length < 2) return undefined;
  const ft = freeText(index);
  // Recall by exact stems and shared meanings, weighed by how telling each is; only the best few are scored
  // word by word (typos, prefixes), so a region of thousands of systems costs what a municipality does.
  const hits = new Map<number, number>();
  for (const c of q.content) {
    const seen = new Set<number>();
    const parts = q.parts.get(c) ?? [];
    for (const term of [c, synonymOf(c) ?? q.alternatives.get(c), ...parts.map((p) => synonymOf(p) ?? p)]) {
      if (!term) continue;
      const w = idf(ft, term);
      for (const id of ft.postings.get(term) ?? []) {
        if (seen.has(id) || !kinds.has((index.entries[id] as Entry).kind)) continue;
        seen.add(id);
        hits.set(id, (hits.get(id) ?? 0) + w);
      }
    }
  }
  const scored: FreeScore[] = [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, RECALL)
    .map(([id]) => score(ctx, ft, index.entries[id] as Entry));
  scored.sort((a, b) => b.score - a.score || b.matched - a.matched);
  const [top, next] = scored;
  if (!top || top.matched < 2) return undefined;
  // More of the question's words found is more evidence; the names offering the same entry is more still.
  const floor =
    among?.includes(top.entry) === true ? WEAKER : top.matched >= 3 ? FREE_ACCEPT - 0.12 : FREE_ACCEPT;
  if (top.score < floor) return undefined;
  if (next && top.score - next.score < MARGIN) return undefined;
  return { ...top, score: top.score * FREE_FIELD };
}

/** For failure analysis: the best few entries by free text, with their scores. */
export function debugTop(ctx: Ctx): { id: string; score: number; matched: number }[] {
  const ft = freeText(ctx.index);
  return [...ft.bags.keys()]
    .map((id) => score(ctx, ft, ctx.index.entries[id] as Entry))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((s) => ({
      id: s.entry.entity.file.split('/').slice(-2).join('/'),
      score: Math.round(s.score * 100) / 100,
      matched: s.matched,
    }));
}
