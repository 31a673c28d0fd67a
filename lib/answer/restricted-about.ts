// A question about a restricted entry that does not name it the way its name or alias is written: by what it
// does ("the social services case system"), by its purpose ("the individual and family care case handling"), by
// what a plan of it is about ("the weekly check of protection flags"). Staff describe what they cannot name. An
// unauthorised asker whose question would otherwise be declined learns only that something restricted matches,
// and whom to ask: the restricted entries are searched apart from everything else, are never candidates, choices
// or sources, and nothing of theirs reaches the reply (finish() in answer.ts shows the notice alone).
import type { RegisterText } from '../locale.js';
import type { Entity } from '../registry.js';
import { unaskedOf } from './asked.js';
import type { Ctx, Result } from './context.js';
import { scoreIntents } from './dispatch.js';
import type { AnswerIndex, Entry } from './index.js';
import { phraseSynonyms, synonymOf } from './lexicon.js';
import { weight } from './match.js';
import { words as foldedWords, similarity, splitCompound, termsOf } from './normalize.js';

/** A restricted entry's words: its names (with what they reference) and its free text, kept apart. */
interface Bag {
  entry: Entry;
  names: Set<string>;
  text: Set<string>;
}

const cache = new WeakMap<AnswerIndex, Bag[]>();

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (typeof value === 'object')
    return Object.values(value as RegisterText & object)
      .map(textOf)
      .join(' ');
  return '';
}

/** The fields that say what an entry is about, in every register; not ids of roles, dates or levels. */
const ABOUT = [
  'description',
  'purposes',
  'summary',
  'topics',
  'personalData',
  'dataSubjects',
  'lessons',
  'consequences',
  'scenarios',
  // Not an incident's or analysis's actions: those are the action plan's entries, open or not, in other words.
  'definition',
  'scope',
] as const;
const NAMES = ['name', 'title', 'aliases'] as const;

/** The names of the entries it refers to: a plan's source, an incident's systems and assets. */
function referenced(index: AnswerIndex, entity: Entity): string {
  const d = entity.data as unknown as Record<string, unknown>;
  const out: string[] = [];
  const add = (kind: string, id: unknown) => {
    if (typeof id !== 'string') return;
    const e = index.byKey.get(`${kind}/${id}`)?.entity.data as
      | { name?: unknown; aliases?: unknown }
      | undefined;
    if (e) out.push(textOf(e.name), textOf(e.aliases));
  };
  // A risk analysis's object ({ system: lifecare }), and a plan's analysis's.
  const objectNames = (data: { object?: Record<string, unknown> } | undefined) => {
    for (const [kind, id] of Object.entries(data?.object ?? {})) add(kind, id);
  };
  for (const id of (d.systems as unknown[] | undefined) ?? []) add('system', id);
  for (const id of (d.assets as unknown[] | undefined) ?? []) add('asset', id);
  const source = d.source as { kind?: string; ref?: string } | undefined;
  if (source?.kind && source.ref) {
    // A plan from a risk analysis is about what the analysis is about.
    const risk = source.kind === 'risk' ? index.byKey.get(`risk/${source.ref}`)?.entity : undefined;
    objectNames(risk?.data as { object?: Record<string, unknown> } | undefined);
    add(source.kind, source.ref);
  }
  objectNames(d as { object?: Record<string, unknown> });
  return out.join(' ');
}

function stems(index: AnswerIndex, raw: string): Set<string> {
  const folded = foldedWords(raw);
  const out = new Set<string>(phraseSynonyms(folded).tokens);
  const known = (s: string) => index.vocabulary.has(s);
  const add = (s: string) => {
    out.add(s);
    const syn = synonymOf(s);
    if (syn) out.add(syn);
  };
  for (const s of termsOf(folded)) {
    add(s);
    const parts = s.length >= 7 ? splitCompound(s, known) : undefined;
    if (parts) for (const p of parts) add(p);
  }
  return out;
}

/** The restricted entries' words, once per index: a few per organisation, so cheap beside the index itself. */
function bags(index: AnswerIndex): Bag[] {
  let out = cache.get(index);
  if (out) return out;
  out = [];
  for (const entry of index.entries) {
    if (!entry.restricted || entry.item !== undefined) continue;
    const d = entry.entity.data as unknown as Record<string, unknown>;
    const names = NAMES.map((k) => textOf(d[k])).join(' ');
    const text = ABOUT.map((k) => textOf(d[k])).join(' ');
    out.push({
      entry,
      names: stems(index, `${names} ${referenced(index, entry.entity)}`),
      text: stems(index, text),
    });
  }
  cache.set(index, out);
  return out;
}

