// Reading and parsing a large registry on two cores: a worker thread reads and parses part of the files while
// this thread does the rest. Reading and YAML are four fifths of `lisa validate` at region scale, and each
// file's parse depends on nothing else (`parseRegister`), so they split cleanly; the rules across files stay
// in this thread. The result is what `readRegistryFiles` and `buildRegistry` make alone: the same sources in
// the same order, each parse the one `buildRegistry` would have made (handed in through a ParseCache).
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { ParsedFile } from '../parse.js';
import { type ParseCache, parseRegister, type SourceFile } from '../registry.js';
import { listRegistry, type RegistryEntry, readEntry } from './load.js';

/** Below this many files a worker's start-up (~0.1 s) costs more than it saves. */
export const PARALLEL_MIN_FILES = 4000;
/** The worker's share: this thread also takes in the worker's results, so it keeps a little less. */
const WORKER_SHARE = 0.55;

export interface ReadAndParse {
  sources: SourceFile[];
  /** Parses made while reading, by source: give to `validateSources` / `Validator.validate`. */
  parsed: Map<SourceFile, ParsedFile>;
}

/**
 * What a worker sends back for its entries: a place in `bytes` per file read, and the data of each file it
 * parsed cleanly, as one JSON text. Copying one string between threads is a memory copy; the structured clone
 * of 40,000 small objects cost more than parsing them (1–2 s at region scale). The text of a file is not sent:
 * it is its bytes, decoded.
 */
interface JobResult {
  files: ({ offset: number; length: number; refused?: SourceFile['refused']; size?: number } | null)[];
  /** JSON of an array with, per entry, the file's data, or null where this thread parses it itself. */
  data: string;
  bytes: ArrayBuffer;
}

