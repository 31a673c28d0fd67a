import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBot } from '../../cli/commands/bot.js';
import type { Io } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import { FILES } from '../answer/fixture.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { eventBody, messageTs, postSigned, SECRET, waitFor } from './slack-http.js';

let dir: string;
let slack: FakeSlack;

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd: dir,
    env,
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-bot-'));
  for (const [rel, text] of Object.entries(FILES)) {
    const file = path.join(dir, 'registry', rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  await mkdir(path.join(dir, 'broken', 'system'), { recursive: true });
  await writeFile(path.join(dir, 'broken', 'lisa.yaml'), FILES['lisa.yaml'] as string);
  await writeFile(path.join(dir, 'broken', 'system', 'x.yaml'), 'name: X\nowner: nobody\n');
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
  await rm(dir, { recursive: true, force: true });
});

describe('lisa bot', () => {
  it('names a missing variable and where in Slack to find it, in the user’s language, with exit code 2', async () => {
    const sv = io({ LANG: 'sv_SE.UTF-8' });
    expect(await main(['bot', '--registry', 'registry'], sv.io)).toBe(2);
    expect(sv.err()).toContain('Miljövariabeln SLACK_BOT_TOKEN saknas');
    expect(sv.err()).toContain('OAuth & Permissions → Bot User OAuth Token');

    const en = io({ LANG: 'en_GB.UTF-8', SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(await main(['bot'], en.io)).toBe(2);
    expect(en.err()).toContain('SLACK_SIGNING_SECRET is not set');
    expect(en.err()).toContain('Basic Information → App Credentials → Signing Secret');
    expect(en.err()).not.toContain('xoxb-1-2-abc');

    const nb = io({
      LANG: 'nb_NO.UTF-8',
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_APP_TOKEN: 'not-an-app-token',
    });
    expect(await main(['bot'], nb.io)).toBe(2);
    expect(nb.err()).toContain('SLACK_APP_TOKEN har en ugyldig verdi');
    expect(nb.err()).toContain('App-Level Tokens');
  });

  it('does not start on a registry with errors', async () => {
    const t = io({
      LANG: 'en_GB.UTF-8',
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
    });
    const code = await runBot(
      ['--registry', 'broken', '--no-reminders', '--port', '0'],
      t.io,
      new AbortController().signal,
    );
    expect(code).toBe(1);
    expect(t.err()).toContain('lisa bot does not start');
  });

  it('starts on PORT, answers a signed direct message through SLACK_API_URL, and stops cleanly', async () => {
    const t = io({
      LANG: 'sv_SE.UTF-8',
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
    });
    const stop = new AbortController();
    let port: number | undefined;
    const running = runBot(['--registry', 'registry', '--no-reminders'], t.io, stop.signal, {
      onStarted: (info) => (port = info.port),
    });
    await waitFor(() => port, 10_000, 'the bot to listen');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const body = eventBody({
      type: 'message',
      channel_type: 'im',
      channel: 'DANNA',
      user: 'UANNA',
      text: 'vem äger Procapita?',
      ts: messageTs(),
    });
    expect((await postSigned(`http://127.0.0.1:${port}/slack/events`, body, 'application/json')).status).toBe(
      200,
    );
    const call = await waitFor(() => slack.callsOf('chat.postMessage')[0], 5000, 'the answer');
    expect(String(call.body.text)).toContain('Systemägare för Procapita är Socialchef');
    expect(call.headers.authorization).toBe('Bearer xoxb-1-2-abc');
    stop.abort();
    expect(await running).toBe(0);
    expect(t.err()).toContain(`lisa bot svarar på http://localhost:${port}/slack/events`);
    expect(t.err()).not.toContain('xoxb-1-2-abc');
  });

  it('runs the reminder scheduler alongside, and stops it with the bot', async () => {
    const t = io({
      LANG: 'sv_SE.UTF-8',
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
    });
    const stop = new AbortController();
    let started = false;
    const before = slack.calls.length;
    const running = runBot(['--registry', 'registry', '--port', '0'], t.io, stop.signal, {
      onStarted: () => (started = true),
    });
    await waitFor(() => started, 10_000, 'the bot to listen');
    // The scheduler's first run reads the security channel's history before it sends anything.
    await waitFor(
      () => slack.calls.slice(before).some((c) => c.method === 'conversations.history'),
      10_000,
      'a reminder run',
    );
    stop.abort();
    expect(await running).toBe(0);
  });
});
