// Entity first, then kind: the entries a question names are weighed by whether their kind holds what it asks
// for (fields.ts) and, for the registers of things that happened, by when they happened ("i februar", "in
// september"). "Hvem deltok i ledelsens gjennomgang?" names the yearly cycle's activity and the review alike;
// only the review has participants.
import type { Kind } from '../kinds.js';
import { type Ctx, type Match, SUGGEST } from './context.js';
import { fieldEvidence, fieldSignals } from './fields.js';
import { type Entry, type EntryKind, RECORD_KINDS } from './index.js';
import { type ConceptId, synonymOf } from './lexicon.js';
import { synonymSet } from './match.js';
import { tenseOf } from './tense.js';

/** The registers only their own intents answered; now found by what they hold when the question asks it. */
export const RECORDS: readonly EntryKind[] = RECORD_KINDS;

/** The word that names a record register: with it, its entries are candidates whatever else is asked. */
const NAMED_BY: Partial<Record<EntryKind, ConceptId[]>> = {
  risk: ['risk'],
  plan: ['action', 'overdue'],
  agreement: ['agreement', 'processor'],
  training: ['training', 'attended'],
  incident: ['incident'],
  review: [],
  report: ['annual-report'],
};

/** Whether the question names the register of a record kind ("incident", "utbildning", "avtal"). */
export function namesRegister(ctx: Ctx, kind: EntryKind): boolean {
  return (NAMED_BY[kind] ?? []).some((c) => ctx.q.concepts.has(c));
}

/** How much the field evidence (at most 2) moves a match's score. */
const FIELD_WEIGHT = 0.1;
/** Evidence below this is what generic words give every kind: it does not move a match. */
const FIELD_FLOOR = 0.3;
/** How far below the best match a candidate may be and still be what the question's words name. */
const NEAR = 0.1;
/** A record dated in the month the question names. */
const MONTH_BONUS = 0.08;
/** A match of the kind the question's tense asks for: what happened (a record of an event) or what is to come. */
const TENSE_BONUS = 0.1;
const TENSE_COVERAGE = 0.3;
/** The registers of things that happened: a meeting held, an exercise run, an incident, an audit or analysis done. */
const HAPPENED: readonly EntryKind[] = ['incident', 'training', 'review', 'audit', 'recommendation', 'risk'];
/** The registers of what is to come: the yearly cycle's activities and the plan's actions. */
const COMING: readonly EntryKind[] = ['cycle', 'plan'];
/** The words that name the other registers a tense can be about ("the auditors", "årshjulet"). */
const OWN_WORD: Partial<Record<EntryKind, ConceptId[]>> = {
  audit: ['audit'],
  recommendation: ['audit', 'recommendation'],
  cycle: ['cycle'],
};
/** Field evidence a record needs to be a candidate when its register is not named. */
const RECORD_EVIDENCE = 0.45;

function kindOf(entry: Entry): Kind {
  return entry.kind === 'recommendation' ? 'audit' : entry.kind;
}

/** The months (1–12) a record happened or is due in, from its dates. */
export function monthsOf(entry: Entry): number[] {
  const d = entry.entity.data as unknown as Record<string, unknown>;
  const dates: unknown[] = [];
  switch (entry.kind) {
    case 'incident':
      dates.push(d.occurred, d.discovered);
      break;
    case 'plan':
      dates.push(d.due, d.done);
      break;
    case 'training':
    case 'review':
    case 'risk':
      dates.push(d.date);
      break;
    case 'cycle':
      return Array.isArray(d.months) ? d.months.filter((m): m is number => typeof m === 'number') : [];
    default:
      return [];
  }
  const out: number[] = [];
  for (const v of dates) {
    const m = /^\d{4}-(\d{2})/.exec(typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : '');
    if (m) out.push(Number(m[1]));
  }
  return out;
}

/**
 * The matches re-ranked by the kind evidence: a match at least worth suggesting gains by how strongly its kind
 * holds what is asked and by a named month it happened in. A record (incident, training, …) whose register
 * the question neither names nor asks a field of is left out: its title's words are not what was asked about.
 */