function found(term: string, bag: ReadonlySet<string>): number {
  if (bag.has(term)) return 1;
  const syn = synonymOf(term);
  if (syn && bag.has(syn)) return 0.9;
  if (term.length < 5) return 0;
  let best = 0;
  for (const b of bag) if (b.length >= 5) best = Math.max(best, similarity(term, b));
  return best >= 0.85 ? best : 0;
}

/** Field weights: a description names an entry less surely than its name does. */
const NAME_FIELD = 1;
const TEXT_FIELD = 0.8;
/** The share of the question's weight a restricted entry's words must explain, and how many words at least (55 % gave
 * a notice for "når har vannverket åpen dag?", which asks a date of an open day no register holds). */
const ACCEPT = 0.6;
const WORDS = 2;

function score(ctx: Ctx, bag: Bag): { score: number; matched: number; telling: boolean } {
  const { q } = ctx;
  let num = 0;
  let den = 0;
  let matched = 0;
  // Whether the question's most telling word is among the entry's: common words alone ("dag", "åpen") are none.
  let top = 0;
  let telling = false;
  for (const c of q.content) {
    const alt = q.alternatives.get(c);
    const inNames = Math.max(found(c, bag.names), alt && bag.names.has(alt) ? 0.9 : 0);
    const inText = Math.max(found(c, bag.text), alt && bag.text.has(alt) ? 0.9 : 0);
    let s = Math.max(inNames * NAME_FIELD, inText * TEXT_FIELD);
    // A compound the entry's words do not have is found by its parts ("skyddsmarkeringarna").
    const parts = q.parts.get(c);
    if (s === 0 && parts && parts.length > 0) {
      const each = parts.map((p) => Math.max(found(p, bag.names), found(p, bag.text) * TEXT_FIELD));
      if (each.every((x) => x > 0)) s = each.reduce((a, b) => a + b, 0) / each.length;
    }
    // A word no register uses is padding ("hela förmiddagen").
    const padding = s === 0 && !ctx.index.df.has(c) && !synonymOf(c) ? 0.15 : 1;
    const w = weight(ctx, synonymOf(c) ?? c) * (q.contentWeight.get(c) ?? 1) * padding;
    den += w;
    num += w * s;
    if (s >= 0.7) matched++;
    if (w > top) {
      top = w;
      telling = s >= 0.7;
    }
  }
  return { score: den > 0 ? num / den : 0, matched, telling };
}

/**
 * The restricted entry the question describes, when one's words explain most of it; undefined otherwise, and
 * always for an authorised asker (who gets the entry itself from the ordinary search).
 */
export function restrictedAbout(ctx: Ctx, given: Result): Entry | undefined {
  // Only instead of a decline: an answer found by the names stands, even a weak one (measured: letting a
  // description outscore a weak answer cost more right answers and declines than it gained notices).
  if (ctx.authorised || ctx.q.content.length < WORDS || given.withheld || given.answered) return undefined;
  let best: { entry: Entry; score: number } | undefined;
  const exact = ctx.q.content.flatMap((c) => [c, synonymOf(c) ?? c]);
  for (const bag of bags(ctx.index)) {
    // Word by word (typos, prefixes) only where a word or a shared meaning is there as it is: a region with
    // hundreds of restricted entries costs a decline what a municipality's handful does.
    if (!exact.some((w) => bag.names.has(w) || bag.text.has(w))) continue;
    const s = score(ctx, bag);
    if (s.matched < WORDS || !s.telling || s.score < ACCEPT || (best && s.score <= best.score)) continue;
    // Named in passing while asking what its register does not hold ("når har vannverket åpen dag?": a date of
    // a system): no notice, as there would be no answer either.
    if (unaskedOf(ctx, scoreIntents(ctx.q, bag.entry).asked, bag.entry)) continue;
    best = { entry: bag.entry, score: s.score };
  }
  return best?.entry;
}

/** For failure analysis: the best few restricted entries by their words, with their scores. */
export function debugRestrictedAbout(ctx: Ctx): { file: string; score: number; matched: number }[] {
  return bags(ctx.index)
    .map((bag) => ({ file: bag.entry.entity.file, ...score(ctx, bag) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
}
