// A minimal Language Server Protocol client over stdio, to check what an editor shows with our schemas.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export interface LspMessage {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
}

export class LspClient {
  private buffer = Buffer.alloc(0);
  private pending = new Map<number, (m: LspMessage) => void>();
  private nextId = 0;
  readonly diagnostics = new Map<string, { message: string; range: { start: { line: number } } }[]>();
  private readonly process: ChildProcess;

  constructor(private readonly configuration: Record<string, unknown>) {
    const server = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.stdout?.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const head = this.buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, head).toString('latin1'))?.[1],
      );
      if (this.buffer.length < head + 4 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(head + 4, head + 4 + length).toString('utf8'),
      ) as LspMessage;
      this.buffer = this.buffer.subarray(head + 4 + length);
      if (message.id !== undefined && !message.method) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      } else if (message.method === 'workspace/configuration') {
        const items = (message.params as { items: unknown[] }).items;
        this.send({ id: message.id, result: items.map(() => this.configuration) });
      } else if (message.method === 'textDocument/publishDiagnostics') {
        const p = message.params as { uri: string; diagnostics: never[] };
        this.diagnostics.set(p.uri, p.diagnostics);
      } else if (message.id !== undefined) {
        this.send({ id: message.id, result: null });
      }
    }
  }

  private send(message: LspMessage): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    this.process.stdin?.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin?.write(body);
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, (m) => resolve(m.result as T));
      this.send({ id, method, params });
    });
  }

  close(): void {
    this.process.kill();
  }
}
