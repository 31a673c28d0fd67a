// Where the bot's registry comes from, and how it is kept current without a restart: a local folder (watched)
// or a GitHub repository (polled with ETags). A new version is validated incrementally; if it has errors the
// bot keeps answering from the last good one.
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { type AnswerIndex, buildAnswerIndex } from '../lib/answer/index.js';
import { readRegistryFile, readRegistryFiles } from '../lib/io/load.js';
import type { Registry, SourceFile } from '../lib/registry.js';
import { type ValidationResult, Validator } from '../lib/validate.js';
import type { BotLogger } from './log.js';

export interface LoadedRegistry {
  registry: Registry;
  index: AnswerIndex;
  result: ValidationResult;
  loadedAt: Date;
  /** Counts up with every good load. */
  version: number;
}

export type Change = { changed: SourceFile[]; removed: string[] } | { all: SourceFile[] };

export interface RegistrySource {
  /** The registry folder as findings print it (relative to the working directory, or the repo path). */
  readonly root: string;
  /** Every register file, now. */
  readAll(): Promise<SourceFile[]>;
  /** Calls `onChange` with what changed, until `close`. */
  watch(onChange: (change: Change) => void): void;
  close(): void;
  /** Where a file can be seen on the web, for sources when lisa.yaml names no repository. */
  describe(): string;
}

/** Holds the last good registry and its answer index, and applies changes to it. */
export class RegistryHolder {
  private readonly validator: Validator;
  private good: LoadedRegistry | undefined;
  private version = 0;
  /** How many versions were validated, good or not. */
  attempts = 0;
  /** The last validation's error count (0 when the last version was taken). */
  lastErrors = 0;
  private readonly listeners: ((loaded: LoadedRegistry) => void)[] = [];

  constructor(
    root: string,
    private readonly logger: BotLogger,
    options: { today?: string } = {},
  ) {
    // The bot keeps its registry for as long as it runs: its parsed data is kept in the smaller form.
    this.validator = new Validator(root, {
      compact: true,
      ...(options.today ? { today: options.today } : {}),
    });
  }

  current(): LoadedRegistry | undefined {
    return this.good;
  }

  onReload(listener: (loaded: LoadedRegistry) => void): void {
    this.listeners.push(listener);
  }

