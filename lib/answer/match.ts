// Which entry a question names: weighted name matching over the index, typo and compound tolerant, and the
// decision whether one entry clearly fits, several do, or only partly.
import type { Entity } from '../registry.js';
import type { Intent } from './answer.js';
import { byAskedKind } from './asked-kind.js';
import { systemBehind } from './behind.js';
import { ACCEPT, type Ctx, type Match, nameOf, type Result, SUGGEST, t } from './context.js';
import type { Entry, EntryKind } from './index.js';
import { LEXICON, synonymOf } from './lexicon.js';
import { M } from './messages.js';
import { similarity, typoBudget } from './normalize.js';
import type { Query } from './query.js';

/** How much a word the registers never use counts against a match. */
const PADDING = 0.15;
/** A lone partial match this good is answered rather than offered as "did you mean". */
const DOMINANT = 0.55;

export function weight(ctx: Ctx, term: string): number {
  const n = ctx.index.entries.length + 1;
  return Math.log(1 + n / (1 + (ctx.index.df.get(term) ?? 0)));
}

export function bestSim(term: string, against: readonly string[], synonyms: ReadonlySet<string>): number {
  // A shared meaning (~pupil) from a phrase: found when the other side has a word of that meaning.
  if (term.startsWith('~')) return synonyms.has(term) || against.includes(term) ? 0.9 : 0;
  let best = 0;
  for (const a of against) {
    const s = similarity(term, a);
    if (s > best) {
      best = s;
      if (s === 1) return 1;
    }
  }
  const syn = synonymOf(term);
  if (syn && synonyms.has(syn)) best = Math.max(best, 0.9);
  return best;
}

export function synonymSet(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of stems) {
    const syn = synonymOf(s);
    if (syn) out.add(syn);
  }
  return out;
}

/** A compound of the question against a list by its parts: all of them must be there. */
export function partsSim(
  q: Query,
  term: string,
  against: readonly string[],
  synonyms: ReadonlySet<string>,
  df?: ReadonlyMap<string, number>,
): number {
  const parts = q.parts.get(term);
  if (!parts) return 0;
  let sum = 0;
  let counted = 0;
  for (const p of parts) {
    const s = bestSim(p, against, synonyms);
    // A part no register uses ("barnehage|søknader") cannot tell entries apart: like a padding word, it does
    // not veto the parts that name the entry. It still counts in the share, so the match stays partial.
    if (s < 0.65 && df !== undefined && unusedBy(df, p)) continue;
    if (s < 0.65) return 0;
    sum += s;
    counted++;
  }
  if (counted === 0) return 0;
  // Below a whole-word match: "behörighetsöversyn" is the review of permissions, not any text on permissions.
  return (0.85 * sum) / (parts.length === counted ? parts.length : parts.length + 0.5);
}

/**
 * No register uses the word, by itself or by its meaning, and it does not say what is asked: "data" in
 * "driftsdata" or "fil" in "DICOM-fil" asks for a kind of thing, which the match must still account for.
 */
function unusedBy(df: ReadonlyMap<string, number>, word: string): boolean {
  const meaning = synonymOf(word);
  return !df.has(word) && (meaning === undefined || !df.has(meaning)) && !LEXICON.byStem.has(word);
}

/** How well the question names this entry, 0..1, and how much of the name it covers. */
export function scoreEntry(ctx: Ctx, entry: Entry): { score: number; coverage: number } {
  const best = scoreVariants(ctx, entry.names, 1);
  if (!entry.secondary) return best;
  // Field weights: a topic or a recommendation's wording names the entry less surely than its name does.
  const lesser = scoreVariants(ctx, entry.secondary, SECONDARY);
  return lesser.score > best.score ? lesser : best;
}

/** Field weight of lesser names against names and aliases. */
const SECONDARY = 0.92;

