// A local HTTP server speaking the part of the GitHub REST API the bot reads a registry with: the repository,
// a commit by ref (with ETag and 304 Not Modified, as GitHub answers conditional requests), its tree and blobs.
// Files live in memory; every change makes a new commit. Requests are recorded with the status given.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitRequest {
  path: string;
  status: number;
  ifNoneMatch?: string;
  authorization?: string;
}

function sha(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

export class FakeGit {
  readonly files = new Map<string, string>();
  /** Paths of `files` that are symbolic links (their content is the link's target, as git stores it). */
  readonly links = new Set<string>();
  readonly requests: GitRequest[] = [];
  apiUrl = '';
  private server: Server | undefined;

  constructor(
    readonly owner = 'testvik',
    readonly repo = 'lis',
    readonly branch = 'main',
  ) {}

  private commitSha(): string {
    return sha(
      [...this.files.entries()]
        .sort()
        .map(([p, c]) => `${p}\0${sha(c)}`)
        .join('\n'),
    );
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const p = url.pathname.replace(/^\/api\/v3/, '');
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        this.requests.push({
          path: p,
          status,
          ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}),
          ...(req.headers.authorization ? { authorization: String(req.headers.authorization) } : {}),
        });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      const base = `/repos/${this.owner}/${this.repo}`;
      if (p === base)
        return send(200, {
          name: this.repo,
          full_name: `${this.owner}/${this.repo}`,
          default_branch: this.branch,
        });
      const commit = new RegExp(`^${base}/commits/(.+)$`).exec(p);
      if (commit) {
        if (decodeURIComponent(commit[1] as string) !== this.branch)
          return send(404, { message: 'No commit found for SHA' });
        const c = this.commitSha();
        const etag = `"${c}"`;
        if (req.headers['if-none-match'] === etag) return send(304, undefined, { etag });
        return send(200, { sha: c, commit: { tree: { sha: `t${c}` } } }, { etag });
      }
      const tree = new RegExp(`^${base}/git/trees/t([0-9a-f]+)$`).exec(p);
      if (tree) {
        if (tree[1] !== this.commitSha()) return send(404, { message: 'Not Found' });
        const entries = [...this.files.entries()].map(([path, content]) => ({
          path,
          mode: this.links.has(path) ? '120000' : '100644',
          type: 'blob',
          sha: sha(content),
          size: Buffer.byteLength(content),
        }));
        return send(200, { sha: `t${tree[1]}`, tree: entries, truncated: false });
      }
      const blob = new RegExp(`^${base}/git/blobs/([0-9a-f]+)$`).exec(p);
      if (blob) {
        const content = [...this.files.values()].find((c) => sha(c) === blob[1]);
        if (content === undefined) return send(404, { message: 'Not Found' });
        return send(200, {
          sha: blob[1],
          content: Buffer.from(content).toString('base64'),
          encoding: 'base64',
          size: Buffer.byteLength(content),
        });
      }
      return send(404, { message: 'Not Found' });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.apiUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections?.();
      this.server?.close(() => resolve());
    });
  }
}