  /** Applies a change. Returns the validation result; the registry is replaced only when it has no errors. */
  apply(change: Change): ValidationResult {
    const result = this.validate(change);
    if (result.errors === 0) this.take(result, buildAnswerIndex(result.registry));
    return result;
  }

  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Applies a change while the bot is serving: validation and the index build are separate turns of the event
   * loop, so requests waiting in between (Slack's three-second acknowledgements) are not held up by both, and
   * changes are applied one after the other in the order they came.
   */
  reload(change: Change): Promise<ValidationResult> {
    const next = this.queue.then(async () => {
      const result = this.validate(change);
      if (result.errors > 0) return result;
      await new Promise((resolve) => setImmediate(resolve));
      this.take(result, buildAnswerIndex(result.registry));
      return result;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private validate(change: Change): ValidationResult {
    const result =
      'all' in change
        ? this.validator.validate(change.all)
        : this.validator.update(change.changed, change.removed);
    this.attempts++;
    this.lastErrors = result.errors;
    if (result.errors > 0) {
      // Counts and rule ids only: a finding's message can quote a restricted entry's name.
      const rules = [
        ...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)),
      ].join(', ');
      this.logger.warn(
        `registry: ${result.errors} error(s) (${rules}); ${this.good ? 'keeping the last good registry' : 'no registry loaded'}`,
      );
    }
    return result;
  }

  private take(result: ValidationResult, index: AnswerIndex): void {
    this.version++;
    this.good = { registry: result.registry, index, result, loadedAt: new Date(), version: this.version };
    this.logger.info(
      `registry: loaded version ${this.version}: ${result.registry.files.length} files, ${index.entries.length} entries, ${result.warnings} warning(s)`,
    );
    for (const l of this.listeners) {
      try {
        l(this.good);
      } catch (error) {
        this.logger.warn('registry: a reload listener failed:', error);
      }
    }
  }
}

function slash(p: string): string {
  return p.split(path.sep).join('/');
}

/** A registry folder on this machine, watched with fs.watch; changes within `debounceMs` are read together. */
export class LocalSource implements RegistrySource {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pending = new Set<string>();
  private full = false;
  private closed = false;
  readonly root: string;

  constructor(
    private readonly dir: string,
    private readonly cwd: string,
    private readonly logger: BotLogger,
    private readonly debounceMs = 300,
  ) {
    this.root = dir;
  }

  readAll(): Promise<SourceFile[]> {
    return readRegistryFiles(this.dir, this.cwd);
  }

  describe(): string {
    return this.dir;
  }

  watch(onChange: (change: Change) => void): void {
    const abs = path.resolve(this.cwd, this.dir);
    try {
      this.watcher = watch(abs, { recursive: true }, (_event, filename) => {
        if (filename === null) this.full = true;
        else this.pending.add(slash(String(filename)));
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(abs, onChange), this.debounceMs);
      });
      this.watcher.on('error', (error) => this.logger.warn('registry: watching the folder failed:', error));
    } catch (error) {
      this.logger.warn('registry: cannot watch the folder; changes need a restart:', error);
    }
  }

  private async flush(abs: string, onChange: (change: Change) => void): Promise<void> {
    if (this.closed) return;
    const names = [...this.pending];
    const full = this.full;
    this.pending.clear();
    this.full = false;
    try {
      // A name that is not a YAML file is a folder (created, renamed, removed) or something an editor wrote:
      // read everything again, which costs little as unchanged files keep their parse.
      if (full || names.some((n) => !/\.ya?ml$/i.test(n))) {
        onChange({ all: await this.readAll() });
        return;
      }
      const changed: SourceFile[] = [];
      const removed: string[] = [];
      for (const rel of names) {
        if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
        const file = slash(path.relative(this.cwd, path.join(abs, rel))) || rel;
        // Read as the full read does: a link or a FIFO is reported, never followed or opened.
        const source = readRegistryFile(this.dir, rel, this.cwd);
        if (source) changed.push(source);
        else removed.push(file);
      }
      if (changed.length > 0 || removed.length > 0) onChange({ changed, removed });
    } catch (error) {
      this.logger.warn('registry: reading the changed files failed:', error);
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.close();
  }
}

export interface GitHubLocation {
  owner: string;
  repo: string;
  ref?: string;
  /** The registry folder inside the repository. */
  path: string;
}

/** Parses `owner/repo[@ref][:path]`. */
export function parseGitHubLocation(spec: string): GitHubLocation | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:@([^:]+))?(?::(.*))?$/.exec(spec.trim());
  if (!m) return undefined;
  const p = (m[4] ?? 'registry').replace(/^\/+|\/+$/g, '');
  return { owner: m[1] as string, repo: m[2] as string, ...(m[3] ? { ref: m[3] } : {}), path: p };
}

interface TreeFile {
  path: string;
  sha: string;
  /** A symbolic link (mode 120000): reported, its blob (the link's target) never read as content. */
  link?: boolean;
}

/**
 * A registry in a GitHub repository, read through the git data API: the commit (with If-None-Match, so an
 * unchanged repository costs a 304 that GitHub does not count against the rate limit), its tree, and only the
 * blobs whose content changed since the last read.
 */
export class GitHubSource implements RegistrySource {
  private etag: string | undefined;
  private commit: string | undefined;
  private files = new Map<string, TreeFile>();
  private readonly blobs = new Map<string, Uint8Array>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private ref: string | undefined;
  readonly root: string;

  constructor(
    private readonly location: GitHubLocation,
    private readonly octokit: Octokit,
    private readonly logger: BotLogger,
    private readonly pollMs = 60_000,
  ) {
    this.root = location.path || '.';
    this.ref = location.ref;
  }

  describe(): string {
    return `https://github.com/${this.location.owner}/${this.location.repo}`;
  }

  /** The branch or tag links should point at. */
  get branch(): string | undefined {
    return this.ref;
  }

  private async resolveRef(): Promise<string> {
    if (!this.ref) {
      const { data } = await this.octokit.rest.repos.get({
        owner: this.location.owner,
        repo: this.location.repo,
      });
      this.ref = data.default_branch;
    }
    return this.ref;
  }

