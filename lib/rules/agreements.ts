import { addMonths } from '../derive.js';
import { label } from '../finding.js';
import { keepsRegister } from '../init-example.js';
import type { Agreement, Processing } from '../kinds.js';
import type { Entity, Registry } from '../registry.js';
import { adequacyOf, inEea } from '../transfers.js';
import { type Rule, valid } from './context.js';

// Agreements: every processor has one, each covers what it claims, none runs out unnoticed, no sub-processor
// takes data out of the EEA without a safeguard.

/**
 * Names compared as people write them: case, spacing, punctuation and a note in brackets do not matter
 * (processing/ writes "IST AB (Extens)" for the service bought from IST AB).
 */
export function sameParty(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[\s.,]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** The processor agreements covering a processing activity, by counterparty name. */
function processorAgreements(registry: Registry, processingId: string): Entity<'agreement'>[] {
  return [...valid(registry, 'agreement')].filter(
    (a) => a.data.type === 'processor-agreement' && (a.data.processing ?? []).includes(processingId),
  );
}

export const processorWithoutAgreement: Rule = {
  id: 'processor-without-agreement',
  severity: 'warning',
  description: 'rule.processor-without-agreement.description',
  message: 'rule.processor-without-agreement.message',
  hint: 'rule.processor-without-agreement.hint',
  check(ctx) {
    // A registry that does not keep agreement/ yet (just imported from a spreadsheet) is not nagged about every
    // processor at once; from its first agreement on (lisa init's example does not count), every processor's
    // agreement belongs there.
    if (!keepsRegister(ctx.registry, 'agreement')) return;
    for (const p of valid(ctx.registry, 'processing')) {
      const agreements = processorAgreements(ctx.registry, p.id);
      (p.data.processors ?? []).forEach((proc, i) => {
        if (agreements.some((a) => sameParty(a.data.counterparty, proc.name))) return;
        ctx.report(
          this,
          { entity: p, path: ['processors', i, 'name'] },
          { name: label(p.data.name), processor: label(proc.name), id: p.id },
        );
      });
    }
  },
};

export const agreementProcessorNotListed: Rule = {
  id: 'agreement-processor-not-listed',
  severity: 'warning',
  description: 'rule.agreement-processor-not-listed.description',
  message: 'rule.agreement-processor-not-listed.message',
  hint: 'rule.agreement-processor-not-listed.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      if (a.data.type !== 'processor-agreement') continue;
      (a.data.processing ?? []).forEach((id, i) => {
        const p = ctx.registry.entities.processing.get(id) as Entity<'processing'> | undefined;
        if (!p?.valid) return; // a missing one is a dangling reference
        const listed = ((p.data as Processing).processors ?? []).some((x) =>
          sameParty(x.name, a.data.counterparty),
        );
        if (!listed)
          ctx.report(
            this,
            { entity: a, path: ['processing', i] },
            { counterparty: label(a.data.counterparty), name: label(p.data.name), id },
          );
      });
    }
  },
};

/** The end an agreement runs to as of today: automatic renewals roll it on by their period. */
export function currentEnd(d: Agreement, today: string): string | undefined {
  if (!d.end) return undefined;
  let end = d.end;
  if (d.renewal === 'automatic' && d.renewalMonths)
    for (let n = 1; end < today && n < 1000; n++) end = addMonths(d.end, d.renewalMonths * n);
  return end;
}

/** The last day to give notice before an agreement's current end. */
export function noticeDate(d: Agreement, today: string): string | undefined {
  const end = currentEnd(d, today);
  return end && addMonths(end, -(d.noticePeriod ?? 0));
}

export const agreementExpired: Rule = {
  id: 'agreement-expired',
  severity: 'warning',
  description: 'rule.agreement-expired.description',
  message: 'rule.agreement-expired.message',
  hint: 'rule.agreement-expired.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      const end = currentEnd(a.data, ctx.today);
      if (end && end < ctx.today)
        ctx.report(this, { entity: a, path: ['end'] }, { counterparty: a.data.counterparty, end });
    }
  },
};

export const agreementInNoticePeriod: Rule = {
  id: 'agreement-in-notice-period',
  severity: 'warning',
  description: 'rule.agreement-in-notice-period.description',
  message: 'rule.agreement-in-notice-period.message',
  hint: 'rule.agreement-in-notice-period.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      // An automatically renewed agreement goes on by itself; only one that ends needs a decision in time.
      if (a.data.renewal === 'automatic' || !a.data.end || !a.data.noticePeriod) continue;
      const notice = noticeDate(a.data, ctx.today) as string;
      if (notice <= ctx.today && ctx.today <= a.data.end)
        ctx.report(
          this,
          { entity: a, path: ['end'] },
          { counterparty: a.data.counterparty, end: a.data.end, notice },
        );
    }
  },
};

export const subProcessorWithoutSafeguard: Rule = {
  id: 'sub-processor-without-safeguard',
  severity: 'error',
  description: 'rule.sub-processor-without-safeguard.description',
  message: 'rule.sub-processor-without-safeguard.message',
  hint: 'rule.sub-processor-without-safeguard.hint',
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      (a.data.subProcessors ?? []).forEach((s, i) => {
        // The same list as the transfer rules (lib/transfers.ts): inside the EEA there is no transfer, and a
        // full adequacy decision (Art. 45) is the safeguard itself; a partial one (US, CA, JP) needs one named.
        const adequacy = adequacyOf(s.country);
        if (!inEea(s.country) && !(adequacy && !adequacy.partial) && !s.safeguard)
          ctx.report(
            this,
            { entity: a, path: ['subProcessors', i, 'country'] },
            { name: s.name, country: s.country },
          );
      });
    }
  },
};

export const AGREEMENT_RULES = [
  processorWithoutAgreement,
  agreementProcessorNotListed,
  agreementExpired,
  agreementInNoticePeriod,
  subProcessorWithoutSafeguard,
];
