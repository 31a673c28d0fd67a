// A local HTTP server that speaks the part of the GitHub REST API lisa's action uses, for tests that run the
// real bundle with the real Octokit client pointed at it (GITHUB_API_URL). It keeps issue comments, check runs
// and releases as GitHub would, serves uploads on a separate path as GitHub serves them from another host
// (upload_url), records every request, and can be told to fail.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | 'issues.listComments'
  | 'issues.createComment'
  | 'issues.updateComment'
  | 'checks.create'
  | 'checks.update'
  | 'repos.getReleaseByTag'
  | 'repos.createRelease'
  | 'repos.deleteReleaseAsset'
  | 'repos.uploadReleaseAsset'
  | 'users.getAuthenticated';

export interface GitHubRequest {
  method: string;
  /** Path without the API prefix, e.g. /repos/o/r/check-runs. */
  path: string;
  route: Route | undefined;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON, or the raw bytes for uploads. */
  body: unknown;
  /** The status the server answered. */
  status: number;
}

export interface Failure {
  status: number;
  message?: string;
  /** How many requests fail before the route works again. */
  times: number;
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string; text?: string };
  /** Every annotation sent, over create and all updates. */
  annotations: Record<string, unknown>[];
  /** How many annotations each request carried. */
  batches: number[];
  html_url: string;
}

export interface Release {
  id: number;
  tag_name: string;
  name: string;
  html_url: string;
  upload_url: string;
  assets: { id: number; name: string; size: number; content_type: string; bytes: Buffer }[];
}

const ROUTES: [string, RegExp, Route][] = [
  ['GET', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/, 'issues.listComments'],
  ['POST', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/, 'issues.createComment'],
  ['PATCH', /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/, 'issues.updateComment'],
  ['POST', /^\/repos\/[^/]+\/[^/]+\/check-runs$/, 'checks.create'],
  ['PATCH', /^\/repos\/[^/]+\/[^/]+\/check-runs\/\d+$/, 'checks.update'],
  ['GET', /^\/repos\/[^/]+\/[^/]+\/releases\/tags\/[^/]+$/, 'repos.getReleaseByTag'],
  ['POST', /^\/repos\/[^/]+\/[^/]+\/releases$/, 'repos.createRelease'],
  ['DELETE', /^\/repos\/[^/]+\/[^/]+\/releases\/assets\/\d+$/, 'repos.deleteReleaseAsset'],
  ['POST', /^\/uploads\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/, 'repos.uploadReleaseAsset'],
  ['GET', /^\/user$/, 'users.getAuthenticated'],
];

export class FakeGitHub {
  readonly requests: GitHubRequest[] = [];
  /** Comments per issue number. */
  readonly comments = new Map<number, Comment[]>();
  readonly checkRuns = new Map<number, CheckRun>();
  readonly releases = new Map<string, Release>();
  /** Who a personal token (anything but `ghs_…`) belongs to; installation tokens write as github-actions[bot]. */
  tokenUser = 'samordnare';
  /** Comments per page, as GitHub's per_page; small values exercise pagination. */
  pageSize = 30;
  origin = '';
  private server: Server | undefined;
  private failures = new Map<Route, Failure[]>();
  private seq = 1000;

  constructor(readonly prefix = '') {}

  /** The API root the action is given (GITHUB_API_URL); with a prefix it looks like GitHub Enterprise Server. */
  get apiUrl(): string {
    return `${this.origin}${this.prefix}`;
  }

  /** Forgets every request, comment, check run, release and pending failure. */
  reset(): void {
    this.requests.length = 0;
    this.comments.clear();
    this.checkRuns.clear();
    this.releases.clear();
    this.failures.clear();
  }

  fail(route: Route, failure: Failure): void {
    const list = this.failures.get(route) ?? [];
    list.push(failure);
    this.failures.set(route, list);
  }

  /** Requests to one route. */
  of(route: Route): GitHubRequest[] {
    return this.requests.filter((r) => r.route === route);
  }