function scoreVariants(
  ctx: Ctx,
  variants: readonly string[][],
  factor: number,
): { score: number; coverage: number } {
  const { q } = ctx;
  let best = { score: 0, coverage: 0 };
  for (const variant of variants) {
    let num = 0;
    let den = 0;
    for (const term of variant) {
      const w = weight(ctx, term);
      den += w;
      num += w * bestSim(term, q.stems, q.synonyms);
    }
    const coverage = den > 0 ? num / den : 0;
    if (coverage === 0) continue;
    const vSyn = synonymSet(variant);
    let en = 0;
    let ed = 0;
    let distinctive = false;
    let matched = 0;
    // Whether a word of what is asked about found this name, not only a word that also says what is asked
    // ("informationsägare" in a policy's topics) or one said beside the question.
    let subject = false;
    let subjects = 0;
    let distinctiveAsked = false;
    for (const c of q.content) {
      const alt = q.alternatives.get(c);
      const s = Math.max(
        bestSim(c, variant, vSyn),
        partsSim(q, c, variant, vSyn, ctx.index.df),
        alt && vSyn.has(alt) ? 0.9 : 0,
      );
      // Padding ("det strular sedan i morse"): a word no register uses cannot tell entries apart, so it
      // weighs little against the one that names the entry.
      const padding = s === 0 && !ctx.index.df.has(c) ? PADDING : 1;
      const w = weight(ctx, c) * (q.contentWeight.get(c) ?? 1) * padding;
      ed += w;
      en += w * s;
      if (s >= 0.65) matched++;
      // A compound that ends in a question word still names its head ("barnehagesystemet"); one made only
      // of question words ("informationsägare": information + ägare) names nothing.
      const full = !q.context.has(c) && ((q.contentWeight.get(c) ?? 1) >= 1 || q.parts.has(c));
      if (full) subjects++;
      if (full && s >= 0.65) subject = true;
      // A word only this entry (or one other) uses names it: "heroma"; so does a short product name with a
      // digit that only this entry uses ("unit4", "m365").
      const df = ctx.index.df.get(c) ?? matchedDf(ctx, c, variant, vSyn);
      if (s >= 0.8 && ((c.length >= 6 && df <= 2) || (c.length >= 4 && df === 1 && /\d/.test(c)))) {
        if (full) distinctive = true;
        else distinctiveAsked = true;
      }
    }
    // Not when the question has words of what it is about and none of them is in the name.
    const named = subject || subjects === 0;
    if (distinctiveAsked && subjects === 0) distinctive = true;
    const explained = ed > 0 ? en / ed : coverage;
    let score = 0.6 * explained + 0.4 * coverage;
    // The whole name or alias is in the question, or a word that names only this entry: that is the entry,
    // whatever else the question says.
    if (coverage >= 0.99 && explained >= 0.4 && named) score = Math.max(score, 0.78);
    if (distinctive && explained >= 0.6) score = Math.max(score, 0.8);
    // A common word that covers little of a long name, with nothing else said ("hva er det til lunsj i dag"
    // against "Mediantid … dagar …"): at most a suggestion.
    // A question every word of which the name explains is not that case: the name is long, not the match weak
    // ("how many clicked in the phishing test" against "Andel medarbetare som klickade i kvartalets phishingövning").
    const explainedAll = explained >= 0.9 && matched >= 2;
    if (coverage < 0.55 && !distinctive && !explainedAll) score = Math.min(score, SUGGEST + 0.05);
    score *= factor;
    if (score > best.score) best = { score, coverage };
  }
  return best;
}

/**
 * How many entries use what a word the registers never use matched in this name: a typo of "heroma" is as
 * distinctive as "heroma", but "hospital" is ~hospital, in every name with "sjukhus"; a compound found by its
 * parts ("tilgangsgjennomgang") is as distinctive as its commonest part.
 */
function matchedDf(ctx: Ctx, term: string, variant: readonly string[], vSyn: ReadonlySet<string>): number {
  const df = (x: string) => ctx.index.df.get(x) ?? 0;
  let best = 0;
  let hit: string | undefined;
  for (const a of variant) {
    const s = similarity(term, a);
    if (s > best) {
      best = s;
      hit = a;
    }
  }
  // Matched both as written and by meaning: the more telling of the two.
  const syn = synonymOf(term);
  const readings: number[] = [];
  if (hit && best >= 0.8) readings.push(df(hit));
  if (syn && vSyn.has(syn)) readings.push(df(syn));
  if (readings.length > 0) return Math.min(...readings);
  const parts = ctx.q.parts.get(term);
  if (!parts) return 0;
  let most = 0;
  for (const p of parts) most = Math.max(most, ctx.index.df.get(p) ?? matchedDf(ctx, p, variant, vSyn));
  return most;
}

