// Parsed register files kept between runs (the `cache-dir` input, restored and saved by actions/cache): at
// region scale parsing the head is most of a run, and a pull request changes a handful of files. An entry is
// found by what decides the parse — the file's kind and its bytes — so a renamed or edited file is simply
// parsed again; the whole cache is keyed by lisa's bundle (its version and code), so a new lisa never reads
// an old one. Only what the worker threads send back is kept (clean files: data JSON carries whole, no
// finding), and an entry that does not read back as such is ignored: the file is parsed as if never cached.
import { hash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IdentityKind } from '../lib/identity-numbers.js';
import { type ParsedFile, textOf } from '../lib/parse.js';
import { classify, type SourceFile } from '../lib/registry.js';
import { type Hit, primeIdentityHits } from '../lib/rules/identity.js';
import { VERSION } from '../lib/version.js';

/** The file the cache is; a cache bigger than this is not read (a registry's parse is far smaller). */
export const CACHE_FILE = 'lisa-parsed.ndjson';
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;
const HEADER = 'lisa-parse-cache';
const KINDS: ReadonlySet<string> = new Set<IdentityKind>([
  'personnummer',
  'samordningsnummer',
  'fodselsnummer',
  'd-nummer',
]);

/**
 * What a cache must have been written by: lisa's version and every file of its bundle (the parser, the
 * schemas and the identity scan are all in it), so any change to the code starts from an empty cache.
 */
export function cacheVersion(bundle: URL): string {
  const dir = path.dirname(fileURLToPath(bundle));
  const parts: (string | Uint8Array)[] = [VERSION];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.js'))
    .sort())
    parts.push(name, readFileSync(path.join(dir, name)));
  return hash(
    'sha256',
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(`${p}\0`) : p))),
    'base64url',
  );
}

/** The kind decides the schema a file is checked against; the bytes decide the rest. */
function keyOf(source: SourceFile): string | undefined {
  const place = classify(source.rel);
  return place
    ? `${place.kind}:${source.bytes.length}:${hash('sha1', source.bytes, 'base64url')}`
    : undefined;
}

function positive(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

/** The identity numbers an entry says its text holds, rebuilt from known fields only; undefined if malformed. */
function readHits(value: unknown): Hit[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const hits: Hit[] = [];
  for (const h of value) {
    const p = (h as { position?: Record<string, unknown> } | null)?.position;
    const kind = (h as { kind?: unknown } | null)?.kind;
    if (typeof kind !== 'string' || !KINDS.has(kind) || !p || !positive(p.line) || !positive(p.column))
      return undefined;
    const position: Hit['position'] = { line: p.line, column: p.column };
    if (p.endLine !== undefined || p.endColumn !== undefined) {
      if (!positive(p.endLine) || !positive(p.endColumn)) return undefined;
      position.endLine = p.endLine;
      position.endColumn = p.endColumn;
    }
    hits.push({ kind: kind as IdentityKind, position });
  }
  return hits;
}

/**
 * One run's view of the cache: `take` the parse of a file read, `put` what the workers parsed, `save` the
 * entries this run's head used (so the cache holds one registry's files, never more).
 */
export class ParseCache {
  private readonly keys = new Map<SourceFile, string>();
  private readonly kept = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly lines: Map<string, string>,
  ) {}

  /** The cache in `dir`; empty when there is none, or it is from another lisa, too large or unreadable. */
  static load(dir: string, version: string): ParseCache {
    const lines = new Map<string, string>();
    let text = '';
    try {
      const fd = openSync(path.join(dir, CACHE_FILE), 'r');
      try {
        if (fstatSync(fd).isFile() && fstatSync(fd).size <= MAX_CACHE_BYTES) text = readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
    } catch {
      // No cache yet, or not one to read: every file is parsed.
    }
    const all = text.split('\n');
    if (all[0] === `${HEADER} ${version}`)
      for (let i = 1; i < all.length; i++) {
        const line = all[i] as string;
        const tab = line.indexOf('\t');
        if (tab > 0) lines.set(line.slice(0, tab), line);
      }
    return new ParseCache(dir, version, lines);
  }

  get size(): number {
    return this.lines.size;
  }

  /** The file's parse, as the workers would have sent it, if the cache holds a sound entry for its bytes. */
  take(source: SourceFile): ParsedFile | undefined {
    const key = this.key(source);
    const line = key === undefined ? undefined : this.lines.get(key);
    if (key === undefined || line === undefined) return undefined;
    let entry: { d?: unknown; h?: unknown };
    try {
      entry = JSON.parse(line.slice(key.length + 1));
    } catch {
      return undefined;
    }
    if (typeof entry !== 'object' || entry === null || entry.d === undefined) return undefined;
    const hits = entry.h === null ? null : readHits(entry.h);
    if (hits === undefined) return undefined;
    const parsed: ParsedFile = { file: source.file, text: textOf(source.bytes), data: entry.d, findings: [] };
    if (hits) primeIdentityHits(parsed, hits);
    this.kept.set(key, line);
    return parsed;
  }

  /** What a worker sent back for the file: its data as JSON, its identity numbers as JSON ('' none, null unknown). */
  put(source: SourceFile, json: string, hits: string | null): void {
    const key = this.key(source);
    if (key === undefined) return;
    this.kept.set(key, `${key}\t{"d":${json},"h":${hits === null ? 'null' : hits === '' ? '[]' : hits}}`);
    this.changed = true;
  }

  /** Writes the entries this run used, when they differ from what was read; never throws. */
  save(): boolean {
    if (!this.changed && this.kept.size === this.lines.size) return false;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const body = `${HEADER} ${this.version}\n${[...this.kept.values()].join('\n')}\n`;
      if (body.length > MAX_CACHE_BYTES) return false;
      // Written whole, then renamed: a run cancelled midway leaves the last cache, not half of one.
      const temp = path.join(this.dir, `${CACHE_FILE}.${process.pid}.tmp`);
      writeFileSync(temp, body, { mode: 0o600 });
      renameSync(temp, path.join(this.dir, CACHE_FILE));
      return true;
    } catch {
      return false;
    }
  }

  private key(source: SourceFile): string | undefined {
    let key = this.keys.get(source);
    if (key === undefined) {
      key = keyOf(source);
      if (key !== undefined) this.keys.set(source, key);
    }
    return key;
  }
}
