// The head's register files parsed as they are read: from the cache between runs (parse-cache.ts) where it
// holds a file's bytes, in worker threads (parse-pool.ts) otherwise; what the workers send back goes into
// the cache for the next run. Either way the validator takes them as its own parse of those bytes.
import path from 'node:path';
import * as core from '@actions/core';
import { t } from '../lib/i18n/index.js';
import { isInside } from '../lib/io/safe-read.js';
import type { ParsedFile } from '../lib/parse.js';
import type { SourceFile } from '../lib/registry.js';
import type { Validator } from '../lib/validate.js';
import type { Inputs } from './inputs.js';
import { cacheVersion, ParseCache } from './parse-cache.js';
import { defaultThreads, ParsePool, parsable } from './parse-pool.js';

/**
 * The cache `cache-dir` names, read; undefined when none is asked for, the bundle's file is not known (its
 * code is the cache's version), or the folder is inside the registry, whose every file is read as its own.
 */
export function openCache(
  workspace: string,
  inputs: Inputs,
  bundle: URL | undefined,
): ParseCache | undefined {
  if (!inputs.cacheDir || !bundle) return undefined;
  const dir = path.resolve(workspace, inputs.cacheDir);
  const registry = path.resolve(workspace, inputs.registry);
  if (dir === registry || isInside(registry, dir)) {
    core.warning(t(inputs.locale ?? 'sv', 'action.cacheInRegistry'));
    return undefined;
  }
  try {
    return ParseCache.load(dir, cacheVersion(bundle));
  } catch {
    return undefined;
  }
}

export class HeadParses {
  private readonly pool: ParsePool | undefined;
  private readonly cached: [SourceFile, ParsedFile][] = [];

  constructor(
    bundle: URL | undefined,
    private readonly cache: ParseCache | undefined,
  ) {
    // Worker threads when there are enough files (POOL_MIN_FILES) and more than one core.
    const threads = defaultThreads();
    this.pool = bundle && threads >= 2 ? new ParsePool(bundle, threads) : undefined;
    if (this.pool && cache) this.pool.onParsed = (source, json, hits) => cache.put(source, json, hits);
  }

  /** For readRegistryFiles: each file, as it is read. */
  readonly onFile = (source: SourceFile): void => {
    const hit = this.cache && parsable(source) ? this.cache.take(source) : undefined;
    if (hit) this.cached.push([source, hit]);
    else this.pool?.add(source);
  };

  /** Gives the validator every parse made off the main thread; says how many, or '' for none. */
  async prime(validator: Validator): Promise<string> {
    for (const [source, file] of this.cached) validator.prime(source.file, source.bytes, file);
    const parsed = this.pool ? await this.pool.finish() : new Map<SourceFile, ParsedFile>();
    for (const [source, file] of parsed) validator.prime(source.file, source.bytes, file);
    if (parsed.size === 0 && this.cached.length === 0) return '';
    return `${this.cached.length} from the cache, ${parsed.size} in ${defaultThreads()} threads`;
  }

  /** Writes the cache for the next run, if there is one; whether it was written. */
  save(): boolean {
    return this.cache?.save() ?? false;
  }

  /** Stops the workers (a run that failed midway must not be kept alive by them). */
  close(): void {
    this.pool?.close();
  }
}
