import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import { REMINDER_KINDS } from '../../lib/remind/plan.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { FILES, org } from './fixture.js';

let cwd: string;
let slack: FakeSlack;

function writeRegistry(files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(cwd, 'registry', rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

async function lisa(
  argv: string[],
  env: Io['env'] = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const withSlack = () => ({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl });

beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'lisa-remind-'));
  writeRegistry(FILES);
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(() => slack.close());

describe('lisa remind', () => {
  it('sends what is due by --at, and nothing the second time for the same moment', async () => {
    slack.now = () => new Date('2026-02-02T08:00:00+01:00').getTime();
    const first = await lisa(
      ['remind', '--registry', 'registry', '--at', '2026-02-02T08:00:00+01:00'],
      withSlack(),
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('skickad  2026-02-02 08:00  audit-answer           C0SAKERHET');
    expect(first.stdout).toContain(
      'Påminnelser: 4 skickade, 0 redan skickade, 0 ersatta av senare, 0 misslyckade.',
    );
    expect(slack.posted()).toHaveLength(4);
    expect(slack.callsOf('chat.postMessage')[0]?.headers.authorization).toBe('Bearer xoxb-test');

    const second = await lisa(
      ['remind', '--registry', 'registry', '--at', '2026-02-02T08:00:00+01:00'],
      withSlack(),
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      'Påminnelser: 0 skickade, 4 redan skickade, 0 ersatta av senare, 0 misslyckade.\n',
    );
    expect(slack.posted()).toHaveLength(4);
  });

  it('delivers the whole local day for a date, as a scheduled run does', async () => {
    // A time without an offset is the organisation's local time: 07:59 in Stockholm is before the send time.
    slack.now = () => new Date('2026-01-30T08:00:00+01:00').getTime();
    const early = await lisa(['remind', '--at', '2026-01-30T07:59'], withSlack());
    expect(early.stdout).toContain(': 0 skickade');
    const onTime = await lisa(['remind', '--at', '2026-01-30T08:00'], withSlack());
    expect(onTime.stdout).toContain(': 3 skickade');
    slack.now = () => new Date('2026-02-02T06:00:00Z').getTime();
    // 07:00 in Stockholm: the 08:00 reminders of the day go out all the same.
    const run = await lisa(['remind', '--at', '2026-02-02'], withSlack());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(': 1 skickade, 3 redan skickade');
    expect(slack.posted().map((m) => m.metadata?.event_payload.key)).toContain(
      'audit-answer:audit/granskning-2025:2026-02-16:channel',
    );
  });

  it('honours Retry-After from the command line too', async () => {
    slack.now = () => new Date('2026-02-02T08:00:00+01:00').getTime();
    slack.fail('chat.postMessage', { status: 429, retryAfter: 0, times: 2 });
    const run = await lisa(['remind', '--at', '2026-02-02T08:00:00+01:00'], withSlack());
    expect(run.code).toBe(0);
    expect(slack.posted()).toHaveLength(4);
  });

  it('fails with exit code 1 and a hint when the bot is not in the channel, and still sends the rest', async () => {
    slack.now = () => new Date('2026-02-02T08:00:00+01:00').getTime();
    slack.on('conversations.history', (body) =>
      body.channel === 'C0SAKERHET' ? { ok: false, error: 'not_in_channel' } : undefined,
    );
    const run = await lisa(['remind', '--at', '2026-02-02T08:00:00+01:00'], withSlack());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'misslyckades  2026-01-30 08:00  kpi-review             C0SAKERHET: not_in_channel',
    );
    expect(run.stderr).toContain('Boten är inte medlem i kanalen');
    expect(run.stdout).toContain(': 2 skickade');
  });

  it('prints the plan as JSON without Slack', async () => {
    const run = await lisa([
      'remind',
      '--dry-run',
      '--from',
      '2026-01-01',
      '--until',
      '2026-12-31',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { due: string; kind: string; to: string; text: string }[];
    expect(plan.length).toBeGreaterThan(50);
    for (const item of plan) {
      expect(Object.keys(item)).toEqual(['due', 'kind', 'to', 'text']);
      expect(item.due).toMatch(/^2026-\d{2}-\d{2}T08:00:00\+0[12]:00$/);
      expect(REMINDER_KINDS as readonly string[]).toContain(item.kind);
      expect(item.to).toMatch(/^(C0SAKERHET|U0[A-Z]+)$/);
      expect(item.text.length).toBeGreaterThan(20);
    }
    expect(plan[0]).toMatchObject({ due: '2026-01-30T08:00:00+01:00', kind: 'kpi-review', to: 'C0SAKERHET' });
    expect(plan.at(-1)?.due.slice(0, 10)).toBe('2026-12-28'); // the last weekly digest of overdue actions
    expect(slack.calls).toHaveLength(0);
    // The window is inclusive of --until.
    const oneDay = JSON.parse(
      (await lisa(['remind', '--dry-run', '--from', '2026-01-30', '--until', '2026-01-30', '--json'])).stdout,
    ) as unknown[];
    expect(oneDay).toHaveLength(3);
  });

  it('prints a readable plan without --json', async () => {
    const run = await lisa(['remind', '--dry-run', '--from', '2026-02-01', '--until', '2026-02-28']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '2026-02-02 08:00  audit-answer           C0SAKERHET\n    Svar till revisorerna – senast 16 februari 2026\n',
    );
    // One reminder, said in the singular (an ICU plural in cli.remind.planSummary).
    expect(run.stdout).toMatch(/\n1 påminnelse från 2026-02-01 till och med 2026-02-28\.\n$/);
  });

  it("says what is missing, in the user's language, when there is no token", async () => {
    const sv = await lisa(['remind']);
    expect(sv.code).toBe(2);
    expect(sv.stderr).toContain('SLACK_BOT_TOKEN saknas');
    const en = await lisa(['remind'], { LANG: 'en_GB.UTF-8' });
    expect(en.stderr).toContain('SLACK_BOT_TOKEN is not set');
    const nb = await lisa(['remind'], { LISA_LANG: 'nb' });
    expect(nb.stderr).toContain('SLACK_BOT_TOKEN mangler');
    expect(slack.calls).toHaveLength(0);
  });

  it('rejects bad options with exit code 2', async () => {
    expect((await lisa(['remind', '--from', '2026-01-01'], withSlack())).code).toBe(2);
    const at = await lisa(['remind', '--at', 'igår'], withSlack());
    expect(at.code).toBe(2);
    expect(at.stderr).toContain('Ogiltig tidpunkt för --at');
    expect((await lisa(['remind', '--dry-run', '--from', '2026-02-01', '--until', '2026-01-01'])).code).toBe(
      2,
    );
    expect((await lisa(['remind', '--registry', 'finns-inte'], withSlack())).code).toBe(2);
  });

  it('warns when lisa.yaml names no channel', async () => {
    writeRegistry({ 'lisa.yaml': org({ 'slack:\n  securityChannel: C0SAKERHET\n': '' }) });
    try {
      const run = await lisa([
        'remind',
        '--dry-run',
        '--from',
        '2026-02-01',
        '--until',
        '2026-02-03',
        '--json',
      ]);
      expect(run.stderr).toContain('ingen slack.securityChannel');
      expect((JSON.parse(run.stdout) as { to: string }[]).every((r) => r.to.startsWith('U'))).toBe(true);
    } finally {
      writeRegistry({ 'lisa.yaml': FILES['lisa.yaml'] ?? '' });
    }
  });
});
