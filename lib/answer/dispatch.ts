// What a question asks (its intent) and the part of the answerer that answers it.
import type { Kind } from '../kinds.js';
import type { Entity } from '../registry.js';
import type { Intent } from './answer.js';
import { RECORDS } from './asked-kind.js';
import type { Ctx, Match, Result } from './context.js';
import type { Entry, EntryKind } from './index.js';
import { auditAnswer } from './intents/audit.js';
import { classificationAnswer } from './intents/classification.js';
import { contactAnswer, roleAnswer } from './intents/contact.js';
import { cycleAnswer, cycleEntryAnswer } from './intents/cycle.js';
import { documentAnswer } from './intents/document.js';
import { entryAnswer } from './intents/entry.js';
import { bySubjects, holdsAnswer, systemsOf } from './intents/holds.js';
import { allKpis, kpiAnswer } from './intents/kpi.js';
import { ownerAnswer } from './intents/owner.js';
import { processingAnswer, processingOf } from './intents/processing.js';
import { registerEvidence, registerStructured } from './intents/register-dispatch.js';
import { type ConceptId, conceptsOf } from './lexicon.js';
import { byQuestionWords, clarify, pickOne, resolve } from './match.js';
import type { Query } from './query.js';

/** Words that only say when: not what a cycle activity is called. */
const TIME = new Set<ConceptId>(['when', 'next', 'this', 'month', 'quarter', 'cycle', 'which', 'exists']);

/** Words that ask for a person, not for which of several things. */
const PERSON = new Set(['vem', 'hvem', 'who', 'whom', 'kontakta', 'kontakte', 'contact']);

/** "Var", "hvor", "where": a place is asked, unless it is "hvor lenge" (how long). */
const WHERE = new Set(['var', 'hvor', 'where']);
const LONG = new Set(['länge', 'lenge', 'long', 'mange', 'mye']);

function asksWhere(folded: readonly string[]): boolean {
  return folded.some((w, i) => WHERE.has(w) && !LONG.has(folded[i + 1] ?? ''));
}

/** What each kind of entry is usually asked about: the entry the question names is evidence for these. */
const ASKED_OF: Partial<Record<EntryKind, Intent[]>> = {
  system: ['owner', 'classification', 'entry'],
  asset: ['classification', 'owner', 'entry'],
  processing: ['processing'],
  document: ['document'],
  kpi: ['kpi'],
  cycle: ['cycle'],
  audit: ['audit'],
  recommendation: ['audit'],
};

/** The answer for each kind whose fields a question asks for; systems and assets are answered per field. */
const FIELD_INTENT: Partial<Record<Kind, Intent>> = {
  classification: 'classification',
  processing: 'processing',
  document: 'document',
  kpi: 'kpi',
  cycle: 'cycle',
  audit: 'audit',
  risk: 'risk',
  plan: 'plan',
  agreement: 'agreement',
  training: 'training',
  incident: 'incident',
  review: 'review',
  report: 'report',
};

/**
 * The intents a question may have, most likely first. Each word group is evidence with a weight, not a rule
 * that wins outright: a time word ("förra kvartalet", "igår") weighs little beside a word that says what is
 * asked, and the entry the question names (`about`) adds to what that kind of entry is asked about.
 */
export function rankIntents(q: Query, about?: Entry, asked?: AskedKind): Intent[] {
  return scoreIntents(q, about, asked).ranked;
}

/** The kind of entry whose fields the question asks for, how strongly, and whether it stands out (`askedKind`). */
type AskedKind = { kind: Kind; evidence: number; clear?: boolean };

/**
 * The intents ranked, and for each the weight the question's own words give it (`asked`): the kind of entry
 * named and the fallback to its summary are priors, not evidence of what is asked.
 */
