// What GitHub tells an action about the run, read from the environment the runner sets. Only the fields the
// action uses; anything missing is reported, never guessed.
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  baseSha: string | undefined;
  headSha: string;
  /** The head lives in another repository: its workflow runs with a read-only token and no secrets. */
  fromFork: boolean;
}

export interface GitHubContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  /** REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  serverUrl: string;
  sha: string;
  ref: string;
  workspace: string;
  pullRequest?: PullRequestInfo;
  defaultBranch?: string;
}

type Env = Record<string, string | undefined>;

function readPayload(env: Env): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

type Obj = Record<string, unknown> | undefined;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function readContext(env: Env = process.env, cwd = process.cwd()): GitHubContext {
  const payload = readPayload(env);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const context: GitHubContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workspace: env.GITHUB_WORKSPACE || cwd,
  };
  const defaultBranch = text(obj(payload.repository)?.default_branch);
  if (defaultBranch) context.defaultBranch = defaultBranch;
  const pr = obj(payload.pull_request);
  if (pr) {
    const base = obj(pr.base);
    const head = obj(pr.head);
    const baseRepo = text(obj(base?.repo)?.full_name);
    const headRepo = text(obj(head?.repo)?.full_name);
    context.pullRequest = {
      number: typeof pr.number === 'number' ? pr.number : Number(payload.number),
      baseSha: text(base?.sha),
      headSha: text(head?.sha) ?? context.sha,
      // A deleted fork has no head repo; treat it as a fork, the cautious reading.
      fromFork: headRepo === undefined || (baseRepo !== undefined && headRepo !== baseRepo),
    };
  }
  return context;
}

export function isPullRequestEvent(context: GitHubContext): boolean {
  return (
    context.eventName === 'pull_request' ||
    context.eventName === 'pull_request_target' ||
    context.pullRequest !== undefined
  );
}

/**
 * Whether this run may make the board documents: a push to the default branch or a tag, or a run someone with
 * write access started (workflow_dispatch, schedule). Never a pull request: its templates are not trusted.
 */
export function shouldRender(context: GitHubContext): boolean {
  if (isPullRequestEvent(context)) return false;
  if (context.eventName === 'workflow_dispatch' || context.eventName === 'schedule') return true;
  if (context.eventName !== 'push') return false;
  if (context.ref.startsWith('refs/tags/')) return true;
  return context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
}

export function tagOf(context: GitHubContext): string | undefined {
  return context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
}
