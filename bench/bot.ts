// The bot's start-up as a user meets it: `lisa bot` started as a process (HTTP mode, against a local Slack Web
// API server), then a signed direct message; the figure is the time from starting the process to the answer's
// chat.postMessage arriving at Slack. On the example registry and on the generated region.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventBody, messageTs, postSigned, SECRET, waitFor } from '../tests/bot/slack-http.js';
import { type FakeSlack, startFakeSlack } from '../tests/helpers/fake-slack.js';
import { generateRegion } from './generate.js';
import { CLI, FULL, fmt, interleaved, median, ROOT, rounds, writeFiles } from './process.js';

interface Start {
  listening: number;
  answered: number;
}

/** One start: process spawned → listening (its stderr says the port) → a DM → the answer posted. */
async function start(slack: FakeSlack, cwd: string, registry: string, question: string): Promise<Start> {
  const before = slack.callsOf('chat.postMessage').length;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [CLI, 'bot', '--registry', registry, '--no-reminders', '--port', '0'],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        LANG: 'sv_SE.UTF-8',
        SLACK_BOT_TOKEN: 'xoxb-1-2-bench',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  try {
    const port = await waitFor(() => /localhost:(\d+)\/slack\/events/.exec(stderr)?.[1], 60_000, 'the bot');
    const listening = performance.now() - started;
    const body = eventBody({
      type: 'message',
      channel_type: 'im',
      channel: 'DBENCH',
      user: 'UBENCH',
      text: question,
      ts: messageTs(),
    });
    const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, 'application/json');
    if (res.status !== 200) throw new Error(`the bot answered ${res.status}: ${res.text}`);
    await waitFor(() => slack.callsOf('chat.postMessage').length > before, 10_000, 'the answer');
    return { listening, answered: performance.now() - started };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}\n${stderr.slice(0, 2000)}`);
  } finally {
    const exited = new Promise((r) => child.once('close', r));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchBot(): Promise<void> {
  const slack = await startFakeSlack();
  const scratch = mkdtempSync(path.join(tmpdir(), 'lisa-bot-bench-'));
  try {
    const files = generateRegion();
    writeFiles(path.join(scratch, 'region'), files);
    const system = /^name: (.*)$/m.exec(
      Buffer.from(files.find((f) => f.rel === 'system/system-42.yaml')?.bytes ?? []).toString('utf8'),
    )?.[1];
    const listening = new Map<string, number[]>();
    const cases = [
      { label: 'example', cwd: ROOT, registry: 'registry', question: 'vem äger Procapita?' },
      ...(FULL
        ? [{ label: 'region', cwd: scratch, registry: 'region', question: `vem äger ${system}?` }]
        : []),
    ].map((c) => ({
      name: `bot start-up to first answer, ${c.label}`,
      run: async () => {
        const s = await start(slack, c.cwd, c.registry, c.question);
        listening.set(c.label, [...(listening.get(c.label) ?? []), s.listening]);
        return s.answered;
      },
    }));
    const medians = await interleaved(rounds(2, 3), cases);
    for (const [name, t] of medians) console.log(`${name}: ${fmt(t.ms)}`);
    // The first start of each was the warm-up round.
    for (const [label, list] of listening)
      console.log(`bot start-up to listening, ${label}: ${fmt(median(list.slice(1)))}`);
  } finally {
    await slack.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchBot();
}