export function scoreIntents(
  q: Query,
  about?: Entry,
  field?: AskedKind,
): { ranked: Intent[]; asked: ReadonlyMap<Intent, number> } {
  const c = q.concepts;
  const has = (id: Parameters<typeof c.has>[0]) => c.has(id);
  const score = new Map<Intent, number>();
  const asked = new Map<Intent, number>();
  const prior = (intent: Intent, w: number) => score.set(intent, (score.get(intent) ?? 0) + w);
  const add = (intent: Intent, w: number) => {
    prior(intent, w);
    asked.set(intent, (asked.get(intent) ?? 0) + w);
  };
  // "Where are X kept?" asks for a place, not how long.
  const howLong = has('retention') && !asksWhere(q.folded);
  // "När rapporterar personvernombudet …?": asking when, the role named is who does it, not who is asked for.
  if ((has('dpo') || has('security-coordinator')) && !has('owner') && !has('administrator') && !has('when'))
    add('contact', 5);
  if (has('owner') || has('administrator')) add('owner', 4.5);
  // "Who do I contact about the ambulance records system?": a person asked for about a system is its owner,
  // whatever data the system's description names ("vilka"/"hvilke" ask which, not who).
  else if (has('system') && q.folded.some((w) => PERSON.has(w))) add('owner', 4.2);
  // "Which systems hold X?" asks for an asset's systems; "how long are X kept?" (retention) and "what level did X
  // get?" (the field words of a classification) ask for something else about the same data.
  const other = howLong || has('classification') || field?.kind === 'classification';
  if (has('data') && (has('system') || has('contains')) && !has('handling') && !other) add('holds', 4);
  else if (has('data') && has('which') && !has('handling') && !other && q.content.length > 0)
    add('holds', 3.5);
  if (has('classification')) add('classification', 4);
  if (has('legal-basis') || howLong) add('processing', 4);
  if (has('processing')) add('processing', 3);
  // "A processor agreement with X" asks for the agreement: the agreements register answers it (intents/agreement.ts).
  if (has('dpia') || (has('processor') && !has('agreement'))) add('processing', 4.5);
  // "Vilka system hanterar personakterna?": the systems of the entry named.
  if (has('system') && (has('which') || has('contains')) && !has('owner') && !other) add('holds', 3);
  if (has('kpi')) add('kpi', 3);
  if (has('count')) add('kpi', 2);
  if (has('target')) add('kpi', 1.5);
  if (has('audit') || has('recommendation')) add('audit', 3);
  if (has('action') && has('status')) add('audit', 2);
  if (has('cycle')) add('cycle', 3);
  // "When is …?" asks for a date; "next"/"this month" only say which one.
  if (has('when')) add('cycle', has('next') ? 3.2 : 2.5);
  if ((has('month') || has('quarter') || q.months.length > 0) && !has('document')) add('cycle', 1);
  // A measure is followed up per quarter (kpi.schema.json): "last quarter" is as much its period as a date's;
  // "when is the quarterly review?" still asks a date, which a measure does not hold.
  if (has('quarter') && !has('when')) add('kpi', 1);
  if (has('document')) add('document', 2.5);
  if (has('review')) add('document', 1.5);
  if (has('handling')) add('handling', 1.5);
  for (const [i, intent] of (about ? (ASKED_OF[about.kind] ?? []) : []).entries())
    prior(intent, 1.5 - i * 0.4);
  // "Hur ligger vi till med …?": a measure or an audit's progress.
  if (has('status')) {
    add('kpi', 1);
    add('audit', 0.8);
  }
  // The entry named is a record (an incident, a training, an action…): its register's answer is about it.
  if (about && RECORDS.includes(about.kind)) prior(about.kind as Intent, 4.5);
  // What is asked for is a field of one kind above the others ("integritet", "lärdomar"): that kind's answer,
  // about the entry named. With nothing named, a field word alone ("open") says too little.
  const byField = field && field.clear !== false && about ? FIELD_INTENT[field.kind] : undefined;
  if (field && byField) add(byField, 1.2 * field.evidence);
  registerEvidence(q, add, about);
  prior('entry', 0.5);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([intent]) => intent);
  return { ranked, asked };
}

/** The first intent: what the question is most likely asking. */
export function detectIntent(q: Query, about?: Entry): Intent {
  return rankIntents(q, about)[0] ?? 'entry';
}

export const OWNED: EntryKind[] = ['system', 'asset', 'document', 'kpi', 'cycle', 'processing'];
export const ANY: EntryKind[] = [
  'system',
  'asset',
  'processing',
  'document',
  'kpi',
  'cycle',
  'audit',
  'recommendation',
];

export function preferFromConcepts(q: Query): EntryKind[] {
  const out: EntryKind[] = [];
  if (q.concepts.has('system')) out.push('system');
  if (q.concepts.has('document')) out.push('document');
  if (q.concepts.has('kpi')) out.push('kpi');
  if (q.concepts.has('processing')) out.push('processing');
  if (q.concepts.has('data')) out.push('asset');
  // "Hur ligger vi till med …?": a measure or an audit's progress.
  if (q.concepts.has('status') || q.concepts.has('target')) out.push('kpi', 'audit', 'recommendation');
  return out;
}

/** How close a system and information it holds must score for the information to be what was named. */
const TIED = 0.03;

/**
 * "How are building cases classified?" naming the information and the system named after it equally: the
 * classification is the information's, so the system gives way (pickOne would take the system that holds it).
 */
