// The base of a pull request, read from the checkout's git objects: no second checkout, no network when the
// history is there (actions/checkout with fetch-depth: 0), and only the files that differ are read at all.
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { displayName } from '../lib/io/safe-read.js';
import type { SourceFile } from '../lib/registry.js';

const exec = promisify(execFile);

async function git(cwd: string, args: string[], timeout = 30_000): Promise<string> {
  const { stdout } = await exec('git', args, {
    cwd,
    timeout,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  return stdout;
}

/** The same, as bytes: paths that are not UTF-8 must survive to be reported by their bytes. */
async function gitBytes(cwd: string, args: string[], timeout = 30_000): Promise<Buffer> {
  const { stdout } = await exec('git', args, {
    cwd,
    timeout,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'buffer',
  });
  return stdout;
}

async function gitOk(cwd: string, args: string[], timeout?: number): Promise<boolean> {
  try {
    await git(cwd, args, timeout);
    return true;
  } catch {
    return false;
  }
}

export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

/** The committer date of a commit, ISO 8601, or undefined outside a repository. */
export async function commitDate(cwd: string, sha: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['log', '-1', '--format=%cI', sha || 'HEAD'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

export type BaseResult =
  | { ok: true; sources: SourceFile[]; changed: number }
  | { ok: false; reason: 'not-git' | 'not-found' | 'failed'; detail?: string };

/** As in io/load.ts: git's own folder and installed packages are no part of a registry; all else is read. */
const SKIPPED = /^(\.git|node_modules)$/;
/** Git's modes for a symbolic link and a submodule: neither is a file to read. */
const LINK_MODE = '120000';
const GITLINK_MODE = '160000';

function splitZ(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let nul = bytes.indexOf(0, at); nul !== -1; nul = bytes.indexOf(0, at)) {
    out.push(bytes.subarray(at, nul));
    at = nul + 1;
  }
  return out;
}

/**
 * The registry's files as they were at `sha`, in the shape `readRegistryFiles` gives for the working tree:
 * `file` relative to `cwd`, `rel` relative to the registry folder. Git says which files differ from the
 * working tree; every other file is the head's own SourceFile (same object, so parse caches hit), and only
 * the differing ones are read from git.
 */
export async function readRegistryAt(
  cwd: string,
  registryDir: string,
  sha: string,
  head: readonly SourceFile[],
  /** `gitTopLevel(cwd)`, when the caller has asked it already. */
  topLevel: Promise<string | undefined> = gitTopLevel(cwd),
): Promise<BaseResult> {
  const top = await topLevel;
  if (!top) return { ok: false, reason: 'not-git' };
  if (!(await haveCommit(cwd, sha))) return { ok: false, reason: 'not-found' };
  try {
    const prefix = path.relative(top, path.resolve(cwd, registryDir)).split(path.sep).join('/');
    if (prefix.startsWith('..'))
      return { ok: false, reason: 'failed', detail: `${registryDir} is outside the repository` };
    if (prefix && !(await gitOk(top, ['cat-file', '-e', `${sha}:${prefix}`])))
      return { ok: true, sources: [], changed: 0 };
    const scope = ['--', prefix || '.'];
    // --raw gives each side's mode: a link in the base is reported as one, its target never read as content.
    const [diff, untracked] = await Promise.all([
      gitBytes(top, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-ext-diff',
        '--no-renames',
        '--raw',
        '-z',
        sha,
        ...scope,
      ]),
      gitBytes(top, ['ls-files', '--others', '-z', ...scope]),
    ]);
    // Paths as readRegistryFiles gives them (relative to cwd, which is nearly always the top).
    const here = path.relative(top, path.resolve(cwd)).split(path.sep).join('/');
    const fileOf = (repoPath: string) =>
      here === ''
        ? repoPath
        : repoPath.startsWith(`${here}/`)
          ? repoPath.slice(here.length + 1)
          : path.relative(cwd, path.join(top, repoPath)).split(path.sep).join('/');
    const { notInBase, fromGit, refused } = changedFiles(splitZ(diff), prefix, fileOf);
    for (const repoPath of splitZ(untracked))
      if (repoPath.length) notInBase.add(fileOf(displayName(repoPath)));
    const sources = head.filter((s) => !notInBase.has(s.file));
    const kept = sources.length;
    const blobs = await readBlobs(
      top,
      fromGit.map((f) => `${sha}:${f.repoPath.toString('utf8')}`),
    );
    fromGit.forEach((f, i) => {
      const bytes = blobs[i];
      if (bytes) sources.push({ file: f.file, rel: f.rel, bytes });
    });
    sources.push(...refused);
    return { ok: true, sources, changed: fromGit.length + refused.length + (head.length - kept) };
  } catch (error) {
    return {
      ok: false,
      reason: 'failed',
      detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  }
}

/** Whether the commit is here, fetching it once when a shallow checkout lacks it and there is a remote. */
async function haveCommit(cwd: string, sha: string): Promise<boolean> {
  if (await gitOk(cwd, ['cat-file', '-e', `${sha}^{commit}`])) return true;
  // A shallow checkout lacks the base; one fetch of that commit is all it takes, when there is a remote.
  const remotes = await git(cwd, ['remote']).catch(() => '');
  if (remotes.split('\n').includes('origin')) {
    await gitOk(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], 120_000);
  }
  return gitOk(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
}

/**
 * The files `git diff --raw -z` reports (fields: status line, path): all of them are not as in the base; those
 * the base has are to be read from it, except links, gitlinks and names that are not UTF-8, which are refused.
 */
function changedFiles(
  fields: Buffer[],
  prefix: string,
  fileOf: (repoPath: string) => string,
): {
  notInBase: Set<string>;
  fromGit: { repoPath: Buffer; file: string; rel: string }[];
  refused: SourceFile[];
} {
  const notInBase = new Set<string>();
  const fromGit: { repoPath: Buffer; file: string; rel: string }[] = [];
  const refused: SourceFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    // ":<base mode> <tree mode> <base id> <tree id> <status>"
    const [baseMode = '', , , , status = ''] = (fields[i] as Buffer).toString('latin1').slice(1).split(' ');
    const pathBytes = fields[i + 1] as Buffer;
    const repoPath = displayName(pathBytes);
    const file = fileOf(repoPath);
    notInBase.add(file);
    if (status.startsWith('A')) continue;
    const rel = prefix ? repoPath.slice(prefix.length + 1) : repoPath;
    const parts = rel.split('/');
    if (parts.slice(0, -1).some((part) => SKIPPED.test(part))) continue;
    if (baseMode === LINK_MODE || baseMode === GITLINK_MODE) {
      refused.push({
        file,
        rel,
        bytes: new Uint8Array(),
        refused: baseMode === LINK_MODE ? 'symlink' : 'special',
      });
      continue;
    }
    if (repoPath !== pathBytes.toString('utf8') || pathBytes.includes(0x0a)) {
      // Not UTF-8 (or a line break, which cat-file --batch cannot take): reported by name, not read.
      refused.push({ file, rel, bytes: new Uint8Array(), refused: 'name' });
      continue;
    }
    fromGit.push({ repoPath: pathBytes, file, rel });
  }
  return { notInBase, fromGit, refused };
}

/** Many blobs through one `git cat-file --batch`, in the order asked; undefined for one that is not there. */
function readBlobs(cwd: string, specs: readonly string[]): Promise<(Uint8Array | undefined)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}: ${stderr.trim()}`));
      const all = Buffer.concat(chunks);
      const out: (Uint8Array | undefined)[] = [];
      let at = 0;
      while (at < all.length && out.length < specs.length) {
        const nl = all.indexOf(0x0a, at);
        if (nl === -1) break;
        const header = all.subarray(at, nl).toString('utf8');
        at = nl + 1;
        // "<id> <type> <size>", or "<spec> missing" / "<spec> ambiguous".
        const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
        if (!m) {
          out.push(undefined);
          continue;
        }
        const n = Number(m[2]);
        out.push(m[1] === 'blob' ? new Uint8Array(all.subarray(at, at + n)) : undefined);
        at += n + 1;
      }
      resolve(out);
    });
    child.stdin.end(`${specs.join('\n')}\n`);
  });
}
