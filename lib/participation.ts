import type { Training } from './kinds.js';

// How many took part in a training or exercise, as a share: the documents and the reminders say the same.

/** The share who took part, 0–1: participants of invited, else the share as recorded. */
export function participationShare(p: Training['participation']): number | undefined {
  if (p?.invited && p.participants !== undefined) return Math.min(1, p.participants / p.invited);
  return p?.share;
}
