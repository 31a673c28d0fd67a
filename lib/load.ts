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
  for (const e of files) {
    const abs = path.join(e.parentPath, e.name);
    const rel = slash(path.relative(root, abs));
    if (rel.split('/').some((part) => IGNORED.test(part))) continue;
    out.push({ file: slash(path.relative(cwd, abs)) || rel, rel, bytes: readFileSync(abs) });
  }
  return out;
}

export class RegistryNotFound extends Error {
  constructor(readonly dir: string) {
    super(`registry folder not found: ${dir}`);
  }
}
