// Guidance (FAQ): which guidance entry answers the question, and its answer.
import { t as tr } from '../../i18n/index.js';
import { pickTextLang } from '../../locale.js';
import type { Entity } from '../../registry.js';
import { type Ctx, FAQ_ACCEPT, type Ref, type Result, role, t } from '../context.js';
import { freeTextPick, GUIDANCE } from '../freetext.js';
import type { Entry } from '../index.js';
import { type ConceptId, conceptsOf, phraseConcepts } from '../lexicon.js';
import { bestSim, synonymSet, tolerant, weight } from '../match.js';
import { M } from '../messages.js';
import { terms, words } from '../normalize.js';
import { CONTEXT } from '../query.js';

/**
 * The words that say what is asked ("använda", "bruke", "use") mean the same in every language: a guidance
 * question written in Swedish is asked in English with the same concepts. Two such words of one concept match.
 */
const CONCEPT_SIM = 0.85;

// Only the verbs of doing something with information, and of keeping or deleting it ("keep", "radera",
// "länge"): "policy" or "owner" in a guidance question says less.
const DOING = new Set<ConceptId>(['handling', 'retention']);

function conceptSim(term: string, against: readonly string[]): number {
  const mine = conceptsOf(term).filter((c) => DOING.has(c));
  if (mine.length === 0) return 0;
  return against.some((a) => a !== term && conceptsOf(a).some((c) => mine.includes(c))) ? CONCEPT_SIM : 0;
}

/** The shapes of asking a guidance question's words have beside its content ("what do I do …?"). */
const SHAPES: readonly ConceptId[] = ['howto', 'handling'];
const shapeCache = new WeakMap<Entry, ConceptId[][]>();

/** Per way of asking a guidance entry, the shapes it is asked in, by the lexicon's phrases. */
function shapesOf(entry: Entry): ConceptId[][] {
  let out = shapeCache.get(entry);
  if (!out) {
    const asked = (entry.entity as Entity<'faq'>).data.questions ?? [];
    out = asked.map((text) => phraseConcepts(words(textOf(text))).concepts.filter((c) => SHAPES.includes(c)));
    shapeCache.set(entry, out);
  }
  return out;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return value && typeof value === 'object' ? Object.values(value).join(' ') : '';
}

export function faqAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const f = (entry.entity as Entity<'faq'>).data;
  const picked = pickTextLang(f.answer, ctx.locale, ctx.index.registry.locale);
  // Guidance written in another language than the question's is shown as it is, and said to be so.
  const lines =
    picked.lang === ctx.locale
      ? [picked.text]
      : [tr(ctx.locale, 'answer.guidance.onlyIn', { lang: picked.lang }), picked.text];
  const refs: Ref[] = [{ entity: entry.entity, path: ['answer'] }];
  const used = [entry];
  for (const id of f.documents ?? []) {
    const doc = ctx.index.byKey.get(`document/${id}`);
    if (!doc || (doc.restricted && !ctx.authorised)) continue;
    refs.push({ entity: doc.entity, path: [] });
  }
  const links = (f.links ?? [])
    .filter((l) => /^https?:\/\//i.test(l.url))
    .map((l) => ({ title: l.title, url: l.url }));
  return {
    intent: 'faq',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.faqOwner, { owner: role(ctx, f.owner) }),
    refs,
    links,
    used,
  };
}

/**
 * How well a guidance entry answers the question: the question's words found in one of its ways of asking
 * (recall, weighted by how telling each word is) and that way of asking's words found in the question
 * (precision); or the question's words spread over all its ways of asking and its topics.
 */
