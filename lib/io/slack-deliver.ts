import { ErrorCode, type WebAPICallResult, WebClient } from '@slack/web-api';
import type { Registry } from '../registry.js';
import { BY_THE_CLOCK } from '../remind/breaches.js';
import { addDays, localDay, localInstant } from '../remind/calendar.js';
import { planReminders, type Reminder, remindSettings } from '../remind/plan.js';

// Exactly-once delivery with Slack as the only record: each post carries its reminder's key as message
// metadata, and before anything is posted the destination's recent history is read for those keys. Why this
// design, and its limits, are in README.md beside this file.

export const EVENT_TYPE = 'lisa_reminder';
/** History is read this far behind the catch-up window, so a reminder sent earlier under other lead times is still found. */
export const HISTORY_MARGIN_DAYS = 35;

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export interface DeliverOptions {
  /** Any WebClient with the bot token; the engine derives one that never retries on its own (see `strictClient`). */
  client: WebClient;
  registry: Registry;
  /** The moment to deliver for: everything due by then and not yet in Slack goes out. */
  now: Date;
  /**
   * Also send what is due later the same local day. A scheduled workflow fires at an hour GitHub chooses (often
   * late, and 06:00 UTC is 07:00 in Stockholm in winter), so it delivers the day, not the minute.
   */
  wholeDay?: boolean;
  /** Waits between attempts and for Retry-After; tests pass one that does not really sleep. */
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
  /** Attempts per Slack call before giving up on a reminder until the next run. */
  attempts?: number;
  /** Keys this process already saw in Slack: an optimisation for a long-running bot, never the record. */
  known?: Set<string>;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
}

export interface DeliverResult {
  /** Posted now (including posts whose answer was lost but which history shows arrived). */
  sent: Reminder[];
  /** Due, but already in Slack. */
  already: Reminder[];
  /** Due, but a later reminder of the same series is due too (a catch-up sends only the latest). */
  superseded: Reminder[];
  /** Could not be delivered this run; the next run tries again. */
  failed: { reminder: Reminder; error: string }[];
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const silent = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => 'error' as never,
  setName() {},
};

/**
 * A client that reports every failure to the engine instead of retrying by itself: WebClient's own retries
 * would post again after a 5xx whose message Slack had in fact stored. 429s are rejected with their Retry-After
 * and 5xx, timeouts and network errors come straight back, to be checked against history first.
 */
export function strictClient(client: WebClient, timeoutMs = 20_000): WebClient {
  return new WebClient(client.token, {
    slackApiUrl: client.slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logger: silent,
  });
}

/** Errors after which no retry can help and the whole run stops: the token or the app's setup is wrong. */
const FATAL = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'missing_scope',
  'no_permission',
]);

type Outcome =
  | { type: 'rate-limited'; retryAfter: number }
  | { type: 'unknown'; detail: string }
  | { type: 'refused'; error: string };

function classify(error: unknown): Outcome {
  const e = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
    message?: string;
  };
  if (e?.code === ErrorCode.RateLimitedError)
    return { type: 'rate-limited', retryAfter: Math.max(0, Number(e.retryAfter) || 0) };
  if (e?.code === ErrorCode.PlatformError) return { type: 'refused', error: e.data?.error ?? 'error' };
  if (e?.code === ErrorCode.HTTPError) return { type: 'unknown', detail: `HTTP ${e.statusCode ?? '?'}` };
  // Request errors (timeouts, resets) and anything unexpected: the post may or may not have arrived.
  return { type: 'unknown', detail: e?.message ?? String(error) };
}

export class FatalSlackError extends Error {
  constructor(readonly slackError: string) {
    super(`Slack refused the token or the app's permissions: ${slackError}`);
  }
}

