// The head's register files parsed in worker threads (parse-worker.ts) while the main thread waits: at
// region scale parsing is most of a run, and a runner has two to four cores. What comes back is exactly what
// `parseRegister` makes on the main thread (clean files only, through JSON, which keeps them whole); every
// other file is left to the main thread, so a worker that fails costs time, never a finding.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedFile } from '../lib/parse.js';
import { classify, type SourceFile } from '../lib/registry.js';
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

function batches(sources: readonly SourceFile[]): { request: ParseRequest; sources: SourceFile[] }[] {
  const out: { request: ParseRequest; sources: SourceFile[] }[] = [];
  let group: SourceFile[] = [];
  let size = 0;
  const flush = () => {
    if (group.length === 0) return;
    const bytes = new Uint8Array(size);
    const ends: number[] = [];
    let at = 0;
    for (const s of group) {
      bytes.set(s.bytes, at);
      at += s.bytes.length;
      ends.push(at);
    }
    const files = group.map((s) => ({ file: s.file, rel: s.rel }));
    out.push({ request: { id: out.length, files, bytes, ends }, sources: group });
    group = [];
    size = 0;
  };
  for (const s of sources) {
    // Refused and partly read files, and those that are no register, take buildRegistry's other paths.
    if (s.refused || s.size !== undefined || !classify(s.rel)) continue;
    group.push(s);
    size += s.bytes.length;
    if (size >= BATCH_BYTES) flush();
  }
  flush();
  return out;
}

/**
 * Parses the sources' register files in `threads` workers started from `script` (the bundle itself, which
 * serves parses when started with WORKER_DATA). Resolves with the files that came back, by SourceFile;
 * never rejects: on any trouble it gives what it has and the main thread parses the rest.
 */
export async function parseInWorkers(
  sources: readonly SourceFile[],
  script: URL,
  threads = defaultThreads(),
): Promise<Map<SourceFile, ParsedFile>> {
  const done = new Map<SourceFile, ParsedFile>();
  const queue = batches(sources);
  if (queue.length === 0 || threads < 1) return done;
  const pending = new Map(queue.map((b) => [b.request.id, b.sources]));
  const take = (reply: ParseReply) => {
    const group = pending.get(reply.id);
    if (!group) return;
    pending.delete(reply.id);
    group.forEach((source, i) => {
      const text = reply.texts[i];
      const json = reply.json[i];
      if (typeof text !== 'string' || typeof json !== 'string') return;
      // The shape parseFile gives a clean file: no findings, data as js-yaml read it.
      done.set(source, { file: source.file, text, data: JSON.parse(json), findings: [] });
    });
  };
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData: WORKER_DATA });
      } catch {
        return resolve();
      }
      const next = () => {
        const batch = queue.shift();
        if (!batch) {
          void worker.terminate();
          return resolve();
        }
        worker.postMessage(batch.request, [batch.request.bytes.buffer as ArrayBuffer]);
      };
      worker.on('message', (reply: ParseReply) => {
        take(reply);
        next();
      });
      // A worker that dies leaves its batch undone: the main thread parses those files.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
      next();
    });
  await Promise.all(Array.from({ length: Math.min(threads, queue.length) }, one));
  return done;
}
