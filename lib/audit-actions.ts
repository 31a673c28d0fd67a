import type { Audit } from './kinds.js';
import type { Registry } from './registry.js';

// Facts about an audit and its actions that documents, rules and reminders share: the state of an action on
// a given day (from its dated status history), when an answer was decided, and which audit process applies.

export type ActionStatus = 'planned' | 'in-progress' | 'done' | 'cancelled';
export type PlannedAction = NonNullable<Audit['recommendations'][number]['plannedActions']>[number];
export type AuditDecision = NonNullable<Audit['decisions']>[number];

/** The action's status now: an action is planned until the file says otherwise. */
export function currentStatus(action: PlannedAction): ActionStatus {
  return action.status ?? 'planned';
}

/** The dated status changes, oldest first; a `done` date counts as one (files written before `history`). */
export function statusHistory(
  action: PlannedAction,
): { date: string; status: ActionStatus; note?: string }[] {
  const entries = [...(action.history ?? [])];
  if (action.done && currentStatus(action) === 'done' && !entries.some((e) => e.status === 'done'))
    entries.push({ date: action.done, status: 'done' });
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The action's status at the end of `date`. A change the history does not date is taken to have come after
 * any day asked about: a decided answer keeps showing what the board committed to, and the rule
 * action-history-missing asks for the date.
 */
export function statusOn(action: PlannedAction, date: string): ActionStatus {
  let status: ActionStatus = 'planned';
  for (const e of statusHistory(action)) if (e.date <= date) status = e.status;
  return status;
}

/** Open: planned or under way. */
export function isOpen(status: ActionStatus): boolean {
  return status === 'planned' || status === 'in-progress';
}

/** The day an answer was decided (its own date, else the meeting's), if the file says it. */
export function decisionDate(decision: AuditDecision | undefined): string | undefined {
  return decision?.date ?? decision?.meetingDate;
}

/** An answered (or closed) audit: its answers are decided, and what they say is frozen at the decision. */
export function isDecided(audit: Audit): boolean {
  return audit.status === 'answered' || audit.status === 'closed';
}

export type AuditProcess = 'sweden' | 'norway';

/** The organisation's country from lisa.yaml, when it says one ("NO", "no", "norway"…). */
export function organisationCountry(registry: Registry): string | undefined {
  const org = registry.organisation?.data as { country?: unknown } | undefined;
  return typeof org?.country === 'string' ? org.country.toLowerCase() : undefined;
}

/**
 * Who orders, answers and decides: the audit says, else the country in lisa.yaml (Norway's kontrollutvalg,
 * kommunerevisjon, kommunedirektør and kommunestyre), else the Swedish process.
 */
export function auditProcess(registry: Registry, audit: Audit): AuditProcess {
  if (audit.answer?.process) return audit.answer.process;
  const country = organisationCountry(registry);
  return country === 'no' || country === 'nor' || country === 'norway' || country === 'norge'
    ? 'norway'
    : 'sweden';
}
