import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from './helpers/fake-slack.js';

describe('the local Slack API server', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(() => slack.close());

  it('answers the real WebClient and keeps posted messages with metadata', async () => {
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    await client.chat.postMessage({
      channel: 'C1',
      text: 'hej',
      metadata: { event_type: 'lisa_reminder', event_payload: { key: 'k1' } },
    });
    const history = await client.conversations.history({ channel: 'C1', include_all_metadata: true });
    expect(history.messages?.[0]?.text).toBe('hej');
    expect(history.messages?.[0]?.metadata?.event_payload).toEqual({ key: 'k1' });
    expect(slack.callsOf('chat.postMessage')[0]?.headers.authorization).toBe('Bearer xoxb-test');
  });

  it('fails on request, with Retry-After, and the client retries', async () => {
    const client = new WebClient('xoxb-test', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 },
    });
    slack.fail('chat.postMessage', { status: 429, retryAfter: 0, times: 1 });
    const before = slack.callsOf('chat.postMessage').length;
    await client.chat.postMessage({ channel: 'C2', text: 'igen' });
    expect(slack.callsOf('chat.postMessage').length - before).toBe(2);
    expect(slack.posted('C2')).toHaveLength(1);
  });
});