/** Keeps only the latest due reminder of each series: after a pause, one overdue reminder, not one per missed week. */
export function latestOfSeries(reminders: readonly Reminder[]): { due: Reminder[]; superseded: Reminder[] } {
  const latest = new Map<string, Reminder>();
  for (const r of reminders) {
    const current = latest.get(r.series);
    if (
      !current ||
      r.sendAt > current.sendAt ||
      (r.sendAt.getTime() === current.sendAt.getTime() && r.key > current.key)
    )
      latest.set(r.series, r);
  }
  const keep = new Set(latest.values());
  return { due: reminders.filter((r) => keep.has(r)), superseded: reminders.filter((r) => !keep.has(r)) };
}

/** The window a run delivers: from the start of the catch-up window to `now` (or the end of its local day). */
export function deliveryWindow(
  registry: Registry,
  now: Date,
  wholeDay = false,
): { from: Date; until: Date; timeZone: string } {
  const s = remindSettings(registry);
  const today = localDay(now, s.timeZone);
  const from = localInstant(addDays(today, -s.catchUpDays), '00:00', s.timeZone);
  const until = wholeDay ? localInstant(addDays(today, 1), '00:00', s.timeZone) : new Date(now.getTime() + 1);
  return { from, until, timeZone: s.timeZone };
}

class Engine {
  private readonly client: WebClient;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly attempts: number;
  private readonly channelIds = new Map<string, string>();

  constructor(
    o: DeliverOptions,
    private readonly oldest: Date,
  ) {
    this.client = strictClient(o.client, o.timeoutMs);
    this.sleep = o.sleep ?? realSleep;
    this.attempts = Math.max(1, o.attempts ?? 5);
  }

  private backoff(attempt: number): number {
    return Math.min(30_000, 1000 * 2 ** (attempt - 1));
  }

  /** A call that may safely be repeated (reads, opening a DM): retried on 429 (after Retry-After) and 5xx. */
  async idempotent<T extends WebAPICallResult>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const outcome = classify(error);
        if (outcome.type === 'refused') {
          if (FATAL.has(outcome.error)) throw new FatalSlackError(outcome.error);
          throw new Refused(outcome.error);
        }
        if (attempt >= this.attempts) throw error;
        await this.sleep(outcome.type === 'rate-limited' ? outcome.retryAfter * 1000 : this.backoff(attempt));
      }
    }
  }

  /** The channel id to post to and read: a DM is opened; a #name is looked up among the channels the bot can see. */
  async resolve(reminder: Reminder): Promise<string> {
    const cacheKey = `${reminder.via}:${reminder.to}`;
    const hit = this.channelIds.get(cacheKey);
    if (hit) return hit;
    let id: string | undefined;
    if (reminder.via === 'dm') {
      const r = await this.idempotent(() => this.client.conversations.open({ users: reminder.to }));
      id = r.channel?.id;
    } else if (/^[CGD][A-Z0-9]{6,}$/.test(reminder.to)) {
      id = reminder.to;
    } else {
      const name = reminder.to.replace(/^#/, '');
      let cursor: string | undefined;
      do {
        const page = await this.idempotent(() =>
          this.client.conversations.list({
            types: 'public_channel,private_channel',
            exclude_archived: true,
            limit: 1000,
            ...(cursor ? { cursor } : {}),
          }),
        );
        id = page.channels?.find((c) => c.name === name)?.id;
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (!id && cursor);
      if (!id) throw new Refused(`channel_not_found (${reminder.to})`);
    }
    if (!id) throw new Refused('channel_not_found');
    this.channelIds.set(cacheKey, id);
    return id;
  }

  /** The reminder keys recorded on this channel's messages since `oldest`. */
  async recorded(channel: string): Promise<Set<string>> {
    const keys = new Set<string>();
    let cursor: string | undefined;
    const oldest = (this.oldest.getTime() / 1000).toFixed(6);
    do {
      const page = await this.idempotent(() =>
        this.client.conversations.history({
          channel,
          oldest,
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        }),
      );
      for (const m of page.messages ?? []) {
        const meta = m.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
        if (meta?.event_type === EVENT_TYPE && typeof meta.event_payload?.key === 'string')
          keys.add(meta.event_payload.key);
      }
      cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
    } while (cursor);
    return keys;
  }

  /**
   * Posts once. A 429 means Slack did not take the message: wait as told and post again. Any other failure
   * leaves it open whether the message arrived, so history is read before the next attempt, and a key found
   * there ends the matter.
   */
  async post(channel: string, reminder: Reminder): Promise<'sent' | 'found'> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.chat.postMessage({
          channel,
          text: reminder.text,
          blocks: reminder.blocks as never,
          metadata: { event_type: EVENT_TYPE, event_payload: { key: reminder.key } },
          unfurl_links: false,
          unfurl_media: false,
        });
        return 'sent';
      } catch (error) {
        const outcome = classify(error);
        if (outcome.type === 'refused') {
          if (FATAL.has(outcome.error)) throw new FatalSlackError(outcome.error);
          throw new Refused(outcome.error);
        }
        if (attempt >= this.attempts)
          throw new Refused(outcome.type === 'unknown' ? outcome.detail : 'ratelimited');
        if (outcome.type === 'rate-limited') {
          await this.sleep(outcome.retryAfter * 1000);
          continue;
        }
        await this.sleep(this.backoff(attempt));
        if ((await this.recorded(channel)).has(reminder.key)) return 'found';
      }
    }
  }
}

