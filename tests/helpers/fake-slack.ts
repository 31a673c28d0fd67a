// A local HTTP server that speaks the part of the Slack Web API lisa uses, for tests that drive the real
// @slack/web-api and @slack/bolt clients (point them at `apiUrl`). It records every call, keeps the messages
// posted per channel (with their metadata, as conversations.history returns them), and can be told to fail.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

export interface StoredMessage {
  ts: string;
  channel: string;
  text?: string;
  blocks?: unknown;
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user?: string;
  bot_id?: string;
}

type Handler = (body: Record<string, unknown>, fake: FakeSlack) => Record<string, unknown> | undefined;

export interface Failure {
  status: number;
  /** Seconds, sent as Retry-After (with status 429). */
  retryAfter?: number;
  /** How many calls fail before the method works again. */
  times: number;
  /** Apply the call (store the message) and still answer with the failure: a lost response. */
  afterApplying?: boolean;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view', 'users', 'channels']);

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(k) && /^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // keep the raw string
      }
    }
    out[k] = v;
  }
  return out;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly messages = new Map<string, StoredMessage[]>();
  /** User id → user-group ids, for usergroups.users.list. */
  readonly userGroups = new Map<string, string[]>();
  botUserId = 'UBOT0001';
  /** Channel name → id, for conversations.list. */
  readonly channels = new Map<string, string>();
  /** A clock (milliseconds) for message timestamps, so tests with a simulated date get matching `ts` values. */
  now: (() => number) | undefined;
  private server: Server | undefined;
  private failures = new Map<string, Failure[]>();
  private handlers = new Map<string, Handler>();
  private clock = 1_700_000_000;
  private seq = 0;
  apiUrl = '';

  /** Make the next `times` calls of `method` fail. */
  fail(method: string, failure: Failure): void {
    const list = this.failures.get(method) ?? [];
    list.push(failure);
    this.failures.set(method, list);
  }

  /** Override (or add) a method's answer. */
  on(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  posted(channel?: string): StoredMessage[] {
    const all = [...this.messages.values()].flat();
    return channel ? all.filter((m) => m.channel === channel) : all;
  }

  private nextTs(): string {
    this.seq++;
    if (this.now) return `${Math.floor(this.now() / 1000)}.${String(this.seq).padStart(6, '0')}`;
    return `${this.clock + this.seq}.${String(this.seq).padStart(6, '0')}`;
  }

  private store(body: Record<string, unknown>): StoredMessage {
    const channel = String(body.channel ?? '');
    const msg: StoredMessage = {
      ts: this.nextTs(),
      channel,
      ...(body.text !== undefined ? { text: String(body.text) } : {}),
      ...(body.blocks !== undefined ? { blocks: body.blocks } : {}),
      ...(body.thread_ts !== undefined ? { thread_ts: String(body.thread_ts) } : {}),
      ...(body.metadata !== undefined ? { metadata: body.metadata as StoredMessage['metadata'] } : {}),
      bot_id: 'B0001',
      user: this.botUserId,
    };
    const list = this.messages.get(channel) ?? [];
    list.push(msg);
    this.messages.set(channel, list);
    return msg;
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const custom = this.handlers.get(method);
    if (custom) {
      const r = custom(body, this);
      if (r) return r;
    }
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://lisa-test.slack.com/',
          team: 'Test',
          user: 'lisa',
          team_id: 'T0001',
          user_id: this.botUserId,
          bot_id: 'B0001',
        };
      case 'chat.postMessage': {
        const msg = this.store(body);
        return { ok: true, channel: msg.channel, ts: msg.ts, message: msg };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'conversations.open': {
        const users = String(body.users ?? '');
        return { ok: true, channel: { id: `D${users.replace(/^U/, '')}` } };
      }
      case 'conversations.history': {
        const channel = String(body.channel ?? '');
        const oldest = body.oldest ? Number(body.oldest) : 0;
        const msgs = (this.messages.get(channel) ?? [])
          .filter((m) => Number(m.ts) > oldest)
          .slice()
          .reverse();
        const withMeta = body.include_all_metadata === true || body.include_all_metadata === 'true';
        return {
          ok: true,
          messages: msgs.map((m) => (withMeta ? m : { ...m, metadata: undefined })),
          has_more: false,
          response_metadata: { next_cursor: '' },
        };
      }
      case 'conversations.list':
        return {
          ok: true,
          channels: [...this.channels.entries()].map(([name, id]) => ({
            id,
            name,
            is_channel: true,
            is_archived: false,
          })),
          response_metadata: { next_cursor: '' },
        };
      case 'usergroups.users.list':
        return {
          ok: true,
          users: [...this.userGroups.entries()]
            .filter(([, g]) => g.includes(String(body.usergroup)))
            .map(([u]) => u),
        };
      case 'views.publish':
        return { ok: true, view: { id: 'V0001', ...((body.view as object) ?? {}) } };
      case 'users.info':
        return { ok: true, user: { id: body.user, name: 'user', tz: 'Europe/Stockholm', locale: 'sv-SE' } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
        let body: Record<string, unknown>;
        try {
          body = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
        } catch {
          res.writeHead(400).end();
          return;
        }
        this.calls.push({ method, body, headers: req.headers });
        const pending = this.failures.get(method);
        const failure = pending?.[0];
        if (failure && pending) {
          failure.times--;
          if (failure.times <= 0) pending.shift();
          if (failure.afterApplying) this.answer(method, body);
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
          res
            .writeHead(failure.status, headers)
            .end(
              JSON.stringify({ ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }),
            );
          return;
        }
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(this.answer(method, body)));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}/api/`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections?.();
      this.server?.close(() => resolve());
    });
  }
}

export async function startFakeSlack(): Promise<FakeSlack> {
  return new FakeSlack().start();
}