export function byAskedKind(ctx: Ctx, matches: Match[], kinds: readonly EntryKind[]): Match[] {
  // Asked of one register only ("which training…"): its entries are what the question is about.
  const mixed = kinds.some((k) => !RECORDS.includes(k));
  // The words that name the candidates say what the question is about: none of them is a field asked for. Their
  // names only: a guideline's topics ("integritet") are what it is about, and still what others are asked for.
  const top = matches[0]?.score ?? 0;
  const naming = matches
    .filter((m) => m.score >= Math.max(SUGGEST, top - NEAR))
    .slice(0, 10)
    .map((m) => namedBy(m.entry, false));
  const signals = fieldSignals(ctx.q, ctx.index.registry, (s) => naming.some((n) => n(s)));
  const q = ctx.q;
  const tense = tenseOf(q.folded, q.locale, q.concepts.has('when') || q.concepts.has('next'));
  const inTime = tense === 'past' ? HAPPENED : tense === 'coming' ? COMING : [];
  // "Due date for the audit action on …": the register the question names is what the tense is about.
  const named = inTime.filter(
    (k) => namesRegister(ctx, k) || (OWN_WORD[k] ?? []).some((c) => q.concepts.has(c)),
  );
  const tensed = named.length > 0 ? named : inTime;
  const out: Match[] = [];
  for (const m of matches) {
    const kind = kindOf(m.entry);
    // A tense is no reason to pick an entry whose words cover little of the question: one named in passing.
    const inTense = tensed.includes(m.entry.kind) && m.coverage >= TENSE_COVERAGE;
    const evidence = fieldEvidence(signals, namedBy(m.entry));
    // An asset's classification is a field of the asset's: what the classification holds, the asset answers.
    const e = Math.max(evidence.get(kind) ?? 0, kind === 'asset' ? (evidence.get('classification') ?? 0) : 0);
    const month = ctx.q.months.length > 0 && monthsOf(m.entry).some((x) => ctx.q.months.includes(x));
    if (mixed && RECORDS.includes(m.entry.kind)) {
      if (!namesRegister(ctx, m.entry.kind) && !month && !inTense && e < RECORD_EVIDENCE) continue;
      // "When does the annual report go to the board?": the report holds what it says, not when it is sent —
      // the yearly cycle does.
      if (m.entry.kind === 'report' && (ctx.q.concepts.has('when') || ctx.q.concepts.has('next'))) continue;
    }
    if (m.score < SUGGEST) {
      out.push(m);
      continue;
    }
    out.push({
      ...m,
      score:
        m.score +
        FIELD_WEIGHT * Math.max(0, e - FIELD_FLOOR) +
        (month ? MONTH_BONUS : 0) +
        (inTense ? TENSE_BONUS : 0),
    });
  }
  return out.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
}

/**
 * Whether a word of the question is one the entry's names use: then it names the entry, it asks for nothing.
 * As written or by a shared meaning, not by similarity: "informasjonseier" is near "informasjonssikkerhet" and still asks for an owner.
 */
function namedBy(entry: Entry, lesser = true): (stem: string) => boolean {
  const all = new Set([...entry.names.flat(), ...(lesser ? (entry.secondary ?? []) : []).flat()]);
  // Or by a shared meaning: "records" names "Patientjournaler" as the scoring matched it (~record).
  const meanings = synonymSet([...all]);
  return (stem) => {
    if (all.has(stem)) return true;
    const meaning = synonymOf(stem);
    return meaning !== undefined && meanings.has(meaning);
  };
}

/**
 * The kind whose fields the question asks of the entry it names most clearly: `clear` when it stands out, else
 * only the likeliest (still evidence against an answer from another kind's fields).
 */
export function askedKind(
  ctx: Ctx,
  about: Entry | undefined,
): { kind: Kind; evidence: number; clear: boolean } | undefined {
  if (!about) return undefined;
  const signals = fieldSignals(ctx.q, ctx.index.registry);
  const ranked = [...fieldEvidence(signals, namedBy(about))].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 0.9) return undefined;
  return { kind: first[0], evidence: first[1], clear: !second || second[1] * 1.3 <= first[1] };
}

/** Field evidence the answered entry's kind needs, and how far above the guidance's, to be what is asked. */
const ASKS_FIELD = 0.9;
const ABOVE_GUIDANCE = 1.3;

/**
 * Whether the question asks for a field the answered entry's kind holds, more than any other kind, and guidance does not: "target",
 * "lessons", "how long are … kept" are a measure's, an incident's and a processing activity's fields, and a
 * guidance text that shares the subject's words ("report an incident") does not hold them. The words that name
 * the entry do not count: they say what the question is about.
 */
export function asksFieldOf(ctx: Ctx, entry: Entry): boolean {
  const evidence = fieldEvidence(fieldSignals(ctx.q, ctx.index.registry), namedBy(entry));
  const kind = kindOf(entry);
  const own = Math.max(evidence.get(kind) ?? 0, kind === 'asset' ? (evidence.get('classification') ?? 0) : 0);
  // Of all kinds the likeliest holder: "information at each confidentiality level" is more an asset's than a system's.
  const top = Math.max(0, ...evidence.values());
  return own >= ASKS_FIELD && own >= top && own > ABOVE_GUIDANCE * (evidence.get('faq') ?? 0);
}

/**
 * "How many deviations were reported?", "hur stor andel klickade?": a quantity asked and a measure answering
 * it. Guidance says how or whether to do something, never how many did: it does not hold what is asked, however
 * many of its words the question shares ("report a deviation", "clicked a link").
 */
export function asksMeasure(ctx: Ctx, answered: { used: readonly Entry[] }): boolean {
  return ctx.q.concepts.has('count') && answered.used[0]?.kind === 'kpi';
}
