// Links to a register file in the registry's repository, from lisa.yaml `repository` (url, branch, path): the
// answers' sources, the bot's "due soon" and every reminder's "edit" link are made here and nowhere else.
import { isPlainObject, type Registry } from '../registry.js';

export interface Repository {
  /** The repository's web address, without a trailing `.git` or slash. */
  base: string;
  branch: string;
  /** The registry folder inside the repository ('' for its top). */
  dir: string;
}

/**
 * lisa.yaml's `repository`, read field by field (a mistake elsewhere in lisa.yaml must not cost the links).
 * Without `path`, the registry folder as lisa was pointed at it, when that is a path inside the repository.
 */
export function repositoryOf(org: unknown, root: string): Repository | undefined {
  const repo = isPlainObject(org) ? org.repository : undefined;
  if (!isPlainObject(repo) || typeof repo.url !== 'string' || !/^https?:\/\//i.test(repo.url))
    return undefined;
  const r = root.replace(/\\/g, '/');
  const defaultDir = r.startsWith('/') || r.startsWith('..') || /^[A-Za-z]:/.test(r) ? '' : r;
  return {
    base: repo.url.replace(/\/+$/, '').replace(/\.git$/, ''),
    branch: typeof repo.branch === 'string' && repo.branch ? repo.branch : 'main',
    dir: typeof repo.path === 'string' ? repo.path : defaultDir,
  };
}

/** A file's path inside the registry folder, e.g. kpi/utbildning.yaml. */
export function registryPath(root: string, file: string, kind?: string): string {
  const r = root
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  if (r && r !== '.' && file.startsWith(`${r}/`)) return file.slice(r.length + 1);
  if (kind) {
    const parts = file.split('/');
    const at = parts.indexOf(kind);
    if (at >= 0) return parts.slice(at).join('/');
  }
  return file;
}

/**
 * A path as a URL path: empty and `.` segments dropped, every segment percent-encoded, including the `(`, `)`,
 * `'`, `*` and `!` that encodeURIComponent leaves, so a file name cannot end a Markdown or mrkdwn link early.
 */
export function encodeUrlPath(path: string): string {
  return path
    .split('/')
    .filter((s) => s && s !== '.')
    .map((s) =>
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/**
 * The web address of a path in the registry folder: `blob` to read it (at `line`), `edit` to change it, `tree`
 * for a folder.
 */
export function repositoryUrl(
  repo: Repository,
  view: 'blob' | 'edit' | 'tree',
  registryRel: string,
  line?: number,
): string {
  const url = `${repo.base}/${view}/${encodeUrlPath(repo.branch)}/${encodeUrlPath(`${repo.dir}/${registryRel}`)}`;
  return line === undefined ? url : `${url}#L${line}`;
}

/** A link to a register file at a line, or undefined when lisa.yaml names no repository. */
export function repositoryLink(registry: Registry, file: string, line: number): string | undefined {
  const repo = repositoryOf(registry.organisation?.data, registry.root);
  return repo ? repositoryUrl(repo, 'blob', registryPath(registry.root, file), line) : undefined;
}
