// The reminder engine's entry: every source's planner run over one window, in send order. The planners live one per
// source beside it (cycle, actions, documents, classifications, audit answers, risk, breaches, agreements).
import type { Registry } from '../registry.js';
import { actions } from './actions.js';
import { agreementNotices } from './agreements.js';
import { auditAnswers } from './audit-answers.js';
import { breachNotifications } from './breaches.js';
import { classifications } from './classifications.js';
import { cycles } from './cycle.js';
import { documents } from './documents.js';
import { Planner } from './planner.js';
import { REMINDER_KINDS, type Reminder } from './reminder.js';
import { planActions, riskReviews } from './risk.js';

// What callers (the CLI, the bot, the tests) and the planners import from here.
export type { Draft, Planner, Role } from './planner.js';
export { registryPath } from './planner.js';
export { REMINDER_KINDS, type Reminder, type ReminderKind } from './reminder.js';
export { type RemindSettings, remindSettings } from './settings.js';

const KIND_ORDER = new Map(REMINDER_KINDS.map((k, i) => [k, i]));

/**
 * Every reminder that goes out from `from` (inclusive) to `until` (exclusive), in send order. Pure: the same
 * registry and window give the same reminders with the same keys, on any machine, at any time.
 */
export function planReminders(registry: Registry, from: Date, until: Date): Reminder[] {
  if (!(until > from)) return [];
  const p = new Planner(registry, from, until);
  cycles(p);
  actions(p);
  documents(p);
  classifications(p);
  auditAnswers(p);
  riskReviews(p);
  planActions(p);
  breachNotifications(p);
  agreementNotices(p);
  return p.out.sort(
    (a, b) =>
      a.sendAt.getTime() - b.sendAt.getTime() ||
      (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
      // The channel's summary before the direct messages that follow it up.
      (a.via === b.via ? 0 : a.via === 'channel' ? -1 : 1) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
