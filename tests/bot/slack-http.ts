// Requests to the bot as Slack sends them: signed with the signing secret (`v0=` HMAC-SHA256 over
// `v0:{timestamp}:{body}`), slash commands as form data, events as JSON envelopes.
import { createHmac } from 'node:crypto';

export const SECRET = 'test-signing-secret-0123456789';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Send this signature instead of the right one. */
  forged?: string;
  /** More headers, e.g. Slack's `x-slack-retry-num` on a re-sent event. */
  headers?: Record<string, string>;
}

export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  options: PostOptions = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.forged ?? signature(options.secret ?? SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: Date.now() - started };
}

let seq = 0;

export function slashBody(fields: {
  text: string;
  user: string;
  channel: string;
  responseUrl: string;
  channelName?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'testvik',
    channel_id: fields.channel,
    channel_name: fields.channelName ?? (fields.channel.startsWith('D') ? 'directmessage' : 'allmant'),
    user_id: fields.user,
    user_name: 'someone',
    command: '/lisa',
    text: fields.text,
    api_app_id: 'A0001',
    response_url: fields.responseUrl,
    trigger_id: `trigger.${++seq}`,
  }).toString();
}

export function eventBody(event: Record<string, unknown>): string {
  seq++;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: `Ev${String(seq).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: 'T0001',
        user_id: 'UBOT0001',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    event: { event_ts: `${Math.floor(Date.now() / 1000)}.${String(seq).padStart(6, '0')}`, ...event },
  });
}

export function messageTs(): string {
  seq++;
  return `${Math.floor(Date.now() / 1000)}.${String(seq).padStart(6, '0')}`;
}

/** Polls until `check` returns a value, or fails after `ms`. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  ms = 5000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
