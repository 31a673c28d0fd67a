// The git checkout a registry is in, for SARIF: its root (artifact URIs are relative to it, wherever lisa
// was started), the commit and branch, and the remote without any credentials an https URL may carry.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface Repository {
  root: string;
  revisionId?: string;
  branch?: string;
  /** The origin remote as an https URL without user or token; undefined without a remote. */
  remote?: string;
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await exec('git', args, { cwd, timeout: 10_000, encoding: 'utf8' });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `https://x-access-token:ghs_…@github.com/o/r.git` → `https://github.com/o/r`; `git@github.com:o/r.git` too. */
export function publicRemote(url: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(url);
  let parsed: URL;
  try {
    parsed = new URL(scp ? `https://${scp[1]}/${scp[2]}` : url);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return undefined;
  return `https://${parsed.host}${parsed.pathname.replace(/\.git$/, '').replace(/\/+$/, '')}`;
}

/** The checkout `dir` is in, or undefined outside one (or without git). */
export async function repositoryOf(dir: string): Promise<Repository | undefined> {
  const root = await git(dir, ['rev-parse', '--show-toplevel']);
  if (!root) return undefined;
  const [revisionId, branch, remote] = await Promise.all([
    git(dir, ['rev-parse', '--verify', '-q', 'HEAD']),
    git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']),
    git(dir, ['config', '--get', 'remote.origin.url']),
  ]);
  const repo: Repository = { root };
  if (revisionId) repo.revisionId = revisionId;
  if (branch) repo.branch = branch;
  const uri = remote ? publicRemote(remote) : undefined;
  if (uri) repo.remote = uri;
  return repo;
}
