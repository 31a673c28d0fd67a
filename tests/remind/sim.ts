import type { Timers } from '../../bot/reminders.js';

/** A clock and timers that move only when the test says so. */
export class SimClock implements Timers {
  t: number;
  private seq = 0;
  private pending: { at: number; id: number; fn: () => void }[] = [];

  constructor(start: Date) {
    this.t = start.getTime();
  }

  now = (): Date => new Date(this.t);

  set = (fn: () => void, ms: number): unknown => {
    const id = ++this.seq;
    this.pending.push({ at: this.t + Math.max(0, ms), id, fn });
    return id;
  };

  clear = (handle: unknown): void => {
    this.pending = this.pending.filter((p) => p.id !== handle);
  };

  get timers(): number {
    return this.pending.length;
  }

  /** Fires due timers in time order up to `until`, letting the async work each one starts finish before the next. */
  async runUntil(until: number, settle: () => Promise<void>): Promise<number> {
    let fired = 0;
    for (;;) {
      this.pending.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = this.pending[0];
      if (!next || next.at > until) break;
      this.pending.shift();
      this.t = Math.max(this.t, next.at);
      next.fn();
      fired++;
      await settle();
    }
    this.t = Math.max(this.t, until);
    return fired;
  }
}

/** A small deterministic random source, so a failing simulated year can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WALL = new Map<string, Intl.DateTimeFormat>();

/** Local wall-clock parts of an instant, read through Intl (independently of the code under test). */
export function wall(instant: Date, timeZone: string): { day: string; time: string; weekday: string } {
  let f = WALL.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    WALL.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: String(parts.weekday),
  };
}
