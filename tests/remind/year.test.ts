import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RemindersHandle, startReminders } from '../../bot/reminders.js';
import { deliverReminders } from '../../lib/io/slack-deliver.js';
import { planReminders, type Reminder } from '../../lib/remind/plan.js';
import { type FakeSlack, type StoredMessage, startFakeSlack } from '../helpers/fake-slack.js';
import { FILES, fixtureRegistry, org } from './fixture.js';
import { random, SimClock, wall } from './sim.js';

// A year of reminders against the local Slack server, with a clock the test moves. Everything the engine knows
// between runs is in Slack: each restart is a fresh scheduler, each workflow run a fresh engine.

const activity = (name: string, month: number, day: number) => `name: ${name}
kind: other
months: [${month}]
day: ${day}
leadDays: 0
owner: it-chef
`;

/** Deadlines on the days that move: each reminder must go out on the working day before, at 08:00 local. */
const CALENDAR: Record<string, string> = {
  'cycle/pask.yaml': activity('Annandag påsk', 4, 6),
  'cycle/skartorsdag.yaml': activity('Skärtorsdag', 4, 2),
  'cycle/pingst.yaml': activity('Annandag pingst', 5, 25),
  'cycle/midsommar.yaml': activity('Midsommarafton', 6, 19),
  'cycle/jul.yaml': activity('Julafton', 12, 24),
  'cycle/nyar.yaml': activity('Nyårsafton', 12, 31),
  'cycle/fore-sommartid.yaml': activity('Fredag före sommartid', 3, 27),
  'cycle/sommartid.yaml': activity('Måndag efter sommartid', 3, 30),
  'cycle/vintertid.yaml': activity('Måndag efter vintertid', 10, 26),
  // Last year's exercise was held: its training-due reminder would otherwise fall in the first catch-up window.
  'cycle/ovning.yaml': `${FILES['cycle/ovning.yaml']}completed:\n  - date: 2025-11-18\n`,
};

const SE_WEEKDAYS_OFF = [
  '2026-01-01',
  '2026-01-06',
  '2026-04-03',
  '2026-04-06',
  '2026-05-01',
  '2026-05-14',
  '2026-06-19',
  '2026-12-24',
  '2026-12-25',
  '2026-12-31',
];
const NO_WEEKDAYS_OFF = [
  '2026-01-01',
  '2026-04-02',
  '2026-04-03',
  '2026-04-06',
  '2026-05-01',
  '2026-05-14',
  '2026-05-25',
  '2026-12-24',
  '2026-12-25',
  '2026-12-31',
];

// The simulations start a month early so December's holidays are seen, and nothing is due before then.
const START = new Date('2025-12-01T00:00:00+01:00');
const END = new Date('2027-01-01T00:00:00+01:00');

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(() => slack.close());

function sentAt(m: StoredMessage): Date {
  return new Date(Math.floor(Number(m.ts)) * 1000);
}

function keyOf(m: StoredMessage): string {
  return String(m.metadata?.event_payload.key);
}

function slotOf(posted: StoredMessage[], key: string, zone: string): string {
  const m = posted.find((x) => keyOf(x) === key);
  if (!m) throw new Error(`never sent: ${key}`);
  const w = wall(sentAt(m), zone);
  return `${w.day} ${w.time}`;
}

/** Arms one Slack failure of a kind picked at random. */
function injectFailure(fake: FakeSlack, rnd: () => number): string {
  const kinds = [
    () => fake.fail('chat.postMessage', { status: 429, retryAfter: 1, times: 1 }),
    () => fake.fail('chat.postMessage', { status: 429, retryAfter: 2, times: 1 }),
    () => fake.fail('chat.postMessage', { status: 500, times: 1 }),
    () => fake.fail('chat.postMessage', { status: 503, times: 2 }),
    () => fake.fail('chat.postMessage', { status: 500, times: 1, afterApplying: true }),
    () => fake.fail('chat.postMessage', { status: 502, times: 1, afterApplying: true }),
    () => fake.fail('conversations.history', { status: 502, times: 1 }),
    () => fake.fail('conversations.history', { status: 429, retryAfter: 1, times: 1 }),
    () => fake.fail('conversations.open', { status: 500, times: 1 }),
  ];
  const i = Math.floor(rnd() * kinds.length);
  kinds[i]?.();
  return String(i);
}

