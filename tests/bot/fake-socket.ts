// A minimal Socket Mode endpoint: a WebSocket server (RFC 6455 handshake and framing over node:http, no
// library) that greets like Slack ("hello"), sends envelopes, answers pings, and records the acknowledgements.
// The real @slack/socket-mode client inside Bolt connects to it after apps.connections.open on the fake Web API.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head =
    len < 126 ? Buffer.from([0x80 | opcode, len]) : Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff]);
  if (len > 0xffff) throw new Error('frame too large for this fake');
  return Buffer.concat([head, payload]);
}

export class FakeSocketMode {
  url = '';
  readonly received: Record<string, unknown>[] = [];
  private server: Server | undefined;
  private sockets = new Set<Duplex>();
  private connected: (() => void)[] = [];

  async start(): Promise<this> {
    this.server = createServer((_req, res) => res.writeHead(426).end());
    this.server.on('upgrade', (req, socket) => {
      const key = String(req.headers['sec-websocket-key'] ?? '');
      const accept = createHash('sha1')
        .update(key + GUID)
        .digest('base64');
      socket.write(
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
      );
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => this.sockets.delete(socket));
      let buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          if (buffer.length < 2) return;
          const opcode = (buffer[0] as number) & 0x0f;
          let len = (buffer[1] as number) & 0x7f;
          let offset = 2;
          if (len === 126) {
            len = buffer.readUInt16BE(2);
            offset = 4;
          } else if (len === 127) {
            len = Number(buffer.readBigUInt64BE(2));
            offset = 10;
          }
          if (buffer.length < offset + 4 + len) return;
          const mask = buffer.subarray(offset, offset + 4);
          const data = Buffer.from(buffer.subarray(offset + 4, offset + 4 + len));
          for (let i = 0; i < data.length; i++) data[i] = (data[i] as number) ^ (mask[i % 4] as number);
          buffer = buffer.subarray(offset + 4 + len);
          if (opcode === 0x1)
            this.received.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>);
          else if (opcode === 0x9) socket.write(frame(0xa, data));
          else if (opcode === 0x8) {
            socket.end(frame(0x8, Buffer.alloc(0)));
            return;
          }
        }
      });
      this.send(socket, {
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A0001' },
        debug_info: { host: 'fake', approximate_connection_time: 3600 },
      });
      for (const c of this.connected.splice(0)) c();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    return this;
  }

  private send(socket: Duplex, message: unknown): void {
    socket.write(frame(0x1, Buffer.from(JSON.stringify(message), 'utf8')));
  }

  /** Resolves once a client has connected. */
  whenConnected(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.connected.push(resolve));
  }

  /** Sends an Events API envelope to every connected client. */
  sendEvent(envelopeId: string, payload: unknown): void {
    for (const s of this.sockets)
      this.send(s, {
        envelope_id: envelopeId,
        payload,
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
      });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
