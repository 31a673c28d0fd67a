// Slack requests that are genuine but must not count twice, or at all. Bolt refuses a signed request only
// when its timestamp is over five minutes old; one stamped in the future (a captured request replayed
// later needs none, but a clock-skewed or forged-ahead one would live on) passes. And Slack re-sends an
// event it thinks was not received (`x-slack-retry-num`, the same `event_id`): lisa would answer twice.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { App, HTTPReceiver } from '@slack/bolt';
import type { BotLogger } from './log.js';

/** Slack's own tolerance for a request's timestamp, in both directions. */
export const MAX_SKEW_SECONDS = 5 * 60;

/** Whether a request's `x-slack-request-timestamp` is within five minutes of now, before or after. */
export function timestampFresh(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Math.floor(nowMs / 1000) - Number(header)) <= MAX_SKEW_SECONDS;
}

/**
 * Puts the two-sided timestamp check in front of the receiver's signature check: a POST to an events
 * endpoint whose timestamp is more than five minutes from now, either way, gets 401 and goes no further.
 */
export function guardTimestamps(
  receiver: HTTPReceiver,
  endpoints: readonly string[],
  logger: BotLogger,
  clock: () => number = Date.now,
): void {
  const inner: RequestListener = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method === 'POST' && endpoints.includes(path)) {
      const stamp = req.headers['x-slack-request-timestamp'];
      if (!timestampFresh(stamp, clock())) {
        logger.warn('request refused: x-slack-request-timestamp is more than five minutes from now');
        req.resume();
        res.writeHead(401).end();
        return;
      }
    }
    inner(req, res);
  };
}

/** Event ids seen lately, bounded in number and in time: enough to recognise Slack's retries (within minutes). */
export class SeenEvents {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly max = 10_000,
    private readonly ttlMs = 60 * 60 * 1000,
  ) {}

  /** True the first time an id is seen within the time to live; false for a repeat. */
  first(id: string, nowMs: number): boolean {
    // Oldest first in a Map: drop the expired ones from the front, then the oldest beyond the bound.
    for (const [key, at] of this.seen) {
      if (nowMs - at <= this.ttlMs) break;
      this.seen.delete(key);
    }
    const at = this.seen.get(id);
    if (at !== undefined && nowMs - at <= this.ttlMs) return false;
    this.seen.set(id, nowMs);
    while (this.seen.size > this.max) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

/** Global middleware: an event whose `event_id` was handled already (a retry) is acknowledged and dropped. */
export function dedupeEvents(
  app: App,
  logger: BotLogger,
  seen = new SeenEvents(),
  clock: () => number = Date.now,
) {
  app.use(async ({ body, context, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !seen.first(id, clock())) {
      logger.info(`event ${id} already handled; retry ${context.retryNum ?? '?'} skipped`);
      return;
    }
    await next();
  });
}