describe('a simulated year', () => {
  it('inside the bot: every reminder exactly once, at 08:00 local on its working day, through restarts, kills and Slack failures', async () => {
    const registry = fixtureRegistry(CALENDAR);
    // Nothing in the first run's catch-up window: every reminder sent belongs to the simulated span.
    expect(planReminders(registry, new Date(START.getTime() - 15 * 86_400_000), START)).toEqual([]);
    const expected = planReminders(registry, START, END);
    const byKey = new Map(expected.map((r) => [r.key, r]));
    const sim = new SimClock(START);
    slack.now = () => sim.t;
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
    const rnd = random(20260101);
    const logs: string[] = [];
    const sleeps: number[] = [];

    let handle!: RemindersHandle;
    let killArmed = false;
    let killed: (() => void) | undefined;
    let dead: Promise<void>;
    let kills = 0;
    let launches = 0;
    const launch = () => {
      launches++;
      dead = new Promise<void>((resolve) => {
        killed = resolve;
      });
      handle = startReminders({
        client,
        registry: () => registry,
        now: sim.now,
        timers: sim,
        logger: { info: (m) => logs.push(m), warn: (m) => logs.push(m) },
        // A kill lands while the engine waits after a failed post: the process dies between sending and
        // knowing whether Slack took it.
        sleep: async (ms) => {
          sleeps.push(ms);
          if (killArmed) {
            killArmed = false;
            kills++;
            killed?.();
            await new Promise(() => {});
          }
        },
      });
    };
    const settle = async () => {
      let isDead = false;
      await Promise.race([handle.idle(), dead.then(() => (isDead = true))]);
      if (isDead) {
        handle.stop();
        launch();
      }
    };

    const span = END.getTime() - START.getTime();
    const events: { at: number; what: 'restart' | 'fail' | 'kill' }[] = [];
    for (let i = 0; i < 30; i++) events.push({ at: START.getTime() + rnd() * span, what: 'restart' });
    for (let i = 0; i < 40; i++) events.push({ at: START.getTime() + rnd() * span, what: 'fail' });
    for (let i = 0; i < 10; i++) events.push({ at: START.getTime() + rnd() * span, what: 'kill' });
    // Some restarts exactly at a send time, racing the reminder.
    for (const r of expected.filter(() => rnd() < 0.1))
      events.push({ at: r.sendAt.getTime(), what: 'restart' });
    events.sort((a, b) => a.at - b.at);

    launch();
    for (const e of events) {
      await sim.runUntil(e.at, settle);
      if (e.what === 'restart') {
        handle.stop();
        launch();
      } else if (e.what === 'fail') injectFailure(slack, rnd);
      else {
        killArmed = true;
        slack.fail('chat.postMessage', { status: 500, times: 1, afterApplying: true });
      }
    }
    await sim.runUntil(END.getTime() - 1, settle);
    handle.stop();

    const posted = slack.posted();
    const counts = new Map<string, number>();
    for (const m of posted) counts.set(keyOf(m), (counts.get(keyOf(m)) ?? 0) + 1);
    // Exactly once: every planned reminder, nothing else, nothing twice.
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect([...counts.keys()].sort()).toEqual(expected.map((r) => r.key).sort());
    // In its slot: sent at the planned instant, 08:00 local on a working day.
    for (const m of posted) {
      const r = byKey.get(keyOf(m)) as Reminder;
      expect(sentAt(m).getTime(), r.key).toBe(r.sendAt.getTime());
      const w = wall(sentAt(m), 'Europe/Stockholm');
      expect(w.time, r.key).toBe('08:00');
      expect(['Sat', 'Sun'], r.key).not.toContain(w.weekday);
      expect(SE_WEEKDAYS_OFF, r.key).not.toContain(w.day);
    }
    const slot = (id: string, deadline: string) =>
      slotOf(posted, `cycle:cycle/${id}:${deadline}:channel`, 'Europe/Stockholm');
    expect(slot('pask', '2026-04-06')).toBe('2026-04-02 08:00');
    expect(slot('skartorsdag', '2026-04-02')).toBe('2026-04-02 08:00');
    expect(slot('pingst', '2026-05-25')).toBe('2026-05-25 08:00');
    expect(slot('midsommar', '2026-06-19')).toBe('2026-06-18 08:00');
    expect(slot('jul', '2026-12-24')).toBe('2026-12-23 08:00');
    expect(slot('nyar', '2026-12-31')).toBe('2026-12-30 08:00');
    // Across the daylight-saving changes the local time stays and the UTC time moves.
    const utc = (id: string, deadline: string) =>
      sentAt(
        posted.find((m) => keyOf(m) === `cycle:cycle/${id}:${deadline}:channel`) as StoredMessage,
      ).toISOString();
    expect(utc('fore-sommartid', '2026-03-27')).toBe('2026-03-27T07:00:00.000Z');
    expect(utc('sommartid', '2026-03-30')).toBe('2026-03-30T06:00:00.000Z');
    expect(utc('vintertid', '2026-10-26')).toBe('2026-10-26T07:00:00.000Z');

    // The simulation really exercised what it claims to.
    expect(expected.length).toBeGreaterThan(60);
    expect(kills).toBeGreaterThanOrEqual(5);
    expect(launches).toBeGreaterThan(40);
    expect(sleeps).toContain(2000); // a Retry-After of 2 s was honoured
    expect(logs.some((l) => l.includes('found after a lost answer'))).toBe(true);
    // Logs carry keys, never restricted names.
    for (const l of logs) expect(l).not.toMatch(/skyddad|skyddat|Röjda/);
  });

  it('from a scheduled workflow (nb, Oslo): each reminder once, on its day or caught up after a missed run', async () => {
    const nbCalendar = Object.fromEntries(
      Object.entries(CALENDAR).filter(([k]) => !k.includes('sommartid') && !k.includes('vintertid')),
    );
    const registry = fixtureRegistry({
      ...nbCalendar,
      'lisa.yaml': org({ 'locale: sv': 'locale: nb', 'timezone: Europe/Stockholm': 'timezone: Europe/Oslo' }),
    });
    const zone = 'Europe/Oslo';
    const expected = planReminders(registry, START, END);
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
    const rnd = random(17052026);
    let clock = 0;
    slack.now = () => clock;
    const runDays: string[] = [];
    const skipped = new Set<string>();
    for (
      let d = new Date(`${START.toISOString().slice(0, 10)}T12:00:00Z`);
      d < END;
      d = new Date(d.getTime() + 86_400_000)
    ) {
      const day = d.toISOString().slice(0, 10);
      const weekday = d.getUTCDay();
      if (weekday === 0 || weekday === 6) continue; // cron: '0 6 * * 1-5'
      if (rnd() < 0.08) {
        skipped.add(day); // GitHub did not run the workflow that day
        continue;
      }
      runDays.push(day);
      clock = new Date(`${day}T06:00:00Z`).getTime();
      if (rnd() < 0.15) injectFailure(slack, rnd);
      const result = await deliverReminders({
        client,
        registry,
        now: new Date(clock),
        wholeDay: true,
        sleep: async () => {},
      });
      expect(result.failed).toEqual([]);
    }
    // Running the same moment again sends nothing.
    const again = await deliverReminders({
      client,
      registry,
      now: new Date(clock),
      wholeDay: true,
      sleep: async () => {},
    });
    expect(again.sent).toEqual([]);

    const posted = slack.posted();
    const byKey = new Map(posted.map((m) => [keyOf(m), m]));
    expect(posted.length).toBe(byKey.size); // nothing twice
    const dayOf = (r: Reminder) => r.due.slice(0, 10);
    let caughtUp = 0;
    for (const r of expected) {
      const m = byKey.get(r.key);
      if (!skipped.has(dayOf(r))) {
        expect(m, r.key).toBeDefined();
        expect(wall(sentAt(m as StoredMessage), zone).day, r.key).toBe(dayOf(r));
        continue;
      }
      // Due on a day the workflow missed: sent on the next run, unless a later reminder of its series replaced it.
      const next = runDays.find((d) => d > dayOf(r));
      const later = expected.some(
        (x) =>
          x.series === r.series &&
          x.sendAt > r.sendAt &&
          byKey.has(x.key) &&
          wall(sentAt(byKey.get(x.key) as StoredMessage), zone).day === next,
      );
      if (m) {
        expect(wall(sentAt(m), zone).day, r.key).toBe(next);
        caughtUp++;
      } else expect(later, r.key).toBe(true);
    }
    expect(caughtUp).toBeGreaterThan(0);
    for (const r of expected) expect(NO_WEEKDAYS_OFF, r.key).not.toContain(dayOf(r));
    const slot = (id: string, deadline: string) => {
      const r = expected.find((x) => x.key === `cycle:cycle/${id}:${deadline}:channel`) as Reminder;
      return r.due;
    };
    expect(slot('pask', '2026-04-06')).toBe('2026-04-01T08:00:00+02:00'); // skjærtorsdag is off in Norway
    expect(slot('skartorsdag', '2026-04-02')).toBe('2026-04-01T08:00:00+02:00');
    expect(slot('pingst', '2026-05-25')).toBe('2026-05-22T08:00:00+02:00'); // andre pinsedag
    expect(slot('midsommar', '2026-06-19')).toBe('2026-06-19T08:00:00+02:00'); // no midsummer eve off in Norway
    expect(slot('jul', '2026-12-24')).toBe('2026-12-23T08:00:00+01:00');
    expect(posted.find((m) => keyOf(m).startsWith('audit-answer'))?.text).toContain(
      'Svar på revisjonsrapporten',
    );
  });

  it('the scheduler sleeps until the next send time and re-plans; stop() clears its timer', async () => {
    const registry = fixtureRegistry();
    const sim = new SimClock(new Date('2026-01-29T12:00:00+01:00'));
    slack.now = () => sim.t;
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
    const handle = startReminders({
      client,
      registry: () => registry,
      now: sim.now,
      timers: sim,
      logger: { info() {}, warn() {} },
    });
    await sim.runUntil(sim.t, () => handle.idle());
    // Nothing due yet; it wakes for the KPI review on Friday 30 January at 08:00.
    expect(handle.nextWake()?.toISOString()).toBe('2026-01-29T17:00:00.000Z'); // at most six hours of sleep
    await sim.runUntil(new Date('2026-01-30T06:00:00Z').getTime(), () => handle.idle());
    expect(handle.nextWake()?.toISOString()).toBe('2026-01-30T07:00:00.000Z');
    expect(slack.posted()).toHaveLength(0);
    await sim.runUntil(new Date('2026-01-30T07:00:00Z').getTime(), () => handle.idle());
    expect(slack.posted().map((m) => sentAt(m).toISOString())).toEqual(
      Array(3).fill('2026-01-30T07:00:00.000Z'),
    );
    handle.stop();
    expect(sim.timers).toBe(0);
    expect(handle.nextWake()).toBeUndefined();
  });

  it('the scheduler retries soon after a failed run', async () => {
    const registry = fixtureRegistry();
    const sim = new SimClock(new Date('2026-01-30T08:00:00+01:00'));
    slack.now = () => sim.t;
    // Five attempts for each of the three destinations: the whole run fails.
    slack.fail('conversations.history', { status: 500, times: 15 });
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
    const handle = startReminders({
      client,
      registry: () => registry,
      now: sim.now,
      timers: sim,
      sleep: async () => {},
      retryMs: 60_000,
      logger: { info() {}, warn() {} },
    });
    await sim.runUntil(sim.t, () => handle.idle());
    expect(slack.posted()).toHaveLength(0);
    expect(handle.nextWake()?.getTime()).toBe(sim.t + 60_000);
    await sim.runUntil(sim.t + 60_000, () => handle.idle());
    expect(slack.posted()).toHaveLength(3);
    handle.stop();
  });

  it('does not miss a reminder that falls due while a run is busy', async () => {
    const registry = fixtureRegistry();
    // The run starts at 07:59:59 on 2 February (the KPI review reminders of 30 January are still to send) and
    // Slack is slow: by the time it ends, the 08:00 audit-answer reminder is due.
    const sim = new SimClock(new Date('2026-02-02T07:59:59+01:00'));
    slack.now = () => sim.t;
    slack.on('conversations.history', () => {
      sim.t += 1000;
      return undefined;
    });
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
    const handle = startReminders({
      client,
      registry: () => registry,
      now: sim.now,
      timers: sim,
      logger: { info() {}, warn() {} },
    });
    await sim.runUntil(sim.t, () => handle.idle());
    expect(slack.posted().map(keyOf)).not.toContain('audit-answer:audit/granskning-2025:2026-02-16:channel');
    expect(handle.nextWake()?.getTime()).toBeLessThanOrEqual(sim.t);
    await sim.runUntil(sim.t, () => handle.idle());
    expect(slack.posted().map(keyOf)).toContain('audit-answer:audit/granskning-2025:2026-02-16:channel');
    handle.stop();
  });

  it('runs at once on refresh, for a registry that just changed', async () => {
    let registry = fixtureRegistry({ 'audit/granskning-2025.yaml': null });
    const sim = new SimClock(new Date('2026-02-02T09:00:00+01:00'));
    slack.now = () => sim.t;
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
    const handle = startReminders({
      client,
      registry: () => registry,
      now: sim.now,
      timers: sim,
      logger: { info() {}, warn() {} },
    });
    await sim.runUntil(sim.t, () => handle.idle());
    const before = new Set(slack.posted().map(keyOf));
    expect(before.size).toBe(3);
    registry = fixtureRegistry({ 'audit/granskning-2025.yaml': FILES['audit/granskning-2025.yaml'] ?? '' });
    handle.refresh();
    await handle.idle();
    expect(
      slack
        .posted()
        .map(keyOf)
        .filter((k) => !before.has(k)),
    ).toEqual(['audit-answer:audit/granskning-2025:2026-02-16:channel']);
    handle.stop();
  });
});