/** The entries of the given kinds the question names, best first. `prefer` ranks some kinds above others. */
export function resolve(ctx: Ctx, kinds: readonly EntryKind[], prefer: readonly EntryKind[] = []): Match[] {
  const { q } = ctx;
  // Chosen from a previous answer's choices: that entry, where the intent can use its kind.
  if (ctx.chosen)
    return kinds.includes(ctx.chosen.kind) ? [{ entry: ctx.chosen, score: 1, coverage: 1 }] : [];
  // Only words that say what kind of question it is ("vilken handlingsplan?"): they may still be a name.
  const nameOnly = q.content.length === 0;
  const words = nameOnly ? [...q.stems] : [...q.content];
  if (words.length === 0) return [];
  // The words as written first; compound parts and shared meanings ("~pupil" is in thousands of names at region
  // scale) only when those do not find the entry.
  // Then which kind of entry about that subject holds what is asked (asked-kind.ts).
  const first = byAskedKind(ctx, candidates(ctx, words, kinds, prefer, nameOnly), kinds);
  if ((first[0]?.score ?? 0) >= ACCEPT) return systemBehind(ctx, first, kinds);
  const wider = [...words, ...[...q.parts.values()].flat(), ...q.synonyms];
  if (wider.length === words.length) return systemBehind(ctx, first, kinds);
  const second = byAskedKind(ctx, candidates(ctx, wider, kinds, prefer, nameOnly), kinds);
  return systemBehind(ctx, second, kinds);
}

export function candidates(
  ctx: Ctx,
  words: string[],
  kinds: readonly EntryKind[],
  prefer: readonly EntryKind[],
  nameOnly: boolean,
): Match[] {
  const { index } = ctx;
  const allowed = new Set(kinds);
  // One question is resolved for several intents: the search and each entry's score are the same each time.
  ctx.memo ??= { searches: new Map(), scores: new Map() };
  const memo = ctx.memo;
  const query = words.join(' ');
  const key = `${kinds.join(' ')}:${query}`;
  let all = memo.searches.get(key);
  if (!all) {
    all = index.search
      .search(query, {
        ...tolerant(ctx),
        combineWith: 'OR',
        // The kinds asked for; a repealed document is history: never what a question is about today.
        filter: (r) =>
          allowed.has(index.entries[r.id]?.kind as EntryKind) && !isRepealed(index.entries[r.id] as Entry),
        // The 41st is as far as the loop below reads.
        limit: 41,
      })
      .map((r) => r.id);
    memo.searches.set(key, all);
  }
  const out: Match[] = [];
  let taken = 0;
  for (const id of all) {
    const entry = index.entries[id] as Entry;
    if (!allowed.has(entry.kind)) continue;
    if (++taken > 40) break;
    let scored = memo.scores.get(id);
    if (!scored) {
      scored = scoreEntry(ctx, entry);
      memo.scores.set(id, scored);
    }
    const { score, coverage } = scored;
    if (score <= 0 || (nameOnly && coverage < 0.99)) continue;
    const factor = prefer.length > 0 && !prefer.includes(entry.kind) ? 0.9 : 1;
    out.push({ entry, score: score * factor, coverage });
  }
  return out.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
}

function isRepealed(entry: Entry): boolean {
  return entry.kind === 'document' && (entry.entity as Entity<'document'>).data.status === 'repealed';
}

/**
 * "When is the next KPI review?": a question made only of words that say what kind of thing it asks about.
 * The entry whose names hold every one of them (by word or shared meaning), if exactly one does.
 */
export function byQuestionWords(
  ctx: Ctx,
  kinds: readonly EntryKind[],
  ignore: (s: string) => boolean,
): Entry[] {
  const { q } = ctx;
  const wanted = q.stems.filter((s) => !ignore(s));
  if (wanted.length === 0) return [];
  const out: Entry[] = [];
  for (const kind of kinds) {
    for (const e of ctx.index.byKind.get(kind) ?? []) {
      const all = e.names.flat();
      const syn = synonymSet(all);
      if (wanted.every((w) => bestSim(w, all, syn) >= 0.8)) out.push(e);
    }
  }
  return out;
}

export function isSuperseded(ctx: Ctx, entry: Entry): boolean {
  if (entry.kind !== 'document') return false;
  const doc = (entry.entity as Entity<'document'>).data;
  if (doc.status === 'repealed') return true;
  for (const other of ctx.index.registry.entities.document.values()) {
    if (other.valid && other.data.supersedes === entry.entity.id && other.data.status !== 'repealed')
      return true;
  }
  return false;
}