  /** The commit now, or undefined when it has not changed since the last call (304). */
  private async head(): Promise<{ sha: string; tree: string } | undefined> {
    const ref = await this.resolveRef();
    try {
      const res = await this.octokit.rest.repos.getCommit({
        owner: this.location.owner,
        repo: this.location.repo,
        ref,
        headers: this.etag ? { 'if-none-match': this.etag } : {},
      });
      this.etag = res.headers.etag;
      return { sha: res.data.sha, tree: res.data.commit.tree.sha };
    } catch (error) {
      if ((error as { status?: number }).status === 304) return undefined;
      throw error;
    }
  }

  private async tree(treeSha: string): Promise<Map<string, TreeFile>> {
    const { data } = await this.octokit.rest.git.getTree({
      owner: this.location.owner,
      repo: this.location.repo,
      tree_sha: treeSha,
      recursive: 'true',
    });
    if (data.truncated)
      this.logger.warn(
        'registry: the repository tree is too large for one request; some files may be missing',
      );
    const prefix = this.location.path ? `${this.location.path}/` : '';
    const out = new Map<string, TreeFile>();
    for (const item of data.tree) {
      if (item.type !== 'blob' || !item.path || !item.sha) continue;
      if (!item.path.startsWith(prefix) || !/\.ya?ml$/i.test(item.path)) continue;
      const rel = item.path.slice(prefix.length);
      if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
      out.set(item.path, {
        path: item.path,
        sha: item.sha,
        ...(item.mode === '120000' ? { link: true } : {}),
      });
    }
    return out;
  }

  private async blob(sha: string): Promise<Uint8Array> {
    const hit = this.blobs.get(sha);
    if (hit) return hit;
    const { data } = await this.octokit.rest.git.getBlob({
      owner: this.location.owner,
      repo: this.location.repo,
      file_sha: sha,
    });
    const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
    this.blobs.set(sha, bytes);
    return bytes;
  }

  private async sources(files: Iterable<TreeFile>): Promise<SourceFile[]> {
    const list = [...files];
    const out: SourceFile[] = [];
    const prefix = this.location.path ? `${this.location.path}/` : '';
    // A few blobs at a time: fast enough for a first read, gentle on the rate limit.
    for (let i = 0; i < list.length; i += 8) {
      const batch = list.slice(i, i + 8);
      const bytes = await Promise.all(batch.map((f) => (f.link ? new Uint8Array() : this.blob(f.sha))));
      for (const [k, f] of batch.entries())
        out.push({
          file: f.path,
          rel: f.path.slice(prefix.length),
          bytes: bytes[k] as Uint8Array,
          ...(f.link ? { refused: 'symlink' as const } : {}),
        });
    }
    return out;
  }

  async readAll(): Promise<SourceFile[]> {
    this.etag = undefined;
    const head = await this.head();
    if (!head) throw new Error('unexpected 304 without an ETag');
    this.commit = head.sha;
    this.files = await this.tree(head.tree);
    return this.sources(this.files.values());
  }

  /** One poll: what changed since the last read, or undefined when nothing did. */
  async poll(): Promise<Change | undefined> {
    const head = await this.head();
    if (!head || head.sha === this.commit) return undefined;
    const files = await this.tree(head.tree);
    const changed = [...files.values()].filter((f) => this.files.get(f.path)?.sha !== f.sha);
    const removed = [...this.files.keys()].filter((p) => !files.has(p));
    this.commit = head.sha;
    this.files = files;
    // Blobs of files no longer in the tree are not needed again.
    const live = new Set([...files.values()].map((f) => f.sha));
    for (const sha of this.blobs.keys()) if (!live.has(sha)) this.blobs.delete(sha);
    return { changed: await this.sources(changed), removed };
  }

  watch(onChange: (change: Change) => void): void {
    const tick = async () => {
      if (this.closed) return;
      try {
        const change = await this.poll();
        if (change) onChange(change);
      } catch (error) {
        this.logger.warn('registry: polling GitHub failed:', error);
      }
      if (!this.closed) {
        this.timer = setTimeout(() => void tick(), this.pollMs);
        this.timer.unref?.();
      }
    };
    this.timer = setTimeout(() => void tick(), this.pollMs);
    this.timer.unref?.();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}

export function githubClient(token: string | undefined, baseUrl: string | undefined): Octokit {
  return new Octokit({
    ...(token ? { auth: token } : {}),
    ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: 'lisa-bot',
    // Silence Octokit's own console output: errors reach our logger, which scrubs tokens.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}
