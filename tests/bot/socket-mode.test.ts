import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type LisaBot } from '../../bot/app.js';
import { BotLogger } from '../../bot/log.js';
import { RegistryHolder } from '../../bot/source.js';
import { fixtureSources } from '../answer/fixture.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { FakeSocketMode } from './fake-socket.js';
import { waitFor } from './slack-http.js';

let slack: FakeSlack;
let socket: FakeSocketMode;
let bot: LisaBot;

beforeAll(async () => {
  slack = await startFakeSlack();
  socket = await new FakeSocketMode().start();
  slack.on('apps.connections.open', () => ({ ok: true, url: socket.url }));
  const logger = new BotLogger({ write: () => {} });
  const holder = new RegistryHolder('registry', logger, { today: '2026-11-23' });
  holder.apply({ all: fixtureSources() });
  bot = createBot(
    { botToken: 'xoxb-1-2-socket', appToken: 'xapp-1-A0001-socket', slackApiUrl: slack.apiUrl },
    { holder, logger },
  );
  await bot.start();
  await socket.whenConnected();
});
afterAll(async () => {
  await bot.stop();
  await socket.close();
  await slack.close();
});

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects through apps.connections.open on the configured API, acknowledges events and answers', async () => {
    const open = slack.callsOf('apps.connections.open')[0];
    expect(open?.headers.authorization).toBe('Bearer xapp-1-A0001-socket');
    socket.sendEvent('env-1', {
      token: 'x',
      team_id: 'T0001',
      api_app_id: 'A0001',
      type: 'event_callback',
      event_id: 'EvSOCKET1',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0001', user_id: 'UBOT0001', is_bot: true }],
      event: {
        type: 'message',
        channel_type: 'im',
        channel: 'DANNA',
        user: 'UANNA',
        text: 'vem äger Procapita?',
        ts: '1700000000.000100',
      },
    });
    await waitFor(() => socket.received.find((m) => m.envelope_id === 'env-1'), 5000, 'the acknowledgement');
    const post = await waitFor(() => slack.callsOf('chat.postMessage')[0], 5000, 'the answer');
    expect(String(post.body.text)).toContain('Systemägare för Procapita är Socialchef');
    expect(post.headers.authorization).toBe('Bearer xoxb-1-2-socket');
  });

  it('answers an event Slack re-sends (same event_id, a new envelope) once', async () => {
    const before = slack.callsOf('chat.postMessage').length;
    const payload = {
      token: 'x',
      team_id: 'T0001',
      api_app_id: 'A0001',
      type: 'event_callback',
      event_id: 'EvSOCKET2',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0001', user_id: 'UBOT0001', is_bot: true }],
      event: {
        type: 'message',
        channel_type: 'im',
        channel: 'DANNA',
        user: 'UANNA',
        text: 'vem äger Procapita?',
        ts: '1700000000.000200',
      },
    };
    socket.sendEvent('env-2', payload);
    await waitFor(() => slack.callsOf('chat.postMessage').length > before, 5000, 'the answer');
    socket.sendEvent('env-3', payload);
    // The retry is acknowledged, as Slack needs, and not answered again.
    await waitFor(() => socket.received.find((m) => m.envelope_id === 'env-3'), 5000, 'the acknowledgement');
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.callsOf('chat.postMessage').length).toBe(before + 1);
  });
});
