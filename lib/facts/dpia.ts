// Whether a processing activity needs a data protection impact assessment (Art. 35) and whether it has one:
// the one answer the dpia-missing rule, the documents (yearly report, register) and the PR diff all give.
import type { Processing } from '../types.gen.js';

export type DpiaCriterion = NonNullable<NonNullable<Processing['dpia']>['criteria']>[number];

/** Why an activity needs a DPIA, as codes; each surface words them (`DPIA_REASON`, the rule, the diff). */
export type DpiaReason =
  | { code: 'special' }
  | { code: 'criminal' }
  | { code: 'protected' }
  | { code: 'criteria'; n: number };

export interface DpiaFact {
  /** The EDPB criteria that apply: the declared ones and those the entry's own fields imply. */
  criteria: ReadonlySet<DpiaCriterion>;
  /** A DPIA (or, for sensitive data alone, a documented assessment that none is needed) is called for. */
  needed: boolean;
  done: boolean;
  /** Needed and not done: the rule warns, the yearly report flags it, the PR comment says so. */
  missing: boolean;
  reasons: DpiaReason[];
}

/**
 * IMY's list: a DPIA is needed when at least two EDPB criteria apply. Sensitive data (Art. 9 or 10) is one
 * criterion: alone it calls for a documented assessment, so `status: not-needed` with a `reference` settles it
 * and the activity does not count as needing one; without the reference it does. Protected identities are
 * sensitive data about vulnerable people, two criteria at once. Automated decisions are a criterion of their own.
 * Tolerates unvalidated data (the diff reads both sides of a change as they are).
 */
export function dpiaOf(p: Partial<Processing>): DpiaFact {
  const dpia = p.dpia && typeof p.dpia === 'object' ? p.dpia : undefined;
  const declared = Array.isArray(dpia?.criteria) ? dpia.criteria : [];
  const criteria = new Set<DpiaCriterion>(declared);
  if (p.automatedDecisions === true) criteria.add('automated-decisions');
  const special = Array.isArray(p.specialCategories) && p.specialCategories.length > 0;
  const criminal = p.criminalData === true;
  const protectedIds = p.protectedIdentities === true;
  if (special || criminal || protectedIds) criteria.add('sensitive-data');
  if (protectedIds) criteria.add('vulnerable-data-subjects');
  const sensitive = criteria.has('sensitive-data');
  const assessed = dpia?.status === 'not-needed' && Boolean(dpia.reference);
  const needed = criteria.size >= 2 || (sensitive && !assessed);
  const done = dpia?.status === 'done';
  const reasons: DpiaReason[] = [];
  if (needed) {
    if (special) reasons.push({ code: 'special' });
    if (criminal) reasons.push({ code: 'criminal' });
    if (protectedIds) reasons.push({ code: 'protected' });
    // The count is said where the fields above do not already account for every criterion that applies.
    const accounted = protectedIds ? 2 : special || criminal ? 1 : 0;
    if (criteria.size > accounted) reasons.push({ code: 'criteria', n: criteria.size });
  }
  return { criteria, needed, done, missing: needed && !done, reasons };
}