/**
 * Whether JSON carries a value unchanged: not NaN, ±Infinity or -0 (YAML has them, JSON turns them into
 * null or 0), no `__proto__` key. A file with one is parsed again in the main thread rather than changed.
 */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (Object.hasOwn(value, '__proto__')) return false;
  for (const k in value) if (!jsonSafe((value as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * The data of a parse worth sending between threads: a clean parse (no findings, so no `yaml` Document, whose
 * class instances would not survive the copy) of data JSON carries unchanged; else null.
 */
function portable(parsed: ParsedFile | undefined): unknown {
  return parsed && parsed.findings.length === 0 && !parsed.doc && jsonSafe(parsed.data) ? parsed.data : null;
}

/** The worker's side: reads and parses the entries it is given, the bytes of all its files in one buffer. */
export function runJob(entries: readonly RegistryEntry[]): JobResult {
  const sources = entries.map(readEntry);
  let total = 0;
  for (const s of sources) if (s) total += s.bytes.length;
  const bytes = new Uint8Array(total);
  let offset = 0;
  const files: JobResult['files'] = [];
  const data: unknown[] = [];
  for (const s of sources) {
    if (!s) {
      files.push(null);
      data.push(null);
      continue;
    }
    bytes.set(s.bytes, offset);
    files.push({
      offset,
      length: s.bytes.length,
      ...(s.refused ? { refused: s.refused } : {}),
      ...(s.size !== undefined ? { size: s.size } : {}),
    });
    offset += s.bytes.length;
    data.push(portable(parseRegister(s)));
  }
  return { files, data: JSON.stringify(data), bytes: bytes.buffer };
}

/** Answers jobs when this thread is a parse worker (started by `readAndParseRegistry` with this module's entry). */
export function serveParseWorker(): void {
  parentPort?.on('message', (entries: RegistryEntry[]) => {
    const result = runJob(entries);
    parentPort?.postMessage(result, [result.bytes]);
  });
}

/** The worker's results as sources, entry by entry (undefined where a file went missing). */
export function sourcesOf(
  entries: readonly RegistryEntry[],
  result: JobResult,
  parsed: Map<SourceFile, ParsedFile>,
): (SourceFile | undefined)[] {
  const data = JSON.parse(result.data) as unknown[];
  return entries.map((e, i) => {
    const f = result.files[i];
    if (!f) return undefined;
    const source: SourceFile = {
      file: e.file,
      rel: e.rel,
      bytes: Buffer.from(result.bytes, f.offset, f.length),
      ...(f.refused ? { refused: f.refused } : {}),
      ...(f.size !== undefined ? { size: f.size } : {}),
    };
    const d = data[i];
    if (d !== null && d !== undefined) {
      // As parseFile makes it for a clean file: the text is the bytes decoded, without a byte-order mark.
      const text = (source.bytes as Buffer).toString('utf8');
      parsed.set(source, {
        file: e.file,
        text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
        data: d,
        findings: [],
      });
    }
    return source;
  });
}

export interface ParallelOptions {
  /** The module a worker runs: one that calls `serveParseWorker()` in a worker thread. */
  worker: URL;
  /** Fewer files than this are read in this thread alone (default PARALLEL_MIN_FILES). */
  minFiles?: number;
}

/**
 * `readRegistryFiles` with the parse done on the way, on two threads when the registry is large and the
 * machine has a second core; otherwise in this thread, with nothing parsed ahead.
 */
export async function readAndParseRegistry(
  dir: string,
  cwd: string,
  options: ParallelOptions,
): Promise<ReadAndParse> {
  const parsed = new Map<SourceFile, ParsedFile>();
  const listed = listRegistry(dir, cwd);
  if (!Array.isArray(listed)) return { sources: listed.refused, parsed };
  const minFiles = options.minFiles ?? PARALLEL_MIN_FILES;
  if (listed.length < minFiles || availableParallelism() < 2) {
    const sources: SourceFile[] = [];
    for (const e of listed) {
      const s = readEntry(e);
      if (s) sources.push(s);
    }
    return { sources, parsed };
  }
  // Every other file, near enough, so that both halves hold as many of each folder's (differently sized) files.
  const mine: number[] = [];
  const theirs: number[] = [];
  listed.forEach((_, i) => {
    ((i % 20) / 20 < WORKER_SHARE ? theirs : mine).push(i);
  });
  const worker = new Worker(options.worker);
  try {
    const done = new Promise<JobResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the parse worker stopped (exit ${code})`)));
    });
    worker.postMessage(theirs.map((i) => listed[i]));
    const all: (SourceFile | undefined)[] = new Array(listed.length);
    for (const i of mine) {
      const s = readEntry(listed[i] as RegistryEntry);
      all[i] = s;
      const p = s && parseRegister(s);
      if (s && p) parsed.set(s, p);
    }
    const theirEntries = theirs.map((i) => listed[i] as RegistryEntry);
    // A worker that cannot start (no module at the URL, no threads left) costs time, never the result.
    const result = await done.catch(() => undefined);
    const back = result
      ? sourcesOf(theirEntries, result, parsed)
      : theirEntries.map((e) => {
          const s = readEntry(e);
          const p = s && parseRegister(s);
          if (s && p) parsed.set(s, p);
          return s;
        });
    back.forEach((s, k) => {
      all[theirs[k] as number] = s;
    });
    return { sources: all.filter((s): s is SourceFile => s !== undefined), parsed };
  } finally {
    await worker.terminate();
  }
}

/** The parses made while reading as the cache `buildRegistry` takes: a hit only for the very same bytes. */
export function parsedCache(
  parsed: ReadonlyMap<SourceFile, ParsedFile>,
  sources: readonly SourceFile[],
): ParseCache {
  const byFile = new Map<string, { bytes: Uint8Array; parsed: ParsedFile }>();
  for (const s of sources) {
    const p = parsed.get(s);
    if (p) byFile.set(s.file, { bytes: s.bytes, parsed: p });
  }
  return {
    get: (file, bytes) => {
      const hit = byFile.get(file);
      return hit && hit.bytes === bytes ? hit.parsed : undefined;
    },
    set: () => {},
  };
}
