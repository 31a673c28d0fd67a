import { isUtf8 } from 'node:buffer';
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../registry.js';
import { displayName, isInside, type Refusal, readNoFollow } from './safe-read.js';

/**
 * Folders that are never part of a registry's content: git's own objects and installed packages. Everything
 * else is read: registers are parsed, and every file (dot-files, READMEs, CSV) is scanned for identity numbers.
 */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/**
 * The most read of one file. A register may be at most 2 MiB (`MAX_FILE_BYTES`); this is for scanning other
 * files for identity numbers, and keeps a stray disk image from filling the memory.
 */
export const MAX_READ_BYTES = 32 * 1024 * 1024;

function slash(p: string): string {
  return p.split(path.sep).join('/');
}

/** The repository the path lies in: the nearest folder above it with a .git, if any. */
function repositoryOf(abs: string): string | undefined {
  let dir = path.dirname(abs);
  for (;;) {
    // A folder reached through a link is not where the repository is, whatever .git it leads to.
    if (!lstatSync(dir).isSymbolicLink() && existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Reads every file below a registry folder. I/O only: what the files mean is decided in `registry.ts`.
 * `cwd` decides how paths are printed (relative to it, as a terminal user expects). Nothing is followed
 * out of the folder: the folder itself as a link, a link inside it, a device or a FIFO becomes a source
 * marked `refused` (with no content), which validation reports as a finding.
 */
export async function readRegistryFiles(
  dir: string,
  cwd = process.cwd(),
  /** Told of each file as it is read (the action starts parsing while the rest is still being read). */
  onFile?: (source: SourceFile) => void,
): Promise<SourceFile[]> {
  const root = path.resolve(cwd, dir);
  const shown = (abs: string) => slash(path.relative(cwd, abs)) || slash(dir);
  let info: ReturnType<typeof lstatSync> | undefined;
  try {
    info = lstatSync(root);
  } catch {
    throw new RegistryNotFound(dir);
  }
  const refusedRoot = (refused: Refusal): SourceFile[] => [
    { file: shown(root), rel: '', bytes: new Uint8Array(), refused },
  ];
  if (info.isSymbolicLink()) return refusedRoot('symlink');
  if (!info.isDirectory()) throw new RegistryNotFound(dir);
  // A parent folder inside the repository can be a link too (`data -> /`, registry `data/registry`).
  const repo = repositoryOf(root);
  if (repo && !isInside(realpathSync(repo), realpathSync(root))) return refusedRoot('outside');
  const out: SourceFile[] = [];
  // Printed paths are the folder's, relative to cwd, then the name: two path.relative calls per file were
  // ~7 % of `lisa validate` at region scale. With cwd inside the registry the short way would print
  // ../system/x.yaml for ./x.yaml, so there each path is asked of path.relative.
  const base = slash(path.relative(cwd, root));
  const outside = base === '..' || base.startsWith('../');
  const printed = (rel: string) =>
    outside ? slash(path.relative(cwd, path.join(root, rel))) || rel : base ? `${base}/${rel}` : rel;
  walk(Buffer.from(root), [], false, onFile ? tap(out, onFile) : out, printed);
  return out;
}

/** `out`, as walk sees it, telling `onFile` of each file pushed. */
function tap(out: SourceFile[], onFile: (source: SourceFile) => void): Pick<SourceFile[], 'push'> {
  return {
    push: (...sources: SourceFile[]) => {
      for (const s of sources) onFile(s);
      return out.push(...sources);
    },
  };
}

function walk(
  abs: Buffer,
  rel: string[],
  badName: boolean,
  out: Pick<SourceFile[], 'push'>,
  printed: (rel: string) => string,
): void {
  // Names as bytes: a name that is not UTF-8 cannot be opened by its decoded form, and must not crash us.
  const entries = readdirSync(abs, { withFileTypes: true, encoding: 'buffer' });
  for (const e of entries) {
    const nameBytes = e.name as unknown as Buffer;
    const name = displayName(nameBytes);
    const child = Buffer.concat([abs, Buffer.from(path.sep), nameBytes]);
    const childRel = [...rel, name];
    const bad = badName || !isUtf8(nameBytes);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(name)) walk(child, childRel, bad, out, printed);
      continue;
    }
    const relPath = childRel.join('/');
    const file = printed(relPath);
    let refused: Refusal | undefined;
    if (e.isSymbolicLink()) refused = 'symlink';
    else if (!e.isFile()) refused = 'special';
    if (refused) {
      out.push({ file, rel: relPath, bytes: new Uint8Array(), refused });
      continue;
    }
    const read = readNoFollow(child, MAX_READ_BYTES);
    if (!read.ok) {
      if (read.refusal !== 'missing')
        out.push({ file, rel: relPath, bytes: new Uint8Array(), refused: read.refusal });
      continue;
    }
    const source: SourceFile = { file, rel: relPath, bytes: read.bytes };
    // A name that is not UTF-8 is refused as a register, but its content is still scanned.
    if (bad) source.refused = 'name';
    if (read.size > read.bytes.length) source.size = read.size;
    out.push(source);
  }
}

/** One file of a registry folder, read the same way as by `readRegistryFiles` (for watchers). */
export function readRegistryFile(root: string, rel: string, cwd = process.cwd()): SourceFile | undefined {
  const abs = path.resolve(cwd, root, rel);
  const file = slash(path.relative(cwd, abs)) || rel;
  const read = readNoFollow(abs, MAX_READ_BYTES);
  if (!read.ok)
    return read.refusal === 'missing'
      ? undefined
      : { file, rel, bytes: new Uint8Array(), refused: read.refusal };
  return { file, rel, bytes: read.bytes, ...(read.size > read.bytes.length ? { size: read.size } : {}) };
}

export class RegistryNotFound extends Error {
  constructor(readonly dir: string) {
    super(`registry folder not found: ${dir}`);
  }
}
