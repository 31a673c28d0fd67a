// An entry in brief, when the question names it but asks nothing specific.
import { pickText } from '../../locale.js';
import type { Entity } from '../../registry.js';
import type { Ctx, Result } from '../context.js';
import type { Entry } from '../index.js';
import { auditAnswer } from './audit.js';
import { classificationAnswer } from './classification.js';
import { cycleEntryAnswer } from './cycle.js';
import { documentAnswer } from './document.js';
import { faqAnswer } from './faq.js';
import { kpiAnswer } from './kpi.js';
import { ownerAnswer } from './owner.js';
import { processingAnswer } from './processing.js';

/** An entry in brief, when the question names it but asks nothing specific. */
export function entryAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  switch (entry.kind) {
    case 'system': {
      const r = ownerAnswer(ctx, entry, confidence);
      const description = pickText((entry.entity as Entity<'system'>).data.description, ctx.locale);
      if (description) r.lines.unshift(description);
      return { ...r, intent: 'entry' };
    }
    case 'asset': {
      const owner = ownerAnswer(ctx, entry, confidence);
      const cls = classificationAnswer(ctx, entry, confidence, 'entry');
      return { ...cls, lines: [...owner.lines, ...cls.lines], intent: 'entry' };
    }
    case 'processing':
      return processingAnswer(ctx, entry, confidence);
    case 'document':
      return documentAnswer(ctx, entry, confidence);
    case 'kpi':
      return kpiAnswer(ctx, entry, confidence);
    case 'cycle':
      return cycleEntryAnswer(ctx, entry, confidence);
    case 'audit':
    case 'recommendation':
      return auditAnswer(ctx, entry, confidence);
    case 'faq':
      return faqAnswer(ctx, entry, confidence);
    default:
      return faqAnswer(ctx, entry, confidence);
  }
}
