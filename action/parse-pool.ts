// The head's register files parsed in worker threads (parse-worker.ts) while the main thread waits: at
// region scale parsing is most of a run, and a runner has two to four cores. What comes back is exactly what
// `parseRegister` makes on the main thread (clean files only, through JSON, which keeps them whole); every
// other file is left to the main thread, so a worker that fails costs time, never a finding.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedFile } from '../lib/parse.js';
import { classify, type SourceFile } from '../lib/registry.js';
import { type Hit, primeIdentityHits } from '../lib/rules/identity.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';

/** Below this many files the threads' start-up (~0.1 s each) costs more than they save. */
export const POOL_MIN_FILES = 2000;
/** Bytes per batch: small enough to share the work out evenly, large enough that messages are few. */
const BATCH_BYTES = 512 * 1024;

/** What `workerData` carries so that the bundle's entry knows to serve parses rather than run the action. */
export const WORKER_DATA = { lisaParseWorker: true } as const;

export function defaultThreads(): number {
  // The main thread waits while they parse, so every core can take a thread; four are enough.
  return Math.min(4, availableParallelism());
}

function pack(group: readonly SourceFile[], id: number): ParseRequest {
  let size = 0;
  for (const s of group) size += s.bytes.length;
  const bytes = new Uint8Array(size);
  const ends: number[] = [];
  let at = 0;
  for (const s of group) {
    bytes.set(s.bytes, at);
    at += s.bytes.length;
    ends.push(at);
  }
  return { id, files: group.map((s) => ({ file: s.file, rel: s.rel })), bytes, ends };
}

/** Refused and partly read files, and those that are no register, take buildRegistry's other paths. */
export function parsable(s: SourceFile): boolean {
  return !s.refused && s.size === undefined && classify(s.rel) !== undefined;
}

/**
 * Parses register files in `threads` workers started from `script` (the bundle itself, which serves parses
 * when started with WORKER_DATA), as they are read: `add` each file, then `finish`. The workers start once
 * `minFiles` files have come, so a small registry never pays for them. `finish` resolves with the files that
 * came back, by SourceFile, and never rejects: on any trouble the main thread parses the rest.
 */
export class ParsePool {
  private readonly done = new Map<SourceFile, ParsedFile>();
  /** Told of each file that came back, with its data and identity numbers as the worker sent them. */
  onParsed?: (source: SourceFile, json: string, hits: string | null) => void;
  private readonly pending = new Map<number, SourceFile[]>();
  private readonly queue: ParseRequest[] = [];
  private readonly idle: Worker[] = [];
  private readonly exits: Promise<void>[] = [];
  private group: SourceFile[] = [];
  private groupBytes = 0;
  private seen = 0;
  private nextId = 0;
  private started = false;
  private finishing = false;
  private readonly workers = new Set<Worker>();

  constructor(
    private readonly script: URL,
    private readonly threads = defaultThreads(),
    private readonly minFiles = POOL_MIN_FILES,
  ) {}

  add(source: SourceFile): void {
    if (!parsable(source)) return;
    this.group.push(source);
    this.groupBytes += source.bytes.length;
    this.seen++;
    if (!this.started && this.seen >= this.minFiles && this.threads >= 1) this.start();
    if (this.started && this.groupBytes >= BATCH_BYTES) this.flush();
  }

  /** Waits for every batch sent; what was never sent (too few files, no worker) is left to the main thread. */
  async finish(): Promise<Map<SourceFile, ParsedFile>> {
    this.finishing = true;
    if (this.started) this.flush();
    for (const worker of this.idle.splice(0)) this.dispatch(worker);
    if (this.started) await Promise.all(this.exits);
    return this.done;
  }

  /** Stops every worker (a run that failed midway must not be kept alive by them). */
  close(): void {
    this.finishing = true;
    this.queue.length = 0;
    for (const worker of this.workers) void worker.terminate();
  }

  private start(): void {
    this.started = true;
    for (let i = 0; i < this.threads; i++) this.exits.push(this.spawn());
  }

  private flush(): void {
    if (this.group.length === 0) return;
    const id = this.nextId++;
    const request = pack(this.group, id);
    this.pending.set(id, this.group);
    this.group = [];
    this.groupBytes = 0;
    this.queue.push(request);
    const worker = this.idle.pop();
    if (worker) this.dispatch(worker);
  }

  /** The next batch to a worker that is free; with none left and no more coming, the worker is let go. */
  private dispatch(worker: Worker): void {
    const request = this.queue.shift();
    if (request) worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
    else if (this.finishing) void worker.terminate();
    else this.idle.push(worker);
  }

  private take(reply: ParseReply): void {
    const group = this.pending.get(reply.id);
    if (!group) return;
    this.pending.delete(reply.id);
    group.forEach((source, i) => {
      const text = reply.texts[i];
      const json = reply.json[i];
      if (typeof text !== 'string' || typeof json !== 'string') return;
      // The shape parseFile gives a clean file: no findings, data as js-yaml read it.
      const parsed: ParsedFile = { file: source.file, text, data: JSON.parse(json), findings: [] };
      const hits = reply.hits[i];
      if (typeof hits === 'string') primeIdentityHits(parsed, hits === '' ? [] : (JSON.parse(hits) as Hit[]));
      this.done.set(source, parsed);
      this.onParsed?.(source, json, typeof hits === 'string' ? hits : null);
    });
  }

  private spawn(): Promise<void> {
    return new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(this.script, { workerData: WORKER_DATA });
      } catch {
        return resolve();
      }
      this.workers.add(worker);
      worker.on('message', (reply: ParseReply) => {
        this.take(reply);
        this.dispatch(worker);
      });
      // A worker that dies leaves its batch undone: the main thread parses those files.
      worker.on('error', () => resolve());
      worker.on('exit', () => {
        this.workers.delete(worker);
        resolve();
      });
      this.dispatch(worker);
    });
  }
}

/** All of `sources` through a pool at once (tests; the action adds files as it reads them). */
export async function parseInWorkers(
  sources: readonly SourceFile[],
  script: URL,
  threads = defaultThreads(),
): Promise<Map<SourceFile, ParsedFile>> {
  const pool = new ParsePool(script, threads, 1);
  for (const s of sources) pool.add(s);
  return pool.finish();
}
