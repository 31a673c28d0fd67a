// What a reminder is: one message to send, to whom, when, and the key that makes it go out once.
import type { Kind } from '../kinds.js';
import type { ReminderBlock } from './blocks.js';

export const REMINDER_KINDS = [
  'kpi-review',
  'cycle',
  'action-due',
  'document-review',
  'classification-review',
  'audit-answer',
  'risk-review',
  'plan-action',
  'breach-notification',
  'agreement-notice',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** One message to send: what, to whom, when, and the key that makes it go out exactly once. */
export interface Reminder {
  /** kind:entity:occurrence:recipient. Stable across runs and machines; restricted entities appear hashed. */
  key: string;
  /** The key without its occurrence: a catch-up sends only the latest reminder of a series. */
  series: string;
  kind: ReminderKind;
  /** When it goes out: the send time on a working day, in the organisation's zone. */
  sendAt: Date;
  /** `sendAt` in local time with its offset, e.g. 2026-03-30T08:00:00+02:00. */
  due: string;
  /** The deadline the reminder is about (YYYY-MM-DD). */
  deadline: string;
  /** The security channel as configured (id or #name), or a Slack user id for a direct message. */
  to: string;
  via: 'channel' | 'dm';
  /** mrkdwn fallback text, the whole message. */
  text: string;
  blocks: ReminderBlock[];
  /**
   * The register entry it is about (for the bot's "due soon"; a weekly overdue digest names its oldest action's
   * audit). Check `restricted` before showing it to anyone but `users`.
   */
  entity: { kind: Kind; id: string; file: string };
  restricted: boolean;
  /** Slack users expected to act. */
  users: string[];
}