  addComment(
    issue: number,
    body: string,
    user: Comment['user'] = { login: 'someone', type: 'User' },
  ): Comment {
    const now = new Date().toISOString();
    const id = ++this.seq;
    const comment: Comment = {
      id,
      body,
      user,
      html_url: `https://github.test/pull/${issue}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    };
    const list = this.comments.get(issue) ?? [];
    list.push(comment);
    this.comments.set(issue, list);
    return comment;
  }

  addRelease(tag: string, repository = 'o/r'): Release {
    const id = ++this.seq;
    const release: Release = {
      id,
      tag_name: tag,
      name: tag,
      html_url: `https://github.test/releases/${tag}`,
      upload_url: `${this.origin}/uploads/repos/${repository}/releases/${id}/assets{?name,label}`,
      assets: [],
    };
    this.releases.set(tag, release);
    return release;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('the fake GitHub server did not start');
    this.origin = `http://127.0.0.1:${address.port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', this.origin);
    let path = url.pathname;
    const isUpload = path.startsWith('/uploads/');
    if (!isUpload) {
      if (!path.startsWith(this.prefix)) {
        this.send(res, 404, { message: 'Not Found' }, req, path, undefined, url, raw);
        return;
      }
      path = path.slice(this.prefix.length);
    }
    const method = req.method ?? 'GET';
    const route = ROUTES.find(([m, re]) => m === method && re.test(path))?.[2];
    const type = req.headers['content-type'] ?? '';
    let body: unknown = raw;
    if (!isUpload && raw.length && type.includes('json')) body = JSON.parse(raw.toString('utf8'));
    if (!route) {
      this.send(res, 404, { message: 'Not Found' }, req, path, route, url, body);
      return;
    }
    const failure = this.failures.get(route)?.[0];
    if (failure) {
      failure.times--;
      if (failure.times <= 0) this.failures.get(route)?.shift();
      const message =
        failure.message ??
        (failure.status === 403 ? 'Resource not accessible by integration' : 'Server Error');
      this.send(
        res,
        failure.status,
        { message, documentation_url: 'https://docs.github.com/rest' },
        req,
        path,
        route,
        url,
        body,
      );
      return;
    }
    const parts = path.split('/');
    const [status, answer, headers] = this.answer(route, parts, url, body as Record<string, unknown>, req);
    this.send(res, status, answer, req, path, route, url, body, headers);
  }

  /** The identity a request's token writes as: GITHUB_TOKEN (`ghs_…`) is github-actions[bot]. */
  private author(req: IncomingMessage): Comment['user'] {
    const token = String(req.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
    return token.startsWith('ghs_')
      ? { login: 'github-actions[bot]', type: 'Bot' }
      : { login: this.tokenUser, type: 'User' };
  }

  private answer(
    route: Route,
    parts: string[],
    url: URL,
    body: Record<string, unknown>,
    req: IncomingMessage,
  ): [number, unknown, Record<string, string>?] {
    const now = new Date().toISOString();
    switch (route) {
      case 'issues.listComments': {
        const issue = Number(parts[5]);
        const all = this.comments.get(issue) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? this.pageSize);
        const size = Math.min(perPage, this.pageSize);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * size, page * size);
        const headers: Record<string, string> = {};
        if (page * size < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        return [200, slice, headers];
      }
      case 'issues.createComment': {
        const c = this.addComment(Number(parts[5]), String(body.body), this.author(req));
        return [201, c];
      }
      case 'users.getAuthenticated': {
        // As GitHub: an installation token has no user.
        const user = this.author(req);
        if (user.type === 'Bot') return [403, { message: 'Resource not accessible by integration' }];
        return [200, { login: user.login, type: 'User', id: 1 }];
      }
      case 'issues.updateComment': {
        const id = Number(parts[6]);
        for (const list of this.comments.values()) {
          const c = list.find((x) => x.id === id);
          if (c) {
            c.body = String(body.body);
            c.updated_at = now;
            return [200, c];
          }
        }
        return [404, { message: 'Not Found' }];
      }
      case 'checks.create': {
        const id = ++this.seq;
        const output = (body.output ?? {}) as {
          title?: string;
          summary?: string;
          text?: string;
          annotations?: Record<string, unknown>[];
        };
        const run: CheckRun = {
          id,
          name: String(body.name),
          head_sha: String(body.head_sha),
          status: String(body.status ?? 'queued'),
          output: { title: output.title, summary: output.summary, text: output.text },
          annotations: [...(output.annotations ?? [])],
          batches: [output.annotations?.length ?? 0],
          html_url: `https://github.test/runs/${id}`,
        };
        if (body.conclusion) run.conclusion = String(body.conclusion);
        if ((output.annotations?.length ?? 0) > 50)
          return [422, { message: 'Only 50 annotations are allowed per request' }];
        this.checkRuns.set(id, run);
        return [201, run];
      }
      case 'checks.update': {
        const run = this.checkRuns.get(Number(parts[5]));
        if (!run) return [404, { message: 'Not Found' }];
        const output = (body.output ?? {}) as {
          title?: string;
          summary?: string;
          text?: string;
          annotations?: Record<string, unknown>[];
        };
        if ((output.annotations?.length ?? 0) > 50)
          return [422, { message: 'Only 50 annotations are allowed per request' }];
        if (body.status) run.status = String(body.status);
        if (body.conclusion) run.conclusion = String(body.conclusion);
        if (output.title) run.output.title = output.title;
        if (output.summary) run.output.summary = output.summary;
        if (output.text) run.output.text = output.text;
        run.annotations.push(...(output.annotations ?? []));
        run.batches.push(output.annotations?.length ?? 0);
        return [200, run];
      }
      case 'repos.getReleaseByTag': {
        const release = this.releases.get(decodeURIComponent(parts[6] ?? ''));
        return release ? [200, release] : [404, { message: 'Not Found' }];
      }
      case 'repos.createRelease': {
        const release = this.addRelease(String(body.tag_name), `${parts[2]}/${parts[3]}`);
        return [201, release];
      }
      case 'repos.deleteReleaseAsset': {
        const id = Number(parts[6]);
        for (const r of this.releases.values()) r.assets = r.assets.filter((a) => a.id !== id);
        return [204, undefined];
      }
      case 'repos.uploadReleaseAsset': {
        const releaseId = Number(parts[6]);
        const release = [...this.releases.values()].find((r) => r.id === releaseId);
        if (!release) return [404, { message: 'Not Found' }];
        const name = url.searchParams.get('name') ?? '';
        if (release.assets.some((a) => a.name === name)) return [422, { message: 'already_exists' }];
        const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const asset = {
          id: ++this.seq,
          name,
          size: bytes.length,
          content_type: String(req.headers['content-type']),
          bytes,
        };
        release.assets.push(asset);
        return [201, { id: asset.id, name, size: asset.size, content_type: asset.content_type }];
      }
    }
  }

  private send(
    res: ServerResponse,
    status: number,
    answer: unknown,
    req: IncomingMessage,
    path: string,
    route: Route | undefined,
    url: URL,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    this.requests.push({
      method: req.method ?? 'GET',
      path,
      route,
      query: url.searchParams,
      headers: req.headers,
      body,
      status,
    });
    if (answer === undefined) {
      res.writeHead(status, headers).end();
      return;
    }
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(JSON.stringify(answer, replacer));
  }
}

// Asset bytes stay on the server; GitHub does not send them back either.
function replacer(key: string, value: unknown): unknown {
  return key === 'bytes' ? undefined : value;
}

export async function startFakeGitHub(prefix = ''): Promise<FakeGitHub> {
  const fake = new FakeGitHub(prefix);
  await fake.start();
  return fake;
}
