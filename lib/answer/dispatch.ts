// What a question asks (its intent) and the part of the answerer that answers it.
import type { Entity } from '../registry.js';
import type { Intent } from './answer.js';
import type { Ctx, Result } from './context.js';
import type { Entry, EntryKind } from './index.js';
import { auditAnswer } from './intents/audit.js';
import { classificationAnswer } from './intents/classification.js';
import { contactAnswer, roleAnswer } from './intents/contact.js';
import { cycleAnswer, cycleEntryAnswer } from './intents/cycle.js';
import { documentAnswer } from './intents/document.js';
import { entryAnswer } from './intents/entry.js';
import { bySubjects, holdsAnswer } from './intents/holds.js';
import { allKpis, kpiAnswer } from './intents/kpi.js';
import { ownerAnswer } from './intents/owner.js';
import { processingAnswer } from './intents/processing.js';
import { clarify, pickOne, resolve } from './match.js';
import type { Query } from './query.js';

export function detectIntent(q: Query): Intent {
  const c = q.concepts;
  const has = (id: Parameters<typeof c.has>[0]) => c.has(id);
  if ((has('dpo') || has('security-coordinator')) && !has('owner') && !has('administrator')) return 'contact';
  if (has('owner') || has('administrator')) return 'owner';
  if (has('data') && (has('system') || has('contains')) && !has('handling') && !has('classification'))
    return 'holds';
  if (has('classification')) return 'classification';
  if (has('data') && has('which') && !has('handling') && q.content.length > 0) return 'holds';
  if (has('legal-basis') || has('retention') || has('processing')) return 'processing';
  if (has('kpi')) return 'kpi';
  if (has('audit') || has('recommendation') || (has('action') && has('status'))) return 'audit';
  if (has('cycle') || ((has('month') || has('quarter') || q.months.length > 0) && !has('document')))
    return 'cycle';
  if (has('document') || has('review')) return 'document';
  if (has('target')) return 'kpi';
  if (has('handling')) return 'handling';
  return 'entry';
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

export function structured(ctx: Ctx, intent: Intent): Result | undefined {
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
    case 'classification':
      return withEntry(
        ['asset', 'system'],
        (e, c) => classificationAnswer(ctx, e, c, 'classification'),
        q.concepts.has('system') ? ['system'] : ['asset'],
      );
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
      return holdsAnswer(ctx);
    case 'processing': {
      const r = withEntry(['processing'], (e, c) => processingAnswer(ctx, e, c));
      if (r?.answered) return r;
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
      if (q.content.length > 0) {
        const pick = pickOne(ctx, resolve(ctx, ['cycle']));
        if (pick && 'entry' in pick) return cycleEntryAnswer(ctx, pick.entry, pick.confidence);
      }
      return cycleAnswer(ctx);
    }
    case 'entry':
      return (
        (q.concepts.has('who') ? roleAnswer(ctx) : undefined) ??
        withEntry(ANY, (e, c) => entryAnswer(ctx, e, c * 0.9))
      );
    default:
      return undefined;
  }
}