export function scoreFaq(ctx: Ctx, entry: Entry): number {
  const { q } = ctx;
  if (q.stems.length === 0) return 0;
  const topicStems = terms(((entry.entity as Entity<'faq'>).data.topics ?? []).join(' '));
  // "Vem äger PACS? bilderna laddar inte": asking who, the verbs are the trouble described, not what is asked.
  const asksWho = q.concepts.has('who') || q.concepts.has('owner') || q.concepts.has('administrator');
  const doing = (term: string, against: readonly string[]) => (asksWho ? 0 : conceptSim(term, against));
  const recallAgainst = (against: string[]) => {
    const syn = synonymSet(against);
    let num = 0;
    let den = 0;
    for (const s of q.stems) {
      // A word of a phrase with a meaning of its own ("record a meeting" ~ inspelning) by that meaning too.
      const alt = q.alternatives.get(s);
      const sim = Math.max(bestSim(s, against, syn), doing(s, against), alt && syn.has(alt) ? 0.9 : 0);
      // As for names: a word no register uses is padding, and weighs little.
      // A word said beside the question rather than in it (query.ts) counts less, found or not.
      const w =
        weight(ctx, s) * (sim === 0 && !ctx.index.df.has(s) ? 0.15 : 1) * (q.context.has(s) ? CONTEXT : 1);
      den += w;
      num += w * sim;
    }
    return den > 0 ? num / den : 0;
  };
  let best = 0;
  let bestPrecision = 0;
  const parts = entry.questionParts ?? [];
  const shapes = shapesOf(entry);
  // The shapes by the asker's phrases too: "lagres" says handling, not the shape "may I …".
  const askedIn = phraseConcepts(q.folded).concepts;
  entry.questions.forEach((question, i) => {
    const recall = recallAgainst([...question, ...topicStems, ...parts]);
    let p = 0;
    for (const f of question) p += Math.max(bestSim(f, q.stems, q.synonyms), doing(f, q.stems));
    // "Someone asks for access to a document, what do I do?": a shape both are asked in is a word they share
    // (one the asker does not use says nothing: staff leave it out as often as not).
    const shape = (shapes[i] ?? []).filter((c) => askedIn.includes(c));
    p += shape.length;
    const length = question.length + shape.length;
    const precision = length > 0 ? p / length : 0;
    bestPrecision = Math.max(bestPrecision, precision);
    best = Math.max(best, 0.6 * recall + 0.4 * precision);
  });
  const union = recallAgainst([...entry.questions.flat(), ...topicStems, ...parts]);
  return Math.max(best, 0.95 * (0.6 * union + 0.4 * bestPrecision));
}

export function faqCandidate(ctx: Ctx): Result | undefined {
  const { q, index } = ctx;
  if (q.stems.length === 0) return undefined;
  const search = [...q.stems, ...q.synonyms];
  const results = index.faqSearch.search(search.join(' '), {
    boost: { questions: 2 },
    ...tolerant(ctx),
    combineWith: 'OR',
  });
  let best: { entry: Entry; score: number } | undefined;
  for (const r of results.slice(0, 15)) {
    const entry = index.entries[r.id as number] as Entry;
    const score = scoreFaq(ctx, entry);
    if (!best || score > best.score) best = { entry, score };
  }
  // The guidance's answers say in the asker's words what its questions say in the registry's: "clean desk" is
  // in the English answer of "Vad betyder rent skrivbord?".
  // Asking who owns something or whether the registers hold something is not asking for guidance.
  const asksRegisters = [
    'who',
    'owner',
    'administrator',
    'dpia',
    'processing',
    'classification',
    'system',
    'kpi',
    'count',
  ].some((c) => q.concepts.has(c as ConceptId));
  if (!asksRegisters) {
    const free = freeTextPick(ctx, undefined, GUIDANCE);
    if (free && (!best || best.score < FAQ_ACCEPT)) best = { entry: free.entry, score: FAQ_ACCEPT };
    // The answer explains the question clearly better than another entry's questions do.
    else if (free && best && free.entry !== best.entry && free.score > best.score + 0.05)
      best = { entry: free.entry, score: free.score };
  }
  if (!best || best.score < FAQ_ACCEPT) return undefined;
  return faqAnswer(ctx, best.entry, best.score);
}