function informationFirst(matches: Match[]): Match[] {
  const top = matches[0];
  if (!top) return matches;
  const tied = matches.filter((m) => m.score >= top.score - TIED);
  const held = new Set(tied.filter((m) => m.entry.kind === 'asset').flatMap((m) => m.entry.systems ?? []));
  return matches.filter((m) => !(m.entry.kind === 'system' && tied.includes(m) && held.has(m.entry.id)));
}

export function structured(
  ctx: Ctx,
  intent: Intent,
  about?: Entry,
  aboutConfidence = 0.75,
): Result | undefined {
  const { q } = ctx;
  const withEntry = (
    kinds: EntryKind[],
    answer: (entry: Entry, confidence: number) => Result,
    prefer = preferFromConcepts(q),
  ) => {
    const pick = pickOne(ctx, resolve(ctx, kinds, prefer));
    if (pick && 'entry' in pick) return answer(pick.entry, pick.confidence);
    return clarify(ctx, intent, pick);
  };
  switch (intent) {
    case 'contact':
      return contactAnswer(ctx) ?? roleAnswer(ctx);
    case 'owner':
      return withEntry(OWNED, (e, c) => ownerAnswer(ctx, e, c));
    case 'classification': {
      const named = q.concepts.has('system');
      const matches = resolve(ctx, ['asset', 'system'], named ? ['system'] : ['asset']);
      const pick = pickOne(ctx, named ? matches : informationFirst(matches));
      if (pick && 'entry' in pick)
        return classificationAnswer(ctx, pick.entry, pick.confidence, 'classification');
      return clarify(ctx, intent, pick);
    }
    case 'handling':
      // "May I use Dropbox?": the information's classification, or the governing document on the service.
      return withEntry(
        ['asset', 'system', 'document'],
        (e, c) =>
          e.kind === 'document'
            ? documentAnswer(ctx, e, c * 0.9)
            : classificationAnswer(ctx, e, c * 0.9, 'handling'),
        ['asset'],
      );
    case 'holds':
      return holdsAnswer(ctx) ?? (about ? systemsOf(ctx, about) : undefined);
    case 'processing': {
      const r = withEntry(['processing'], (e, c) => processingAnswer(ctx, e, c));
      if (r?.answered) return r;
      // Named by its system or asset: the activity behind it.
      const behind = processingOf(ctx, about);
      if (behind) return processingAnswer(ctx, behind, 0.75);
      // "How long are pupils' grades kept?": the processing whose data subjects and categories say so.
      const hits = bySubjects(ctx, ['processing']);
      if (hits.length === 1) return processingAnswer(ctx, hits[0] as Entry, 0.75);
      if (hits.length > 1) return clarify(ctx, 'processing', { ambiguous: hits }) ?? r;
      return r;
    }
    case 'document':
      return withEntry(['document'], (e, c) => documentAnswer(ctx, e, c));
    case 'audit': {
      const r = withEntry(['recommendation', 'audit'], (e, c) => auditAnswer(ctx, e, c));
      if (r?.answered) return r;
      // "How are the audit actions going?" naming none: the latest audit still open (else the latest).
      if (q.content.length === 0) {
        const audits = [...(ctx.index.byKind.get('audit') ?? [])].sort((a, b) =>
          (a.entity as Entity<'audit'>).data.reportDate < (b.entity as Entity<'audit'>).data.reportDate
            ? 1
            : -1,
        );
        const open = audits.filter((e) => (e.entity as Entity<'audit'>).data.status !== 'closed');
        const latest = open[0] ?? audits[0];
        if (latest) return auditAnswer(ctx, latest, 0.72);
      }
      return r;
    }
    case 'kpi': {
      const r = withEntry(['kpi'], (e, c) => kpiAnswer(ctx, e, c));
      if (r?.answered) return r;
      return q.content.length === 0 ? allKpis(ctx) : r;
    }
    case 'cycle': {
      const pick = pickOne(ctx, resolve(ctx, ['cycle']));
      if (pick && 'entry' in pick) return cycleEntryAnswer(ctx, pick.entry, pick.confidence);
      if (q.content.length === 0) {
        const time = (x: string) => conceptsOf(x).some((c) => TIME.has(c));
        const hits = byQuestionWords(ctx, ['cycle'], time);
        if (hits.length === 1) return cycleEntryAnswer(ctx, hits[0] as Entry, 0.75);
      }
      return cycleAnswer(ctx);
    }
    case 'entry':
      return (
        (q.concepts.has('who') ? roleAnswer(ctx) : undefined) ??
        withEntry(ANY, (e, c) => entryAnswer(ctx, e, c * 0.9))
      );
    default:
      return registerStructured(ctx, intent, about, aboutConfidence);
  }
}
