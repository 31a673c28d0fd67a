import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './registry.js';

/** Folders and files a registry may hold that are not registers (editor settings, docs, assets). */
const IGNORED = /^(\.|node_modules$)/;

function slash(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Reads every YAML file below a registry folder. I/O only: what the files mean is decided in `registry.ts`.
 * `cwd` decides how paths are printed (relative to it, as a terminal user expects).
 */
export async function readRegistryFiles(dir: string, cwd = process.cwd()): Promise<SourceFile[]> {
  const root = path.resolve(cwd, dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new RegistryNotFound(dir);
  const out: SourceFile[] = [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name));
  // Synchronous reads, one after another: for many small files this is about ten times faster than
  // fs.promises (one thread-pool round trip per open, stat, read and close), and it never has tens of
  // thousands of files open at once (EMFILE at region scale).
  // Paths are worked out once per folder, not per file: two path.relative calls per file were ~7 % of
  // `lisa validate` at region scale. A file's printed path is the folder's relative to cwd, then its name.
  const base = slash(path.relative(cwd, root));
  const outside = base === '..' || base.startsWith('../');
  const folders = new Map<string, { rel: string; ignored: boolean }>();
  for (const e of files) {
    let folder = folders.get(e.parentPath);
    if (!folder) {
      const rel = slash(path.relative(root, e.parentPath));
      folder = { rel, ignored: rel !== '' && rel.split('/').some((part) => IGNORED.test(part)) };
      folders.set(e.parentPath, folder);
    }
    if (folder.ignored || IGNORED.test(e.name)) continue;
    const rel = folder.rel ? `${folder.rel}/${e.name}` : e.name;
    // With cwd inside the registry the short way would print ../system/x.yaml for ./x.yaml: ask path.
    const file = outside
      ? slash(path.relative(cwd, path.join(e.parentPath, e.name))) || rel
      : base
        ? `${base}/${rel}`
        : rel;
    out.push({ file, rel, bytes: readFileSync(path.join(e.parentPath, e.name)) });
  }
  return out;
}

export class RegistryNotFound extends Error {
  constructor(readonly dir: string) {
    super(`registry folder not found: ${dir}`);
  }
}
