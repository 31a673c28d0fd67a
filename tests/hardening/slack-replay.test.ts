// Hardening 9.11: the real Bolt app over HTTP with real signatures refuses a request stamped more than five
// minutes from now in either direction, and answers a retried event (same event_id) once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SeenEvents, timestampFresh } from '../../bot/replay.js';
import { type Harness, startHarness } from '../bot/harness.js';
import { eventBody, messageTs, postSigned, sleep, waitFor } from '../bot/slack-http.js';

const JSON_TYPE = 'application/json';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.slack.calls.length = 0;
});

const question = () =>
  eventBody({
    type: 'message',
    channel_type: 'im',
    channel: 'DANNA',
    user: 'UANNA',
    text: 'vem äger Procapita?',
    ts: messageTs(),
  });

describe('Slack request timestamps', () => {
  it('refuses one six minutes in the future with 401, though its signature is right', async () => {
    const ahead = Math.floor(Date.now() / 1000) + 6 * 60;
    const res = await postSigned(h.url, question(), JSON_TYPE, { timestamp: ahead });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('takes one four minutes ahead (clocks differ a little)', async () => {
    const ahead = Math.floor(Date.now() / 1000) + 4 * 60;
    const res = await postSigned(h.url, question(), JSON_TYPE, { timestamp: ahead });
    expect(res.status).toBe(200);
    await waitFor(() => h.slack.callsOf('chat.postMessage').length === 1, 5000, 'the answer');
  });

  it('are checked both ways, and must be a number', () => {
    const now = 1_800_000_000_000;
    expect(timestampFresh('1800000300', now)).toBe(true);
    expect(timestampFresh('1800000301', now)).toBe(false);
    expect(timestampFresh('1799999700', now)).toBe(true);
    expect(timestampFresh('1799999699', now)).toBe(false);
    expect(timestampFresh('1e9', now)).toBe(false);
    expect(timestampFresh(undefined, now)).toBe(false);
  });
});

describe('a retried event', () => {
  it('is answered once', async () => {
    const body = question();
    expect((await postSigned(h.url, body, JSON_TYPE)).status).toBe(200);
    await waitFor(() => h.slack.callsOf('chat.postMessage').length === 1, 5000, 'the answer');
    for (const n of ['1', '2'])
      expect(
        (
          await postSigned(h.url, body, JSON_TYPE, {
            headers: { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' },
          })
        ).status,
      ).toBe(200);
    await sleep(400);
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(1);
    expect(h.log.join('\n')).toMatch(/already handled; retry 1 skipped/);
  });

  it('is remembered for a bounded time and number', () => {
    const seen = new SeenEvents(3, 1000);
    expect(seen.first('a', 0)).toBe(true);
    expect(seen.first('a', 500)).toBe(false);
    expect(seen.first('a', 1600)).toBe(true);
    for (const id of ['b', 'c', 'd', 'e']) seen.first(id, 1700);
    expect(seen.size).toBe(3);
  });
});