class Refused extends Error {}

/**
 * Sends every reminder due by `now` (within the catch-up window) that Slack does not already hold, each at most
 * once. Safe to run again at any time, from any machine, after a crash at any point.
 */
export async function deliverReminders(options: DeliverOptions): Promise<DeliverResult> {
  const { registry, now, logger } = options;
  const { from, until } = deliveryWindow(registry, now, options.wholeDay);
  // The whole day never brings a reminder by the clock ahead of its time: its text says the hours left of 72.
  const planned = planReminders(registry, from, until).filter(
    (r) => !BY_THE_CLOCK.has(r.kind) || r.sendAt <= now,
  );
  const { due, superseded } = latestOfSeries(planned);
  const result: DeliverResult = { sent: [], already: [], superseded, failed: [] };
  const known = options.known;
  const pending = due.filter((r) => {
    if (!known?.has(r.key)) return true;
    result.already.push(r);
    return false;
  });
  if (!pending.length) return result;

  const engine = new Engine(options, new Date(from.getTime() - HISTORY_MARGIN_DAYS * 86_400_000));
  const groups = new Map<string, Reminder[]>();
  for (const r of pending) {
    const g = `${r.via}:${r.to}`;
    const list = groups.get(g) ?? [];
    list.push(r);
    groups.set(g, list);
  }
  for (const group of groups.values()) {
    let channel: string;
    let recorded: Set<string>;
    try {
      channel = await engine.resolve(group[0] as Reminder);
      recorded = await engine.recorded(channel);
    } catch (error) {
      if (error instanceof FatalSlackError) throw error;
      const detail = describe(error);
      for (const r of group) result.failed.push({ reminder: r, error: detail });
      logger?.warn(
        `reminders: cannot read ${group[0]?.via === 'dm' ? 'a direct message' : group[0]?.to}: ${detail}; ${group.length} reminder(s) wait for the next run`,
      );
      continue;
    }
    for (const r of group) {
      if (recorded.has(r.key)) {
        result.already.push(r);
        known?.add(r.key);
        continue;
      }
      try {
        const how = await engine.post(channel, r);
        result.sent.push(r);
        known?.add(r.key);
        logger?.info(`reminders: ${how === 'sent' ? 'sent' : 'found after a lost answer'} ${r.key}`);
      } catch (error) {
        if (error instanceof FatalSlackError) throw error;
        const detail = describe(error);
        result.failed.push({ reminder: r, error: detail });
        logger?.warn(`reminders: could not send ${r.key}: ${detail}`);
      }
    }
  }
  return result;
}

function describe(error: unknown): string {
  if (error instanceof Refused) return error.message;
  const outcome = classify(error);
  if (outcome.type === 'refused') return outcome.error;
  if (outcome.type === 'rate-limited') return 'ratelimited';
  return outcome.detail;
}
