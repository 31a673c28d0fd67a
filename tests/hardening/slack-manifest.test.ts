// The Slack manifest asks for exactly the scopes lisa uses: each Web API method called in bot/ and lib/,
// each event subscribed to and the slash command need theirs, and no scope is asked for that none needs
// (users:read was, and nothing called users.*).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../action/harness.js';

// Slack's documented scopes per method (docs.slack.dev/reference/methods), for the calls lisa makes.
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'conversations.open': ['im:write'],
  // types: public_channel,private_channel
  'conversations.list': ['channels:read', 'groups:read'],
  // reminders read back channels, private channels and direct messages
  'conversations.history': ['channels:history', 'groups:history', 'im:history'],
  'usergroups.users.list': ['usergroups:read'],
  'views.publish': [],
};
const EVENT_SCOPES: Record<string, string[]> = {
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  app_home_opened: [],
};

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'));
}

it('bot/manifest.yaml asks for the scopes lisa needs, and no more', () => {
  const manifest = parse(readFileSync(path.join(ROOT, 'bot/manifest.yaml'), 'utf8'));
  const asked = new Set<string>(manifest.oauth_config.scopes.bot);
  const called = new Set<string>();
  for (const text of [...sources('bot'), ...sources('lib')])
    for (const m of text.matchAll(/\bclient\.((?:[a-z]+\.)+[a-zA-Z]+)\(/g)) called.add(m[1] as string);
  expect([...called].sort()).toEqual(Object.keys(METHOD_SCOPES).sort());
  const needed = new Set<string>(['commands']);
  for (const method of called) for (const s of METHOD_SCOPES[method] ?? []) needed.add(s);
  for (const event of manifest.settings.event_subscriptions.bot_events as string[])
    for (const s of EVENT_SCOPES[event] ?? ['unknown event']) needed.add(s);
  expect([...asked].sort()).toEqual([...needed].sort());
});
