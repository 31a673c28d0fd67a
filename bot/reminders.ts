import type { WebClient } from '@slack/web-api';
import { deliverReminders, type Logger, realSleep } from '../lib/io/slack-deliver.js';
import type { Registry } from '../lib/registry.js';
import { planReminders } from '../lib/remind/plan.js';

// The reminder scheduler inside `lisa bot`: it sleeps until the next reminder's send time (an instant computed
// in the organisation's zone, so daylight saving moves nothing), runs the same engine as `lisa remind`, and
// plans again. Slack holds the record of what was sent, so a restart, a second machine or a scheduled workflow
// run in between never causes a repeat.

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface StartRemindersOptions {
  client: WebClient;
  /** The registry as it is now (the bot reloads it when files change). */
  registry: () => Registry;
  now?: () => Date;
  logger?: Logger;
  /** Where timers come from; tests pass a simulated clock's. */
  timers?: Timers;
  /** Waits inside a run (Retry-After, backoff). */
  sleep?: (ms: number) => Promise<void>;
  /** After a failed run, try again this much later (milliseconds). */
  retryMs?: number;
}

export interface RemindersHandle {
  stop(): void;
  /** Run now (e.g. after the registry changed) and plan again. */
  refresh(): void;
  /** Resolves when no run is in progress. */
  idle(): Promise<void>;
  /** When the scheduler will next wake, if it is waiting. */
  nextWake(): Date | undefined;
}

/** The scheduler wakes at least this often to pick up registry changes, and never sets a timer longer than this. */
const MAX_SLEEP_MS = 6 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Windows tried in turn: the next reminder is usually within days, and a short window plans cheaply. */
const LOOKAHEAD_DAYS = [2, 14, 60];

const defaultTimers: Timers = {
  set: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
};

const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
};

/** The next moment a planned reminder goes out after `now`, if any within the look-ahead. */
export function nextSendTime(registry: Registry, now: Date): Date | undefined {
  let from = now.getTime() + 1;
  for (const days of LOOKAHEAD_DAYS) {
    const until = now.getTime() + days * DAY_MS;
    const next = planReminders(registry, new Date(from), new Date(until))[0];
    if (next) return next.sendAt;
    from = until;
  }
  return undefined;
}

export function startReminders(options: StartRemindersOptions): RemindersHandle {
  const now = options.now ?? (() => new Date());
  const timers = options.timers ?? defaultTimers;
  const logger = options.logger ?? consoleLogger;
  const retryMs = options.retryMs ?? 10 * 60 * 1000;
  // Keys seen in Slack by this process: spares history reads on every wake. Slack stays the record.
  const known = new Set<string>();
  let handle: unknown;
  let wake: Date | undefined;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  /** The moment the last run delivered for: the next send time is looked for after it, not after the run ended. */
  let deliveredUntil = now();

  const schedule = (failed: boolean) => {
    if (stopped) return;
    const t = now();
    let next: Date | undefined;
    try {
      // A reminder falling due while a run was busy is still "next", and its timer fires at once.
      next = nextSendTime(options.registry(), deliveredUntil);
    } catch (error) {
      logger.warn(`reminders: could not plan: ${error instanceof Error ? error.message : String(error)}`);
    }
    let at = t.getTime() + MAX_SLEEP_MS;
    // After a failure, try again later rather than at once: whatever failed would most likely fail again.
    if (failed) at = Math.min(at, t.getTime() + retryMs);
    else if (next) at = Math.min(at, next.getTime());
    wake = new Date(at);
    handle = timers.set(tick, Math.max(0, at - t.getTime()));
  };

  const run = async (): Promise<boolean> => {
    const at = now();
    try {
      const result = await deliverReminders({
        client: options.client,
        registry: options.registry(),
        now: at,
        logger,
        known,
        sleep: options.sleep ?? realSleep,
      });
      deliveredUntil = at;
      if (result.sent.length || result.failed.length) {
        logger.info(`reminders: ${result.sent.length} sent, ${result.failed.length} to retry`);
      }
      return result.failed.length === 0;
    } catch (error) {
      logger.warn(`reminders: run failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };

  function tick(): void {
    handle = undefined;
    wake = undefined;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      let ok = await run();
      while (again && !stopped) {
        again = false;
        ok = await run();
      }
      running = undefined;
      schedule(!ok);
    })();
  }

  // Start with a run: whatever fell due while the bot was down goes out now (within the catch-up window).
  handle = timers.set(tick, 0);
  wake = now();

  return {
    stop() {
      stopped = true;
      if (handle !== undefined) timers.clear(handle);
      handle = undefined;
      wake = undefined;
    },
    refresh() {
      if (stopped) return;
      if (handle !== undefined) timers.clear(handle);
      handle = undefined;
      tick();
    },
    async idle() {
      while (running) await running;
    },
    nextWake: () => wake,
  };
}
