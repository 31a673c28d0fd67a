import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverReminders, FatalSlackError } from '../../lib/io/slack-deliver.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { fixtureRegistry, org } from './fixture.js';

let slack: FakeSlack;
let clock = 0;
let sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
};

beforeEach(async () => {
  slack = await startFakeSlack();
  slack.now = () => clock;
  sleeps = [];
});
afterEach(() => slack.close());

function client(): WebClient {
  return new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
}

async function deliver(
  at: string,
  registry = fixtureRegistry(),
  extra: { wholeDay?: boolean; attempts?: number; known?: Set<string> } = {},
) {
  const now = new Date(at);
  clock = now.getTime();
  return deliverReminders({ client: client(), registry, now, sleep, ...extra });
}

function keysIn(channel: string): string[] {
  return slack.posted(channel).map((m) => String(m.metadata?.event_payload.key));
}

function postsOf(key: string): number {
  return slack.posted().filter((m) => m.metadata?.event_payload.key === key).length;
}

describe('delivering reminders exactly once', () => {
  it('posts what is due with its key as message metadata, and a second run sends nothing', async () => {
    const first = await deliver('2026-02-02T08:00:00+01:00');
    expect(first.sent.map((r) => r.key).sort()).toEqual([
      'audit-answer:audit/granskning-2025:2026-02-16:channel',
      'kpi-review:cycle/kvartalsuppfoljning:2026-02-15:U0ITCHEF',
      'kpi-review:cycle/kvartalsuppfoljning:2026-02-15:U0SOCIAL',
      'kpi-review:cycle/kvartalsuppfoljning:2026-02-15:channel',
    ]);
    expect(keysIn('C0SAKERHET')).toEqual([
      'kpi-review:cycle/kvartalsuppfoljning:2026-02-15:channel',
      'audit-answer:audit/granskning-2025:2026-02-16:channel',
    ]);
    expect(keysIn('D0ITCHEF')).toEqual(['kpi-review:cycle/kvartalsuppfoljning:2026-02-15:U0ITCHEF']);
    const post = slack.callsOf('chat.postMessage')[0]?.body ?? {};
    expect(post.metadata).toEqual({
      event_type: 'lisa_reminder',
      event_payload: { key: 'kpi-review:cycle/kvartalsuppfoljning:2026-02-15:channel' },
    });
    expect((post.blocks as { type: string }[])[0]?.type).toBe('header');
    expect(String(post.text)).toContain('Kvartalsuppföljning av nyckeltal kv. 4 2025');
    // History is read with metadata, bounded by a window.
    const history = slack.callsOf('conversations.history')[0]?.body;
    expect(history?.include_all_metadata).toBe('true');
    expect(Number(history?.oldest)).toBeGreaterThan(new Date('2025-12-01T00:00:00Z').getTime() / 1000);

    const posts = slack.callsOf('chat.postMessage').length;
    const second = await deliver('2026-02-02T09:30:00+01:00');
    expect(second.sent).toEqual([]);
    expect(second.already).toHaveLength(4);
    expect(slack.callsOf('chat.postMessage')).toHaveLength(posts);
  });

  it('sends nothing before the send time, and the whole day when asked to', async () => {
    const early = await deliver('2026-02-02T07:59:00+01:00');
    expect(early.sent.map((r) => r.kind)).not.toContain('audit-answer');
    const day = await deliver('2026-02-02T07:00:00+01:00', fixtureRegistry(), { wholeDay: true });
    expect(day.sent.map((r) => r.kind)).toEqual(['audit-answer']);
  });

  it('never sends a breach reminder ahead of its hour, even when delivering the whole day', async () => {
    const breach = `title: Utdrag till fel mottagare
description: Fel mottagare.
discovered: 2026-02-01 15:30
type: [confidentiality]
personalDataBreach: true
`;
    const registry = fixtureRegistry({ 'incident/a.yaml': breach });
    // 07:00 on the Monday: the 24-hour reminder (15:30) is not due yet, so the one at discovery goes.
    const morning = await deliver('2026-02-02T07:00:00+01:00', registry, { wholeDay: true });
    const sent = morning.sent.filter((r) => r.kind === 'breach-notification');
    expect(sent.map((r) => r.due)).toEqual(['2026-02-01T15:30:00+01:00']);
    expect(sent[0]?.text).toContain('72 timmar kvar');
    const afternoon = await deliver('2026-02-02T15:31:00+01:00', registry, { wholeDay: true });
    const later = afternoon.sent.filter((r) => r.kind === 'breach-notification');
    expect(later.map((r) => r.due)).toEqual(['2026-02-02T15:30:00+01:00']);
    expect(later[0]?.text).toContain('48 timmar kvar');
  });

  it('honours Retry-After on 429 and posts once', async () => {
    slack.fail('chat.postMessage', { status: 429, retryAfter: 3, times: 1 });
    const result = await deliver('2026-02-02T08:00:00+01:00');
    expect(result.failed).toEqual([]);
    expect(sleeps).toContain(3000);
    expect(slack.posted()).toHaveLength(4);
    expect(slack.callsOf('chat.postMessage')).toHaveLength(5);
  });

  it('reads history again after a 5xx before posting again', async () => {
    slack.fail('chat.postMessage', { status: 503, times: 2 });
    const historyBefore = slack.callsOf('conversations.history').length;
    const result = await deliver('2026-02-02T08:00:00+01:00');
    expect(result.failed).toEqual([]);
    expect(slack.posted()).toHaveLength(4);
    // One read per destination (3), plus one after each failure (2).
    expect(slack.callsOf('conversations.history').length - historyBefore).toBe(5);
  });

  it('never posts twice when Slack stored the message but the answer was lost', async () => {
    slack.fail('chat.postMessage', { status: 500, times: 1, afterApplying: true });
    const result = await deliver('2026-02-02T08:00:00+01:00');
    expect(result.failed).toEqual([]);
    expect(result.sent).toHaveLength(4);
    expect(slack.posted()).toHaveLength(4);
    const first = result.sent[0]?.key ?? '';
    expect(postsOf(first)).toBe(1);
    expect(
      slack
        .callsOf('chat.postMessage')
        .filter((c) => (c.body.metadata as { event_payload: { key: string } }).event_payload.key === first),
    ).toHaveLength(1);
  });

  it('gives up for this run when Slack keeps failing, and the next run sends once', async () => {
    slack.fail('chat.postMessage', { status: 500, times: 3, afterApplying: false });
    const result = await deliver('2026-02-02T08:00:00+01:00', fixtureRegistry(), { attempts: 3 });
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.error).toBe('HTTP 500');
    expect(slack.posted()).toHaveLength(3);
    const again = await deliver('2026-02-02T08:05:00+01:00');
    expect(again.sent.map((r) => r.key)).toEqual([result.failed[0]?.reminder.key]);
    for (const key of slack.posted().map((m) => String(m.metadata?.event_payload.key)))
      expect(postsOf(key)).toBe(1);
  });

  it('retries reading history on 5xx and 429, and does not post blind when it cannot read', async () => {
    slack.fail('conversations.history', { status: 502, times: 1 });
    slack.fail('conversations.history', { status: 429, retryAfter: 1, times: 1 });
    const ok = await deliver('2026-02-02T08:00:00+01:00');
    expect(ok.sent).toHaveLength(4);
    expect(sleeps).toContain(1000);

    slack.fail('conversations.history', { status: 500, times: 100 });
    const blind = await deliver('2026-02-16T08:00:00+01:00', fixtureRegistry(), { attempts: 2 });
    expect(blind.sent).toEqual([]);
    expect(blind.failed.length).toBeGreaterThan(0);
    expect(slack.posted()).toHaveLength(4);
  });

  it('catches up on what fell due while nothing ran, within the catch-up window only', async () => {
    // 14 February: the KPI review reminder (30 January) is 15 days old, the audit answer (2 February) 12.
    const result = await deliver('2026-02-14T10:00:00+01:00');
    expect(result.sent.map((r) => r.kind)).toEqual(['audit-answer']);

    const short = fixtureRegistry({ 'lisa.yaml': org({ 'catchUpDays: 14': 'catchUpDays: 1' }) });
    const late = await deliver('2026-02-04T10:00:00+01:00', short);
    expect(late.sent).toEqual([]);
  });

  it('after a pause sends only the latest reminder of a series, not one per missed week', async () => {
    // Weekly overdue digests on Mondays 4, 11 and 18 May; nothing ran since April.
    const result = await deliver('2026-05-22T10:00:00+02:00');
    const digests = result.sent.filter((r) => r.key.startsWith('action-due:audit/overdue:'));
    expect(digests.map((r) => r.key)).toEqual(['action-due:audit/overdue:2026-05-18:channel']);
    expect(result.superseded.map((r) => r.key)).toContain('action-due:audit/overdue:2026-05-11:channel');
    const again = await deliver('2026-05-22T11:00:00+02:00');
    expect(again.sent).toEqual([]);
  });

  it('finds a channel given by name', async () => {
    const registry = fixtureRegistry({
      'lisa.yaml': org({ 'securityChannel: C0SAKERHET': 'securityChannel: "#informationssakerhet"' }),
    });
    slack.channels.set('allmant', 'C0ALLMANT');
    slack.channels.set('informationssakerhet', 'C0NAMED');
    const result = await deliver('2026-02-02T08:00:00+01:00', registry);
    expect(result.failed).toEqual([]);
    expect(keysIn('C0NAMED')).toHaveLength(2);
  });

  it('reports a channel it cannot find and still sends the direct messages', async () => {
    const registry = fixtureRegistry({
      'lisa.yaml': org({ 'securityChannel: C0SAKERHET': 'securityChannel: "#finns-inte"' }),
    });
    const result = await deliver('2026-02-02T08:00:00+01:00', registry);
    expect(result.failed.map((f) => f.error)).toEqual([
      'channel_not_found (#finns-inte)',
      'channel_not_found (#finns-inte)',
    ]);
    expect(result.sent).toHaveLength(2);
  });

  it('stops at once when Slack refuses the token', async () => {
    slack.on('conversations.history', () => ({ ok: false, error: 'invalid_auth' }));
    await expect(deliver('2026-02-02T08:00:00+01:00')).rejects.toBeInstanceOf(FatalSlackError);
    expect(slack.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('skips history reads for keys a long-running process has already seen', async () => {
    const known = new Set<string>();
    await deliver('2026-02-02T08:00:00+01:00', fixtureRegistry(), { known });
    expect(known.size).toBe(4);
    const calls = slack.calls.length;
    const again = await deliver('2026-02-02T12:00:00+01:00', fixtureRegistry(), { known });
    expect(again.already).toHaveLength(4);
    expect(slack.calls.length).toBe(calls);
  });
});
