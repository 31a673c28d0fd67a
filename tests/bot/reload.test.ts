import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotLogger } from '../../bot/log.js';
import { LocalSource } from '../../bot/source.js';
import { FILES, RESTRICTED_MARKERS } from '../answer/fixture.js';
import { type Harness, startHarness } from './harness.js';
import { eventBody, messageTs, postSigned, waitFor } from './slack-http.js';

let h: Harness;
let dir: string;

async function put(rel: string, text: string) {
  const file = path.join(dir, 'registry', rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function ask(question: string): Promise<string> {
  const before = h.slack.callsOf('chat.postMessage').length;
  await postSigned(
    h.url,
    eventBody({
      type: 'message',
      channel_type: 'im',
      channel: 'DANNA',
      user: 'UANNA',
      text: question,
      ts: messageTs(),
    }),
    'application/json',
  );
  const call = await waitFor(() => h.slack.callsOf('chat.postMessage')[before], 5000, 'an answer');
  return String(call.body.text);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-reload-'));
  for (const [rel, text] of Object.entries(FILES)) await put(rel, text);
  const logs: string[] = [];
  const source = new LocalSource('registry', dir, new BotLogger({ write: (l: string) => logs.push(l) }), 50);
  h = await startHarness({ source });
});
afterAll(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

describe('reloading the registry from a folder without a restart', () => {
  it('answers from a changed file, keeps the last good registry when a change breaks it, and takes new files', async () => {
    expect(await ask('vem äger Procapita?')).toContain('Systemägare för Procapita är Socialchef');
    const sources = await ask('vem äger Procapita?');
    expect(sources).toContain('Socialchef');

    await put(
      'system/procapita.yaml',
      (FILES['system/procapita.yaml'] as string).replace('owner: socialchef', 'owner: it-chef'),
    );
    await waitFor(() => h.holder.current()?.version === 2, 5000, 'the reload');
    expect(await ask('vem äger Procapita?')).toContain('Systemägare för Procapita är IT-chef');

    // A syntax error, and a reference to a role that does not exist: errors, so the last good registry stays.
    const attempts = h.holder.attempts;
    await put('system/procapita.yaml', 'name: [Procapita\nowner: nobody\n');
    await waitFor(() => h.holder.attempts > attempts, 5000, 'the broken version to be validated');
    expect(h.holder.lastErrors).toBeGreaterThan(0);
    expect(h.holder.current()?.version).toBe(2);
    expect(await ask('vem äger Procapita?')).toContain('Systemägare för Procapita är IT-chef');
    const log = h.log.join('');
    expect(log).toContain('keeping the last good registry');
    for (const marker of RESTRICTED_MARKERS) expect(log).not.toContain(marker);

    // Fixed again, and a new system added: both show.
    await put('system/procapita.yaml', FILES['system/procapita.yaml'] as string);
    await put(
      'system/lifecare.yaml',
      'name: Lifecare\naliases: [journalsystemet]\nboard: son\nowner: socialchef\nadministrator: it-chef\nhosting: swedish-cloud\nprotection: { confidentiality: 3, integrity: 3, availability: 2, traceability: 3 }\n',
    );
    await waitFor(
      () =>
        (h.holder.current()?.version ?? 0) >= 3 &&
        h.holder.current()?.registry.entities.system.has('lifecare'),
      5000,
      'the new file',
    );
    expect(await ask('vem förvaltar journalsystemet?')).toContain('Systemförvaltare för Lifecare är IT-chef');
    expect(await ask('vem äger Procapita?')).toContain('Socialchef');
  });

  it('never follows a changed file that is now a link out of the folder', async () => {
    const secret = path.join(dir, 'hemlig.yaml');
    await writeFile(
      secret,
      (FILES['system/procapita.yaml'] as string).replace('owner: socialchef', 'owner: it-chef'),
    );
    const attempts = h.holder.attempts;
    const version = h.holder.current()?.version;
    await rm(path.join(dir, 'registry', 'system', 'procapita.yaml'));
    await symlink(secret, path.join(dir, 'registry', 'system', 'procapita.yaml'));
    await waitFor(() => h.holder.attempts > attempts, 5000, 'the linked version to be validated');
    expect(h.holder.lastErrors).toBeGreaterThan(0);
    expect(h.holder.current()?.version).toBe(version);
    expect(await ask('vem äger Procapita?')).toContain('Socialchef');
  });
});