/**
 * Typo and prefix tolerance for the words the registers do not use as written: a known word is taken as meant
 * (and looked up exactly, which also keeps a common word from pulling in every compound that starts with it).
 */
export function tolerant(ctx: Ctx) {
  const known = (term: string) => term.startsWith('~') || ctx.index.df.has(term);
  return {
    fuzzy: (term: string) => (known(term) ? false : typoBudget(term.length) || false),
    prefix: (term: string) => !known(term) && term.length >= 4,
  };
}

export function sameEntry(a: Entry, b: Entry): boolean {
  return a.entity === b.entity && a.item === b.item;
}

export type Pick =
  | { entry: Entry; confidence: number }
  | { ambiguous: Entry[] }
  | { suggest: Entry[] }
  | undefined;

/** One entry, or the reason there is none: several fit equally, or only partly. */
export function pickOne(ctx: Ctx, matches: Match[]): Pick {
  const top = matches[0];
  if (!top) return undefined;
  if (top.score >= ACCEPT) {
    const ties = matches.filter((m) => m.score >= top.score - 0.03 && m.coverage >= top.coverage - 0.01);
    let distinct = ties.filter((m, i) => ties.findIndex((o) => sameEntry(o.entry, m.entry)) === i);
    // A repealed or superseded document does not compete with the one in force.
    const current = distinct.filter((m) => !isSuperseded(ctx, m.entry));
    if (current.length > 0) distinct = current;
    if (distinct.length === 1)
      return { entry: (distinct[0] as Match).entry, confidence: (distinct[0] as Match).score };
    if (distinct.length > 1) {
      const container = holder(distinct);
      if (container) return { entry: container.entry, confidence: container.score };
      return { ambiguous: distinct.map((m) => m.entry) };
    }
    return { entry: top.entry, confidence: top.score };
  }
  const partial = matches.filter((m) => m.score >= SUGGEST);
  const distinct = partial.filter((m, i) => partial.findIndex((o) => sameEntry(o.entry, m.entry)) === i);
  // One candidate, well clear of the rest: that is the entry, not a question back.
  if (distinct.length === 1 && top.score >= DOMINANT) return { entry: top.entry, confidence: ACCEPT };
  // One weak candidate is no choice: "did you mean X?" with a single X reads as a guess. Say nothing.
  return distinct.length > 1 ? { suggest: distinct.map((m) => m.entry) } : undefined;
}

/**
 * "Trygghetsalarmen" names the system, the asset held in it and the processing that uses it equally: the one
 * that holds the others is what was named. A tie of one system and only entries that list it resolves to it.
 */
function holder(tied: readonly Match[]): Match | undefined {
  const systems = tied.filter((m) => m.entry.kind === 'system');
  if (systems.length !== 1) return undefined;
  const sys = systems[0] as Match;
  return tied.every((m) => m === sys || (m.entry.systems ?? []).includes(sys.entry.id)) ? sys : undefined;
}

/** "Which one?" or "did you mean?" – naming only entries the asker may see. */
export function clarify(ctx: Ctx, intent: Intent, pick: Pick): Result | undefined {
  if (!pick || 'entry' in pick) return undefined;
  const entries = 'ambiguous' in pick ? pick.ambiguous : pick.suggest;
  const visible = entries.filter((e) => ctx.authorised || !e.restricted);
  const names = [...new Set(visible.map((e) => nameOf(e, ctx.locale)))].slice(0, 4);
  if (names.length === 0) return undefined;
  const hidden = visible.length < entries.length;
  const message = 'ambiguous' in pick ? (hidden ? M.ambiguousHidden : M.ambiguous) : M.didYouMean;
  return {
    intent,
    confidence: 'ambiguous' in pick ? 0.6 : 0.3,
    answered: false,
    lines: [t(ctx, message, { list: names.map((n) => `"${n}"`).join(', '), who: ctx.who })],
    refs: [],
    used: visible.filter((e) => e.restricted),
    ...(visible.length >= 2 ? { choices: uniqueByName(ctx, visible).slice(0, 3) } : {}),
  };
}

function uniqueByName(ctx: Ctx, entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const n = nameOf(e, ctx.locale);
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
}
